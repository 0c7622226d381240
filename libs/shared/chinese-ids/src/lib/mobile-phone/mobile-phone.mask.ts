import { maskMiddle } from '../common/mask-middle';
import { normaliseMobileNumber } from './mobile-phone.normalise';

/** `13812345678` → `138****5678`, the way Chinese services conventionally show a number back to its owner. */
export const maskPhone = (input: string): string => maskMiddle(normaliseMobileNumber(input), 3, 4);
