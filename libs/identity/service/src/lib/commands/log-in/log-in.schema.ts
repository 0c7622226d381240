import { z } from 'zod';
import { newPasswordSchema } from '../../credentials/new-password.schema';

/** Length limits only: what a valid username or password looks like is not told to someone guessing. */
export const logInSchema = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(256),
    /** Chosen at this login when the current password may not open a session any more (a demo password). */
    newPassword: newPasswordSchema.optional(),
  })
  .strict();

export type LogInBody = z.infer<typeof logInSchema>;
