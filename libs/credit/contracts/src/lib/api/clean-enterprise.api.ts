import { creditCodeSchema, textSchema, fromDecimalDigits, pageLimit } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

export const CLEAN_ENTERPRISE_ITEM_IDS = [
  'no-bribery',
  'no-wage-arrears',
  'no-tax-evasion',
  'no-infringement',
  'no-debt-evasion',
  'integrity-system',
  'integrity-pledge',
] as const;

const year = fromDecimalDigits(
  z.coerce
    .number({ message: '年度须为四位数年份 / year is a four-digit year' })
    .int('年度须为整数 / year must be a whole number')
    .min(2000, '年度不早于2000年 / year is 2000 or later')
    .max(9999, '年度须为四位数年份 / year is a four-digit year'),
);

/** `POST /api/credit/clean-enterprise-evaluations` (credit officer). */
export const evaluateCleanEnterpriseBody = z.object({
  creditCode: creditCodeSchema,
  year,
  checklist: z.object({
    /** The enterprise has its own integrity system (内部廉洁制度), as the officer found it. */
    integritySystem: z.boolean({ message: '请说明是否建立内部廉洁制度 / integritySystem is true or false' }),
  }),
  /** Needed only when the integrity file holds nothing of the enterprise to take its name from. */
  enterpriseName: textSchema(100, { zh: '企业名称', en: 'Enterprise name' }).optional(),
});

export type EvaluateCleanEnterpriseBody = z.infer<typeof evaluateCleanEnterpriseBody>;

export const evaluatedItemSchema = z.object({
  item: z.enum(CLEAN_ENTERPRISE_ITEM_IDS),
  passed: z.boolean(),
  /** The document number of the record that fails a five-no item; null otherwise. */
  basis: z.string().min(1).nullable(),
});

export interface CleanEnterpriseEvaluationView {
  readonly evaluationId: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly year: number;
  readonly passed: boolean;
  readonly items: readonly z.infer<typeof evaluatedItemSchema>[];
  readonly evaluatedOn: string;
}

export const CLEAN_ENTERPRISE_PAGE_MAX = 100;

/** `GET /api/credit/clean-enterprise-evaluations?year=&after=&limit=` (public); `after` is a credit code. */
export const listCleanEnterpriseQuery = z.object({
  year,
  after: z
    .string()
    .regex(
      /^[0-9A-Z]{18}$/u,
      '翻页标记应为上一页最后的统一社会信用代码 / after is the last credit code of a page',
    )
    .optional(),
  limit: pageLimit({ defaultLimit: 20, max: CLEAN_ENTERPRISE_PAGE_MAX }),
});

export type ListCleanEnterpriseQuery = z.infer<typeof listCleanEnterpriseQuery>;

export interface CleanEnterprisePage {
  readonly items: readonly CleanEnterpriseEvaluationView[];
  readonly next: string | null;
}
