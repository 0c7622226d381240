export const CREDIT_OPTIONS = Symbol('CreditOptions');

/** The credit context's settings: its time limits in working days (credit.env.ts reads them). */
export interface CreditOptions {
  /** Working days the authority has to decide a repair application (CREDIT_REPAIR_DECISION_WORKING_DAYS). */
  readonly repairDecisionWorkingDays: number;
  /** Working days to decide an objection (CREDIT_OBJECTION_WORKING_DAYS). */
  readonly objectionWorkingDays: number;
}
