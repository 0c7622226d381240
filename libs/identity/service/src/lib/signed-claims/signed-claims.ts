import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

/**
 * Short-lived claims that one part of the platform signs and another believes:
 * `base64url(JSON payload) "." base64url(HMAC-SHA256(key, context + base64url(payload)))`. The context string
 * binds a MAC to one use and version, so a token made for one purpose never verifies for another under the same
 * key. The MAC is checked before a byte of the payload is parsed: unauthenticated input is never read.
 */
const MIN_KEY_BYTES = 32;
const MAX_TOKEN_LENGTH = 8_192;

export const hmacKeyOf = (secret: string, what: string): Buffer => {
  const key = Buffer.from(secret, 'utf8');
  if (key.length < MIN_KEY_BYTES) {
    throw new Error(`${what} needs at least ${MIN_KEY_BYTES} bytes of key; got ${key.length}`);
  }
  return key;
};

const mac = (key: Buffer, context: string, encodedPayload: string): Buffer =>
  createHmac('sha256', key)
    .update(context + encodedPayload)
    .digest();

export const signClaims = (key: Buffer, context: string, payload: object): string => {
  const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${encoded}.${mac(key, context, encoded).toString('base64url')}`;
};

export type ClaimsReading<T> =
  | { readonly ok: true; readonly claims: T }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad-signature' };

/** The payload of `token` if one of `keys` signed it for `context` and it has the schema's shape. */
export const readSignedClaims = <T>(
  keys: readonly Buffer[],
  context: string,
  token: string,
  schema: z.ZodType<T>,
): ClaimsReading<T> => {
  const parts = token.split('.');
  const [payload, signature] = parts;
  if (
    parts.length !== 2 ||
    payload === undefined ||
    signature === undefined ||
    token.length > MAX_TOKEN_LENGTH
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (!/^[A-Za-z0-9_-]+$/u.test(payload) || !/^[A-Za-z0-9_-]{43}$/u.test(signature)) {
    return { ok: false, reason: 'malformed' };
  }
  const given = Buffer.from(signature, 'base64url');
  // Only the canonical encoding: the last character's two spare bits must not give a second valid form.
  if (given.toString('base64url') !== signature) return { ok: false, reason: 'malformed' };
  const signedByUs = keys.some((key) => {
    const expected = mac(key, context, payload);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!signedByUs) return { ok: false, reason: 'bad-signature' };
  try {
    const result = schema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return result.success ? { ok: true, claims: result.data } : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
};
