import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Crockford base32: no I, L, O, U — nothing to misread on a slip of paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECEIPT_CODE_LENGTH = 20;

/**
 * A receipt code: 20 characters from the CSPRNG, 5 bits each (100 bits), as GlobaLeaks' receipts are long
 * random codes. Rejection sampling is not needed: 256 is a multiple of 32.
 */
export const newReceiptCode = (): string =>
  [...randomBytes(RECEIPT_CODE_LENGTH)].map((byte) => ALPHABET[byte % 32]).join('');

/** Shown and printed in groups of four. */
export const formatReceiptCode = (code: string): string => code.match(/.{1,4}/gu)?.join('-') ?? code;

/**
 * The lookup key of a receipt: SHA-256 of the normalised code. The code itself is never stored; with 100 bits
 * of entropy a plain hash cannot be reversed by guessing.
 */
export const receiptHashOf = (code: string): string => createHash('sha256').update(code).digest('hex');

/** Argon2id at the OWASP minimum, as identity hashes passwords. */
const PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassphrase = (passphrase: string): Promise<string> => hash(passphrase, PARAMETERS);

export const passphraseMatches = async (stored: string, passphrase: string): Promise<boolean> => {
  try {
    return await verify(stored, passphrase);
  } catch {
    return false;
  }
};

let dummy: Promise<string> | null = null;

/** Spends a real check's time when there is no such receipt, so timing does not tell whether one exists. */
export const passphraseCheckOfNothing = async (passphrase: string): Promise<false> => {
  dummy ??= hashPassphrase(randomBytes(16).toString('base64url'));
  await passphraseMatches(await dummy, passphrase);
  return false;
};
