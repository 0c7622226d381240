import { z } from 'zod';
import { fromDecimalDigits } from './decimal-digits';

export interface PageLimitBounds {
  /** The page size when the query names none. */
  readonly defaultLimit: number;
  /** The largest page a caller may ask for; 100 unless the list's rows are heavy. */
  readonly max?: number;
}

/**
 * The `limit` query parameter of a keyset-paged list: plain decimal digits from 1 to `max`, `defaultLimit` when
 * absent, refused in Chinese and English otherwise.
 */
export const pageLimit = ({ defaultLimit, max = 100 }: PageLimitBounds) =>
  fromDecimalDigits(
    z.coerce
      .number({ message: `每页条数须为1–${max}的整数 / limit must be a whole number from 1 to ${max}` })
      .int('每页条数须为整数 / limit must be a whole number')
      .min(1, '每页至少1条 / limit at least 1')
      .max(max, `每页至多${max}条 / limit at most ${max}`)
      .default(defaultLimit),
  );
