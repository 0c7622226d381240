/** GB 11643-1999 weights W_i = 2^(18−i) mod 11 for positions 1–17 (ISO 7064 MOD 11-2). */
export const ID_NUMBER_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character: (12 − Σ a_i × W_i mod 11) mod 11, written 'X' for 10. */
export const computeIdNumberCheckChar = (first17: string): string => {
  if (!/^\d{17}$/u.test(first17)) {
    throw new RangeError(`computeIdNumberCheckChar needs 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += Number(first17.charAt(index)) * (ID_NUMBER_WEIGHTS[index] ?? 0);
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
};
