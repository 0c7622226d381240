import { type BoardPeriodLength, DEFAULT_BOARD_PERIOD_LENGTH } from '@qinqing/credit/domain';

/** The credit context's settings (CreditModule.forRoot); the defaults are the issue's. */
export const CREDIT_SETTINGS = Symbol('CreditSettings');

export interface CreditSettings {
  /** How often a red/black board is published: `quarter` (default), `half-year` or `year`. */
  readonly boardPeriodLength: BoardPeriodLength;
}

export const DEFAULT_CREDIT_SETTINGS: CreditSettings = { boardPeriodLength: DEFAULT_BOARD_PERIOD_LENGTH };
