import { maskMiddle } from '../common/mask-middle';
import { normaliseIdentifierInput } from '../common/normalise-identifier-input';

/** `11010519491231002X` → `110105********002X`: the birth date and most of the sequence stay hidden. */
export const maskIdNumber = (input: string): string => maskMiddle(normaliseIdentifierInput(input), 6, 4);
