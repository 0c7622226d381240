import { loadConfig } from '@qinqing/shared/config';
import { serviceConfigSchema, type ServiceConfig } from '@qinqing/shared/nest-platform';

/** The service-centre service's variables: the common service ones, port 3102 by default. */
export const serviceCentreServiceConfigSchema = serviceConfigSchema(3102);

export type ServiceCentreServiceConfig = ServiceConfig;

export const loadServiceCentreServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServiceCentreServiceConfig => loadConfig(serviceCentreServiceConfigSchema, env);
