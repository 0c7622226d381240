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
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRequestsQuery = z.input<typeof listRequestsQuery>;

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
