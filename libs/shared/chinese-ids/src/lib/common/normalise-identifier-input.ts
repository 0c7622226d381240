/**
 * What people type into a kiosk: full-width digits and letters from a Chinese input method (９１４４…), spaces
 * between groups, lower-case letters. NFKC folds full-width forms to ASCII; whitespace is dropped; letters are
 * upper-cased because every letter in these identifiers is upper-case.
 */
export const normaliseIdentifierInput = (input: string): string =>
  input.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
