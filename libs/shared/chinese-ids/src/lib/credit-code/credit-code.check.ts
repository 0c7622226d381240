/**
 * GB 32100-2015: the 31 characters a unified social credit code uses, in value order (0–30). I, O, Z, S and V
 * are left out because they are easily mistaken for 1, 0, 2, 5 and U.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** W_i = 3^(i−1) mod 31 for positions 1–17. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/**
 * The 18th character: C18 = 31 − (Σ C_i × W_i mod 31), where 31 maps to '0'. Because 31 is prime and no weight
 * is a multiple of it, changing any single character always changes the check character.
 */
export const computeCreditCodeCheckChar = (first17: string): string => {
  if (first17.length !== 17) {
    throw new RangeError(`computeCreditCodeCheckChar needs the first 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(index));
    if (value < 0) {
      throw new RangeError(
        `Character ${index + 1} of ${JSON.stringify(first17)} is not in the credit-code charset`,
      );
    }
    sum += value * (CREDIT_CODE_WEIGHTS[index] ?? 0);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
};

/** True when an 18-character code from the charset carries the right 18th character. */
export const hasValidCreditCodeCheckChar = (code: string): boolean => {
  if (code.length !== 18 || ![...code].every((character) => CREDIT_CODE_CHARSET.includes(character)))
    return false;
  return computeCreditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
};
