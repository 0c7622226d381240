import { z } from 'zod';

/** Shapes only; the credit code is checked with GB 32100's rules and answered field by field. */
export const askIdentificationCodeSchema = z.object({ creditCode: z.string().max(64) }).strict();
export type AskIdentificationCodeBody = z.infer<typeof askIdentificationCodeSchema>;

export const verifyIdentificationCodeSchema = z
  .object({ creditCode: z.string().max(64), code: z.string().max(16) })
  .strict();
export type VerifyIdentificationCodeBody = z.infer<typeof verifyIdentificationCodeSchema>;
