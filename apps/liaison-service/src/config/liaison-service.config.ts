import { liaisonEnv } from '@qinqing/liaison/service';
import { loadConfig } from '@qinqing/shared/config';
import { checkStorageEnv, serviceEnv } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** The liaison service's variables: the common service ones (port 3103 by default) and the jurisdiction. */
export const liaisonServiceConfigSchema = z
  .object({ ...serviceEnv(3103), ...liaisonEnv })
  .superRefine(checkStorageEnv);

export type LiaisonServiceConfig = z.infer<typeof liaisonServiceConfigSchema>;

export const loadLiaisonServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): LiaisonServiceConfig => loadConfig(liaisonServiceConfigSchema, env);
