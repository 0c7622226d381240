import { z } from 'zod';

const count = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/u, '须为不小于0的整数 / must be a whole number not below 0')
  .transform(Number);

const amount = z
  .string()
  .trim()
  .regex(
    /^\d{1,12}(\.\d{1,4})?$/u,
    '须为不小于0的数（万元，最多4位小数） / must be a number not below 0 (10,000 yuan, at most 4 decimals)',
  )
  .transform(Number);

/**
 * `GET /api/enterprises/size-class`: a GB/T 4754-2017 code and the indicators; which indicators are needed
 * depends on the industry group, so each is optional here and the rule names a missing one.
 */
export const sizeClassQuery = z.object({
  industry: z
    .string()
    .trim()
    .min(1, '请填写行业代码（GB/T 4754-2017） / industry (a GB/T 4754-2017 code) is required')
    .max(10, '行业代码过长 / industry code too long'),
  employees: count.optional(),
  revenue: amount.optional(),
  assets: amount.optional(),
});

export type SizeClassQuery = z.infer<typeof sizeClassQuery>;

export const sizeClassAnswer = z.object({
  size: z.enum(['large', 'medium', 'small', 'micro']),
  industryGroup: z.string(),
});

export type SizeClassAnswer = z.infer<typeof sizeClassAnswer>;
