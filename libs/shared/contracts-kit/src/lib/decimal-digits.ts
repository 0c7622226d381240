import { z } from 'zod';

const PLAIN_INTEGER = /^-?\d+$/u;

/**
 * Lets only plain decimal digits reach a `z.coerce.number()` schema: coercion reads whatever `Number()`
 * reads, so a query string of '0x10' would be 16, ' 10' 10 and '1e2' 100. Any other string becomes NaN,
 * which the wrapped schema refuses with its own message; numbers and absent values pass unchanged.
 */
export const fromDecimalDigits = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess(
    (value) => (typeof value === 'string' && !PLAIN_INTEGER.test(value) ? Number.NaN : value),
    schema,
  );
