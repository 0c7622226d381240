/** GB 11714-1997 values its characters 0–9 then A = 10 … Z = 35. */
const ORGANISATION_CODE_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const ORGANISATION_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The 9th character of a GB 11714 organisation code (positions 9–17 of a credit code, whose last is this
 * check): C9 = 11 − (Σ C_i × W_i mod 11), written 'X' for 10 and '0' for 11.
 */
export const computeOrganisationCodeCheckChar = (first8: string): string => {
  if (first8.length !== 8) {
    throw new RangeError(`computeOrganisationCodeCheckChar needs 8 characters, got ${first8.length}`);
  }
  let sum = 0;
  for (let index = 0; index < 8; index += 1) {
    const value = ORGANISATION_CODE_CHARSET.indexOf(first8.charAt(index));
    if (value < 0) {
      throw new RangeError(
        `Character ${index + 1} of ${JSON.stringify(first8)} is not a digit or capital letter`,
      );
    }
    sum += value * (ORGANISATION_CODE_WEIGHTS[index] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
};
