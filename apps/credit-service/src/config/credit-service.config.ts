import { creditEnv } from '@qinqing/credit/service';
import { loadConfig } from '@qinqing/shared/config';
import { checkStorageEnv, serviceEnv } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** The credit service's variables: the common service ones (port 3104 by default) and the credit settings. */
export const creditServiceConfigSchema = z
  .object({ ...serviceEnv(3104), ...creditEnv })
  .superRefine(checkStorageEnv);

export type CreditServiceConfig = z.infer<typeof creditServiceConfigSchema>;

export const loadCreditServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): CreditServiceConfig => loadConfig(creditServiceConfigSchema, env);
