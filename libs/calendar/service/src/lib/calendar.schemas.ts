import { optionalTextSchema, textSchema, fromDecimalDigits } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

const date = z.iso
  .date({ message: '日期格式应为 YYYY-MM-DD / Dates are written YYYY-MM-DD' })
  .refine((value) => Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2999, {
    message: '年份应在1900至2999之间 / The year must be between 1900 and 2999',
  });

export const addWorkingDaysQuery = z.object({
  from: date,
  days: fromDecimalDigits(
    z.coerce
      .number({ message: '天数应为整数 / days must be a whole number' })
      .int('天数应为整数 / days must be a whole number')
      .min(0, '天数不能为负 / days cannot be negative')
      .max(1000, '天数不能超过1000 / days cannot exceed 1000'),
  ),
});

export const countWorkingDaysQuery = z.object({ from: date, to: date }).refine((q) => q.from <= q.to, {
  message: '起始日期不能晚于结束日期 / from must not be after to',
  path: ['to'],
});

export const holidayScheduleBody = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.object({
    title: textSchema(200, { zh: '通知标题', en: 'Notice title' }),
    documentNumber: textSchema(100, { zh: '文号', en: 'Document number' }),
    publishedOn: date,
  }),
  holidays: z
    .array(
      z.object({
        name: textSchema(50, { zh: '节日名称', en: 'Holiday name' }),
        dates: z.array(date).min(1).max(31),
        noticeClause: optionalTextSchema(500, { zh: '通知条文', en: 'Notice clause' }).optional(),
      }),
    )
    .max(20),
  makeUpWorkingDays: z.array(date).max(20),
  /** Set to replace a year already loaded with a newer notice. */
  replace: z.boolean().default(false),
});
