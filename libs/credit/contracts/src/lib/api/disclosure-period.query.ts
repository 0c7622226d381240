import { z } from 'zod';

/** The severities of 《信用修复管理办法》: 轻微, 一般, 严重. */
export const CREDIT_SEVERITIES = ['minor', 'general', 'serious'] as const;

export const severitySchema = z.enum(CREDIT_SEVERITIES, {
  message:
    '失信程度须为 minor（轻微）、general（一般）或 serious（严重） / severity is minor, general or serious',
});

/** A decision date that exists (2026-02-30 does not), in four-digit years even three years on. */
export const decisionDateSchema = z
  .string({ message: '请填写决定日期（YYYY-MM-DD） / decidedOn (YYYY-MM-DD) is required' })
  .pipe(
    z.iso.date({
      message: '决定日期须为存在的日期，格式 YYYY-MM-DD / decidedOn must be a date that exists, YYYY-MM-DD',
    }),
  )
  .refine((value) => value <= '9996-12-31', {
    message: '决定日期不能晚于9996-12-31 / decidedOn cannot be later than 9996-12-31',
  });

/**
 * `GET /api/credit/disclosure-period?severity=&decidedOn=`: the public calculator of the periods. Shapes only (one
 * short text each): the domain checks the values and its 400 names the field (`field: "severity"` or
 * `"decidedOn"`), as the liaison size-class calculator does.
 */
export const disclosurePeriodQuery = z.object({
  severity: z.string().max(40).default(''),
  decidedOn: z.string().max(40).default(''),
});

export type DisclosurePeriodQuery = z.infer<typeof disclosurePeriodQuery>;

const date = z.iso.date();

export const disclosurePeriodAnswer = z.object({
  published: z.boolean(),
  minimumEnds: date.nullable(),
  repairableFrom: date,
  publicUntil: date.nullable(),
});

export type DisclosurePeriodAnswer = z.infer<typeof disclosurePeriodAnswer>;
