import { z } from 'zod';

/** Length limits only: what a valid username or password looks like is not told to someone guessing. */
export const logInSchema = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .strict();

export type LogInBody = z.infer<typeof logInSchema>;
