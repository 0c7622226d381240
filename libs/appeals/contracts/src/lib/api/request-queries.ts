import { z } from 'zod';
import {
  calendarDateSchema,
  instantSchema,
  requestCategorySchema,
  requestChannelSchema,
} from '../common.schema';

export const REQUEST_STATUSES = [
  'received',
  'awaiting-acceptance',
  'in-progress',
  'answered',
  'rated',
  'closed',
] as const;

export const listRequestsQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  category: requestCategorySchema.optional(),
  departmentId: z.string().max(100).optional(),
  channel: requestChannelSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Search: the receipt code (for the receiving centre's staff), read off paper: case, spaces and dashes forgiven. */
  receiptCode: z
    .string()
    .transform((code) => code.toUpperCase().replace(/[\s-]/gu, ''))
    .pipe(
      z
        .string()
        .regex(/^[2-9A-HJKMNP-Z]{12}$/u, '回执码为12位字母和数字 / A receipt code has 12 letters and digits'),
    )
    .optional(),
  /** Search: the enterprise's 统一社会信用代码, exactly. */
  creditCode: z
    .string()
    .transform((code) => code.toUpperCase().trim())
    .pipe(z.string().regex(/^[0-9A-Z]{18}$/u, '统一社会信用代码为18位 / A credit code has 18 characters'))
    .optional(),
  /** Search: part of the enterprise's name. */
  enterpriseName: z
    .string()
    .trim()
    .min(1, '请输入企业名称的一部分 / Enter part of the enterprise name')
    .max(100, '企业名称不超过100字 / At most 100 characters')
    .optional(),
  /** Search: the contact's mobile number (for staff who handle requests), exactly. */
  contactPhone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/u, '请输入11位手机号码 / Enter the 11-digit mobile number')
    .optional(),
  /** The `nextCursor` of the previous page (keyset paging). */
  after: z.string().max(200).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRequestsQuery = z.input<typeof listRequestsQuery>;

/** The export takes the list's filters and searches; it answers at most EXPORT_LIMIT rows. */
export const exportRequestsQuery = listRequestsQuery.omit({ after: true, pageSize: true });
export const EXPORT_LIMIT = 5000;

export const ratesQuery = z
  .object({ from: calendarDateSchema, to: calendarDateSchema, departmentId: z.string().max(100).optional() })
  .refine((q) => q.from <= q.to, {
    message: '起始日期不能晚于结束日期 / from must not be after to',
    path: ['to'],
  });

export const open311Query = z.object({
  start_date: instantSchema.optional(),
  end_date: instantSchema.optional(),
  status: z.enum(['open', 'closed']).optional(),
});
