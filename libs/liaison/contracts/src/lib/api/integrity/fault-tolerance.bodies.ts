import { optionalTextSchema, textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/** `POST /api/liaison/fault-tolerance-reviews` (supervisor, discipline inspector). */
export const recordFaultReviewBody = z
  .object({
    officialId: z.uuid({ message: '账号编号格式不正确 / The account id is malformed' }),
    matter: textSchema(2000, { zh: '失误情况', en: 'Matter' }),
    distinction: z.enum(['lack-of-experience', 'exploratory-trial', 'unintentional-for-development'], {
      message: '须为“三个区分开来”之一 / One of the three distinctions',
    }),
    finding: z.enum(['tolerated', 'wrongdoing'], {
      message: '结论须为容错或违纪违法 / tolerated or wrongdoing',
    }),
    reasoning: textSchema(4000, { zh: '认定理由', en: 'Reasoning' }),
    corrections: optionalTextSchema(2000, { zh: '纠错措施', en: 'Corrections' }).default(''),
  })
  .strict();
export type RecordFaultReviewBody = z.infer<typeof recordFaultReviewBody>;
