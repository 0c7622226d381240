import { z } from 'zod';
import { fromDecimalDigits } from '@qinqing/shared/contracts-kit';
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
  pageSize: fromDecimalDigits(z.coerce.number().int().min(1).max(200).default(50)),
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

/** GeoReport v2: a search spans at most 90 days (the most recent 90 by default) and answers at most 1000. */
export const OPEN311_MAX_SPAN_DAYS = 90;
export const OPEN311_MAX_REQUESTS = 1000;
/** How many requests one `service_request_id` list may name. */
export const OPEN311_MAX_IDS = 100;

const DAY_MS = 86_400_000;

/** A comma-delimited list (GeoReport v2's form for several values of one parameter). */
const commaList = <Item extends z.ZodType<unknown, string>>(item: Item, max: number, what: string) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((part) => part.trim()))
    .pipe(z.array(item).min(1).max(max, `至多${max}个 / At most ${max} ${what}`));

export const open311Query = z
  .object({
    start_date: instantSchema.optional(),
    end_date: instantSchema.optional(),
    status: z.enum(['open', 'closed']).optional(),
    service_code: commaList(requestCategorySchema, 20, 'service codes').optional(),
    /** Overrides every other parameter, as the spec says. */
    service_request_id: commaList(z.uuid(), OPEN311_MAX_IDS, 'request ids').optional(),
  })
  .refine(
    (q) =>
      q.start_date === undefined ||
      q.end_date === undefined ||
      Date.parse(q.start_date) <= Date.parse(q.end_date),
    { message: '开始时间不能晚于结束时间 / start_date must not be after end_date', path: ['end_date'] },
  )
  .refine(
    (q) =>
      q.start_date === undefined ||
      q.end_date === undefined ||
      Date.parse(q.end_date) - Date.parse(q.start_date) <= OPEN311_MAX_SPAN_DAYS * DAY_MS,
    {
      message: `查询时间范围不能超过${OPEN311_MAX_SPAN_DAYS}天 / A search may not span more than ${OPEN311_MAX_SPAN_DAYS} days`,
      path: ['end_date'],
    },
  );

export type Open311Query = z.infer<typeof open311Query>;

/**
 * The time window a search covers (GeoReport v2): both ends as given; one end alone extends 90 days from it; neither,
 * the most recent 90 days up to `now`.
 */
export const open311Window = (query: Open311Query, now: Date): { readonly from: Date; readonly to: Date } => {
  const span = OPEN311_MAX_SPAN_DAYS * DAY_MS;
  if (query.start_date !== undefined && query.end_date !== undefined)
    return { from: new Date(query.start_date), to: new Date(query.end_date) };
  if (query.start_date !== undefined) {
    const from = new Date(query.start_date);
    return { from, to: new Date(from.getTime() + span) };
  }
  const to = query.end_date === undefined ? now : new Date(query.end_date);
  return { from: new Date(to.getTime() - span), to };
};
