import { serviceCentreEnv } from '@qinqing/service-centre/service';
import { loadConfig } from '@qinqing/shared/config';
import { checkStorageEnv, serviceEnv } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** The service-centre service's variables: the common service ones (port 3102 by default) and its own. */
export const serviceCentreServiceConfigSchema = z
  .object({ ...serviceEnv(3102), ...serviceCentreEnv })
  .superRefine(checkStorageEnv);

export type ServiceCentreServiceConfig = z.infer<typeof serviceCentreServiceConfigSchema>;

export const loadServiceCentreServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServiceCentreServiceConfig => loadConfig(serviceCentreServiceConfigSchema, env);
