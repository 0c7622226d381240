import { loadConfig } from '@qinqing/shared/config';
import { serviceConfigSchema, type ServiceConfig } from '@qinqing/shared/nest-platform';

/** The credit service's variables: the common service ones, port 3104 by default. */
export const creditServiceConfigSchema = serviceConfigSchema(3104);

export type CreditServiceConfig = ServiceConfig;

export const loadCreditServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): CreditServiceConfig => loadConfig(creditServiceConfigSchema, env);
