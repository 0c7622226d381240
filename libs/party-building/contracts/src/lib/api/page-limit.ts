import { z } from 'zod';
import { fromDecimalDigits } from '@qinqing/shared/contracts-kit';

/** The `limit` of every keyset-paged party-building list: 1–100, 50 when absent. */
export const pageLimit = fromDecimalDigits(
  z.coerce
    .number({ message: 'limit 须为1–100的整数 / limit must be a whole number from 1 to 100' })
    .int()
    .min(1)
    .max(100)
    .default(50),
);
