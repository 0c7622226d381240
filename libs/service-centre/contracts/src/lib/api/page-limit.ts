import { z } from 'zod';
import { fromDecimalDigits } from '@qinqing/shared/contracts-kit';

/** The `limit` of every keyset-paged service-centre list: 1–100, `defaultLimit` when absent. */
export const pageLimit = (defaultLimit: number) =>
  fromDecimalDigits(
    z.coerce
      .number({ message: 'limit 须为1–100的整数 / limit must be a whole number from 1 to 100' })
      .int()
      .min(1)
      .max(100)
      .default(defaultLimit),
  );
