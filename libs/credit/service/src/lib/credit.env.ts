import { BOARD_PERIOD_LENGTHS, DEFAULT_BOARD_PERIOD_LENGTH } from '@qinqing/credit/domain';
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
  /** How often the red/black board (红黑榜) is published: quarter (default; periods 2026-Q4), half-year (2026-H2) or year (2026). */
  CREDIT_BOARD_PERIOD: z
    .enum(BOARD_PERIOD_LENGTHS, {
      message: 'CREDIT_BOARD_PERIOD 须为 quarter、half-year 或 year / must be quarter, half-year or year',
    })
    .default(DEFAULT_BOARD_PERIOD_LENGTH),
};

export const creditOptionsOf = (env: {
  readonly CREDIT_REPAIR_DECISION_WORKING_DAYS: number;
  readonly CREDIT_OBJECTION_WORKING_DAYS: number;
  readonly CREDIT_BOARD_PERIOD: CreditOptions['boardPeriodLength'];
}): CreditOptions => ({
  repairDecisionWorkingDays: env.CREDIT_REPAIR_DECISION_WORKING_DAYS,
  objectionWorkingDays: env.CREDIT_OBJECTION_WORKING_DAYS,
  boardPeriodLength: env.CREDIT_BOARD_PERIOD,
});
