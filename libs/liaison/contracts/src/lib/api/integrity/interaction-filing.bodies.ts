import { creditCodeSchema, textSchema, pageLimit } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/** The activity kinds of the filing rules (liaison domain ACTIVITY_KINDS; a test keeps the two lists equal). */
export const ACTIVITY_KIND_VALUES = [
  'forum',
  'annual-meeting',
  'salon',
  'tea-party',
  'symposium',
  'celebration',
  'trade-fair',
  'training',
  'study-tour',
  'investment-promotion',
  'policy-briefing',
] as const;

const kindSchema = z.enum(ACTIVITY_KIND_VALUES, {
  message: '未知的活动类型 / Unknown activity kind',
});

export const calendarDateSchema = z.iso.date({ message: '日期格式须为 YYYY-MM-DD / A date is YYYY-MM-DD' });

/**
 * `POST /api/liaison/interaction-filings` (leading official). No `jurisdiction`: a filing is decided under the
 * jurisdiction on the official's profile, never one the official names (a body naming one is a 400).
 */
export const fileInteractionBody = z
  .object({
    activityKind: kindSchema,
    organiser: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('enterprise'),
          creditCode: creditCodeSchema,
          name: textSchema(100, { zh: '企业名称', en: 'Enterprise name' }),
        })
        .strict(),
      z
        .object({
          kind: z.literal('chamber'),
          name: textSchema(100, { zh: '商会名称', en: 'Chamber name' }),
          creditCode: creditCodeSchema.optional(),
        })
        .strict(),
    ]),
    /** Other enterprises taking part (the organiser's code is added). */
    enterpriseCreditCodes: z.array(creditCodeSchema).max(50).default([]),
    title: textSchema(200, { zh: '活动名称', en: 'Activity title' }),
    purpose: textSchema(1000, { zh: '参加事由', en: 'Purpose' }),
    eventDate: calendarDateSchema,
  })
  .strict();
export type FileInteractionBody = z.infer<typeof fileInteractionBody>;

export const refuseFilingBody = z
  .object({ reason: textSchema(500, { zh: '不同意的理由', en: 'Reason' }) })
  .strict();
export type RefuseFilingBody = z.infer<typeof refuseFilingBody>;

export const reportInteractionBody = z
  .object({
    summary: textSchema(2000, { zh: '活动情况', en: 'Summary' }),
    conductKept: z.boolean({ message: '请说明是否遵守交往规定 / Say whether the conduct rules were kept' }),
  })
  .strict();
export type ReportInteractionBody = z.infer<typeof reportInteractionBody>;

/** `PUT /api/liaison/jurisdictions/:jurisdiction/filing-settings` (administrator). */
export const changeFilingSettingsBody = z
  .object({
    reportWithinWorkingDays: z.number().int().min(1).max(30),
    allowedKinds: z.array(kindSchema).min(1).max(ACTIVITY_KIND_VALUES.length),
    reason: textSchema(500, { zh: '修改原因', en: 'Reason' }),
  })
  .strict();
export type ChangeFilingSettingsBody = z.infer<typeof changeFilingSettingsBody>;

export const filingListQuery = z
  .object({
    /** Keyset cursor from the previous page's `next`. */
    after: z.string().max(200).optional(),
    limit: pageLimit({ defaultLimit: 50 }),
  })
  .strict();
export type FilingListQuery = z.infer<typeof filingListQuery>;
