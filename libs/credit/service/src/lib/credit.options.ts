import type { BoardPeriodLength } from '@qinqing/credit/domain';

export const CREDIT_OPTIONS = Symbol('CreditOptions');

/** The credit context's settings (credit.env.ts reads them; CreditModule.forRoot takes them). */
export interface CreditOptions {
  /** Working days the authority has to decide a repair application (CREDIT_REPAIR_DECISION_WORKING_DAYS). */
  readonly repairDecisionWorkingDays: number;
  /** Working days to decide an objection (CREDIT_OBJECTION_WORKING_DAYS). */
  readonly objectionWorkingDays: number;
  /** How often a red/black board is published: `quarter` (default), `half-year` or `year` (CREDIT_BOARD_PERIOD). */
  readonly boardPeriodLength: BoardPeriodLength;
}
