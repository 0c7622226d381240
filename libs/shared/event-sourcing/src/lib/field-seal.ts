import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const SALT = 'qinqing.field-seal.v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A field of a public event that only the platform's own services may read (AES-256-GCM). Public events travel
 * on topics that other systems read too; a field one context must hand another (a problem's contact person, for
 * the request appeals opens) is sealed there rather than written in clear. Keys are derived (HKDF-SHA-256) from
 * the platform's shared secrets, one key per purpose, and the purpose is bound as associated data, so a value
 * sealed for one purpose does not open for another. Sealing uses the first secret; opening tries each, so a
 * rotation keeps what was sealed under the previous secret readable while it is still configured.
 *
 * On the wire: `v1.` + base64url(iv ‖ tag ‖ ciphertext).
 */
export class FieldSeal {
  private readonly secrets: readonly Buffer[];

  private constructor(secrets: readonly Buffer[]) {
    if (secrets.length === 0) throw new Error('A field seal needs at least one secret');
    this.secrets = secrets;
  }

  /** From the shared secrets of a distributed deployment (the first seals, all open). */
  static fromSecrets(secrets: readonly string[]): FieldSeal {
    return new FieldSeal(secrets.map((secret) => Buffer.from(secret, 'utf8')));
  }

  /**
   * A key that lives as long as the process: enough where the public form of an event never leaves it (the
   * embedded bus maps each event when it delivers it, in the same process).
   */
  static forOneProcess(): FieldSeal {
    return new FieldSeal([randomBytes(32)]);
  }

  seal(purpose: string, plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', keyFor(this.secrets[0] as Buffer, purpose), iv);
    cipher.setAAD(Buffer.from(purpose, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The plaintext; throws when no secret held opens it (tampered, another purpose, or an unknown key). */
  open(purpose: string, sealed: string): string {
    const [version, encoded] = sealed.split('.', 2);
    const raw = version === VERSION && encoded !== undefined ? Buffer.from(encoded, 'base64url') : null;
    if (raw === null || raw.length < IV_BYTES + TAG_BYTES) throw new SealedFieldError(purpose, 'malformed');
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const body = raw.subarray(IV_BYTES + TAG_BYTES);
    for (const secret of this.secrets) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
        decipher.setAAD(Buffer.from(purpose, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        // Not this key: try the next.
      }
    }
    throw new SealedFieldError(purpose, 'no key held opens it');
  }
}

export class SealedFieldError extends Error {
  override readonly name = 'SealedFieldError';
  constructor(purpose: string, why: string) {
    super(`A sealed ${purpose} field cannot be opened: ${why}`);
  }
}

const keyFor = (secret: Buffer, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, SALT, purpose, 32));
