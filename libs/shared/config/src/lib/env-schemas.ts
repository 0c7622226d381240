import { z } from 'zod';

/** Building blocks for app config schemas, so every app parses the same variable the same way. */
export const envPort = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const envLogLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

export const envPostgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL');

export const envEventStoreKind = z.enum(['pglite', 'postgres', 'kurrentdb']).default('pglite');
