import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: nothing a walk-in could misread off a printed receipt. */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 12;

/** 12 characters of a 31-letter alphabet: about 59 bits, unguessable, and looked up only rate-limited. */
export const newReceiptCode = (): string =>
  Array.from({ length: LENGTH }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('');
