import { randomBytes } from 'node:crypto';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { z } from 'zod';
import { hmacKeyOf, readSignedClaims, signClaims } from '../signed-claims/signed-claims';

/**
 * Proof that a walk-in holds its enterprise's registered phone: the liaison context, which keeps the enterprise
 * directory, sent a one-time code to the contact phone registered there and the walk-in typed it back. Liaison
 * then signs these claims, the kiosk hands them to identity, and identity believes the enterprise only from a
 * proof that verifies, was made for this very walk-in session on this kiosk, and is at most two minutes old.
 * Identity never sees the code and liaison never touches a session.
 */
const CONTEXT = 'qq-walk-in-proof.v1.';
const TTL_SECONDS = 120;
const LEEWAY_SECONDS = 5;

export interface WalkInProofClaims {
  /** 统一社会信用代码, normalised. */
  readonly creditCode: string;
  /** The contact phone registered in the directory, which received the code. */
  readonly contactPhone: string;
  readonly deviceId: string;
  readonly sessionId: string;
}

const payloadSchema = z
  .object({
    v: z.literal(1),
    cc: z.string().length(18),
    ph: z.string().regex(/^1[3-9]\d{9}$/u),
    dev: z.string().min(1).max(200),
    ses: z.string().min(1).max(200),
    iat: z.number().int(),
    exp: z.number().int(),
  })
  .strict();

const keyOf = (secret: string): Buffer => hmacKeyOf(secret, 'A walk-in proof key');

/**
 * The keys a verifier accepts: the identity-token secrets the gateway and the services share (distributed mode),
 * or in the one-process app, where signer and verifier live side by side, 32 random bytes made at start.
 */
export const walkInProofSecretsOf = (configured: readonly string[]): readonly [string, ...string[]] => {
  const [first, ...rest] = configured;
  return first === undefined ? [randomBytes(32).toString('base64url')] : [first, ...rest];
};

/**
 * The key a service signs proofs with: during a rotation (a previous secret configured) the previous one, which
 * every gateway still holds whether or not it has been given the new one yet; otherwise the current one. So
 * rotating — services, then the gateway, then dropping the previous secret from each — never refuses a proof.
 */
export const walkInProofSigningSecretOf = (tokenSecrets: readonly string[]): string => {
  const signing = tokenSecrets[1] ?? tokenSecrets[0];
  if (signing === undefined) throw new Error('A service needs the identity token secret');
  return signing;
};

export class WalkInProofSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly clock: Clock,
  ) {
    this.key = keyOf(secret);
  }

  sign(claims: WalkInProofClaims): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return signClaims(this.key, CONTEXT, {
      v: 1,
      cc: claims.creditCode,
      ph: claims.contactPhone,
      dev: claims.deviceId,
      ses: claims.sessionId,
      iat,
      exp: iat + TTL_SECONDS,
    });
  }
}

export type WalkInProofVerification =
  | { readonly ok: true; readonly claims: WalkInProofClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad-signature' | 'expired' | 'not-yet-valid' };

export class WalkInProofVerifier {
  private readonly keys: readonly Buffer[];

  constructor(
    secrets: readonly string[],
    private readonly clock: Clock,
  ) {
    if (secrets.length === 0) throw new Error('A walk-in proof verifier needs at least one key');
    this.keys = secrets.map(keyOf);
  }

  verify(token: string): WalkInProofVerification {
    const reading = readSignedClaims(this.keys, CONTEXT, token, payloadSchema);
    if (!reading.ok) return reading;
    const { cc, ph, dev, ses, iat, exp } = reading.claims;
    const nowSeconds = this.clock.now().getTime() / 1000;
    if (exp + LEEWAY_SECONDS <= nowSeconds) return { ok: false, reason: 'expired' };
    if (iat - LEEWAY_SECONDS > nowSeconds) return { ok: false, reason: 'not-yet-valid' };
    return { ok: true, claims: { creditCode: cc, contactPhone: ph, deviceId: dev, sessionId: ses } };
  }
}
