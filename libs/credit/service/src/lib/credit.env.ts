import { z } from 'zod';
import type { CreditOptions } from './credit.options';

/**
 * The default time limits, in working days (docs/credit.md, "Objections and repair", says where they come
 * from): 5 to decide a repair application, as the 2023 trial measures' 办理 limit and the order of
 * 国办发〔2025〕22号 五; 7 to decide an objection. A jurisdiction whose rules say otherwise sets the variables.
 */
export const DEFAULT_REPAIR_DECISION_WORKING_DAYS = 5;
export const DEFAULT_OBJECTION_WORKING_DAYS = 7;

const workingDays = (fallback: number) => z.coerce.number().int().min(1).max(60).default(fallback);

/** Variables of the credit context, for every app that runs it (embedded and credit-service). */
export const creditEnv = {
  CREDIT_REPAIR_DECISION_WORKING_DAYS: workingDays(DEFAULT_REPAIR_DECISION_WORKING_DAYS),
  CREDIT_OBJECTION_WORKING_DAYS: workingDays(DEFAULT_OBJECTION_WORKING_DAYS),
};

export const creditOptionsOf = (env: {
  readonly CREDIT_REPAIR_DECISION_WORKING_DAYS: number;
  readonly CREDIT_OBJECTION_WORKING_DAYS: number;
}): CreditOptions => ({
  repairDecisionWorkingDays: env.CREDIT_REPAIR_DECISION_WORKING_DAYS,
  objectionWorkingDays: env.CREDIT_OBJECTION_WORKING_DAYS,
});
