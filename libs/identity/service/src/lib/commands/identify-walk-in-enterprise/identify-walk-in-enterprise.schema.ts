import { z } from 'zod';

/** Shapes only; the identifiers themselves are checked with their standards' rules, field by field. */
export const identifyWalkInEnterpriseSchema = z
  .object({ creditCode: z.string().max(64), contactPhone: z.string().max(32) })
  .strict();

export type IdentifyWalkInEnterpriseBody = z.infer<typeof identifyWalkInEnterpriseSchema>;
