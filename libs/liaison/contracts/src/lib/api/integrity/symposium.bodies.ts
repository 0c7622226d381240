import {
  creditCodeSchema,
  mainlandMobileSchema,
  textSchema,
  fromDecimalDigits,
} from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { calendarDateSchema } from './interaction-filing.bodies';
import { jurisdictionSchema } from './negative-list.bodies';

/**
 * `POST /api/liaison/symposia`. `jurisdiction` only from a supervisor or administrator (default: the
 * deployment's); an official's symposium is under the jurisdiction on their profile and they may not name one.
 */
export const scheduleSymposiumBody = z
  .object({
    jurisdiction: jurisdictionSchema.optional(),
    title: textSchema(200, { zh: '座谈会名称', en: 'Title' }),
    date: calendarDateSchema,
    convenerUnitId: z.string().trim().min(1, '请填写召集单位 / The convening unit is required').max(64),
  })
  .strict();
export type ScheduleSymposiumBody = z.infer<typeof scheduleSymposiumBody>;

export const recordAttendanceBody = z
  .object({
    enterprises: z
      .array(
        z
          .object({
            creditCode: creditCodeSchema,
            name: textSchema(100, { zh: '企业名称', en: 'Enterprise name' }),
          })
          .strict(),
      )
      .max(200),
    chambers: z.array(textSchema(100, { zh: '商会名称', en: 'Chamber name' })).max(100),
  })
  .strict();
export type RecordAttendanceBody = z.infer<typeof recordAttendanceBody>;

export const raiseSymposiumProblemBody = z
  .object({
    enterpriseCreditCode: creditCodeSchema,
    title: textSchema(200, { zh: '问题', en: 'Problem' }),
    description: textSchema(2000, { zh: '问题描述', en: 'Description' }),
    contact: z
      .object({ name: textSchema(50, { zh: '联系人', en: 'Contact name' }), phone: mainlandMobileSchema })
      .strict(),
  })
  .strict();
export type RaiseSymposiumProblemBody = z.infer<typeof raiseSymposiumProblemBody>;

export const changeSymposiumSettingsBody = z
  .object({
    period: z.enum(['half-year', 'year']),
    minimumPerPeriod: z.number().int().min(1).max(12),
    reason: textSchema(500, { zh: '修改原因', en: 'Reason' }),
  })
  .strict();
export type ChangeSymposiumSettingsBody = z.infer<typeof changeSymposiumSettingsBody>;

export const symposiumListQuery = z
  .object({
    jurisdiction: jurisdictionSchema.optional(),
    year: fromDecimalDigits(z.coerce.number().int().min(2000).max(2100)),
  })
  .strict();
export type SymposiumListQuery = z.infer<typeof symposiumListQuery>;
