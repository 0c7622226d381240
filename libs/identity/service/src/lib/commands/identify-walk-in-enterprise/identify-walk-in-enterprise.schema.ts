import { z } from 'zod';

/** The walk-in proof the liaison context signed when the code sent to the enterprise's phone came back. */
export const identifyWalkInEnterpriseSchema = z.object({ proof: z.string().min(1).max(2_048) }).strict();

export type IdentifyWalkInEnterpriseBody = z.infer<typeof identifyWalkInEnterpriseSchema>;
