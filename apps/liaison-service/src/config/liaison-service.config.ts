import { loadConfig } from '@qinqing/shared/config';
import { serviceConfigSchema, type ServiceConfig } from '@qinqing/shared/nest-platform';

/** The liaison service's variables: the common service ones, port 3103 by default. */
export const liaisonServiceConfigSchema = serviceConfigSchema(3103);

export type LiaisonServiceConfig = ServiceConfig;

export const loadLiaisonServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): LiaisonServiceConfig => loadConfig(liaisonServiceConfigSchema, env);
