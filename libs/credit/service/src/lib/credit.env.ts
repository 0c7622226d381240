import { BOARD_PERIOD_LENGTHS, DEFAULT_BOARD_PERIOD_LENGTH } from '@qinqing/credit/domain';
import { z } from 'zod';

/** Variables of the credit context, for every app that runs it (embedded and credit-service). */
export const creditEnv = {
  /** How often the red/black board (红黑榜) is published: quarter (default; periods 2026-Q4), half-year (2026-H2) or year (2026). */
  CREDIT_BOARD_PERIOD: z
    .enum(BOARD_PERIOD_LENGTHS, {
      message: 'CREDIT_BOARD_PERIOD 须为 quarter、half-year 或 year / must be quarter, half-year or year',
    })
    .default(DEFAULT_BOARD_PERIOD_LENGTH),
};
