import { createHash, randomBytes } from 'node:crypto';

/** The only way application code makes ids; tests inject a deterministic one. */
export interface IdGenerator {
  next(): string;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/**
 * RFC 9562 UUID version 7: 48-bit Unix milliseconds, then randomness. Within one millisecond a 12-bit
 * counter in `rand_a` keeps ids from one generator strictly increasing.
 */
export class UuidV7Generator implements IdGenerator {
  private lastMs = -1;
  private counter = 0;

  constructor(private readonly nowMs: () => number = Date.now) {}

  next(): string {
    let ms = this.nowMs();
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.counter++;
      if (this.counter > 0xfff) {
        ms = this.lastMs + 1;
        this.counter = 0;
      }
    } else {
      this.counter = randomBytes(2).readUInt16BE(0) & 0x3ff;
    }
    this.lastMs = ms;
    const bytes = randomBytes(16);
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (this.counter >> 8);
    bytes[7] = this.counter & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    const h = hex(bytes);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

export const uuidV7 = new UuidV7Generator();

/**
 * RFC 9562 UUID version 5 (SHA-1, name-based) of `name` in the namespace `namespace` (a UUID): the same inputs
 * always give the same id, so an id derived this way survives a relay's resend like the id it is derived from.
 */
export const nameBasedUuid = (namespace: string, name: string): string => {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/gu, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = 0x50 | ((hash[6] ?? 0) & 0x0f);
  hash[8] = 0x80 | ((hash[8] ?? 0) & 0x3f);
  const h = hex(hash);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** Counts up from a fixed prefix; readable ids in tests. */
export class SequentialIdGenerator implements IdGenerator {
  private n = 0;
  constructor(private readonly prefix = '00000000-0000-7000-8000-') {}
  next(): string {
    this.n++;
    return `${this.prefix}${this.n.toString(16).padStart(12, '0')}`;
  }
}
