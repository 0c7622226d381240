import { maskMiddle } from '../common/mask-middle';
import { normaliseIdentifierInput } from '../common/normalise-identifier-input';

/**
 * `914403001922038216` → `914403********8216`: keeps authority, category and region code (positions 1–6) and
 * the last 4, so a person can recognise their own code on a shared screen without it being read off.
 */
export const maskCreditCode = (input: string): string => maskMiddle(normaliseIdentifierInput(input), 6, 4);
