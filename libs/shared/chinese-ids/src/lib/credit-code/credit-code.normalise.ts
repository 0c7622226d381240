import { normaliseIdentifierInput } from '../common/normalise-identifier-input';

/** Trims, drops inner spaces, folds full-width characters and upper-cases, without validating. */
export const normaliseCreditCode = (input: string): string => normaliseIdentifierInput(input);
