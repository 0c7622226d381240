import { z } from 'zod';
import { newPasswordSchema } from '../../credentials/new-password.schema';

export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: newPasswordSchema })
  .strict();

export type ChangeOwnPasswordBody = z.infer<typeof changeOwnPasswordSchema>;
