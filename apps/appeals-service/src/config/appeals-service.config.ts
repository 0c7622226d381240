import { appealsEnv, checkAppealsEnv } from '@qinqing/appeals/service';
import { loadConfig } from '@qinqing/shared/config';
import { checkStorageEnv, serviceEnv } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** The appeals service's variables: the common service ones (port 3101 by default) and its scheduler. */
export const appealsServiceConfigSchema = z
  .object({
    ...serviceEnv(3101),
    /** How often the deadline scheduler passes over open requests; 0 turns the timer off. */
    APPEALS_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    ...appealsEnv,
  })
  .superRefine(checkStorageEnv)
  .superRefine(checkAppealsEnv);

export type AppealsServiceConfig = z.infer<typeof appealsServiceConfigSchema>;

export const loadAppealsServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): AppealsServiceConfig => loadConfig(appealsServiceConfigSchema, env);
