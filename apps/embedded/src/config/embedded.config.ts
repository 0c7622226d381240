import {
  envBoolean,
  envEventStoreKind,
  envLogLevel,
  envPort,
  envPostgresUrl,
  loadConfig,
} from '@qinqing/shared/config';
import type { StorageOptions } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** Every variable the one-process app reads; documented with defaults in .env.example. */
export const embeddedConfigSchema = z
  .object({
    PORT: envPort(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: envLogLevel,
    DATA_DIR: z.string().min(1).default('./data'),
    EVENT_STORE: envEventStoreKind,
    DATABASE_URL: envPostgresUrl.optional(),
    KURRENTDB_CONNECTION_STRING: z
      .string()
      .startsWith('kurrentdb', 'expected a kurrentdb:// connection string')
      .optional(),
    DEMO_DATA: envBoolean(true),
    FOLLOWER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  })
  .superRefine((env, ctx) => {
    if (env.EVENT_STORE === 'postgres' && env.DATABASE_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required when EVENT_STORE=postgres' });
    }
    if (env.EVENT_STORE === 'kurrentdb' && env.KURRENTDB_CONNECTION_STRING === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['KURRENTDB_CONNECTION_STRING'],
        message: 'required when EVENT_STORE=kurrentdb',
      });
    }
  });

export type EmbeddedConfig = z.infer<typeof embeddedConfigSchema>;

export const loadEmbeddedConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): EmbeddedConfig => loadConfig(embeddedConfigSchema, env);

export const storageOptions = (config: EmbeddedConfig): StorageOptions => {
  switch (config.EVENT_STORE) {
    case 'pglite':
      return { eventStore: 'pglite', dataDir: config.DATA_DIR };
    case 'postgres':
      return { eventStore: 'postgres', databaseUrl: config.DATABASE_URL as string };
    case 'kurrentdb':
      return {
        eventStore: 'kurrentdb',
        kurrentDbConnectionString: config.KURRENTDB_CONNECTION_STRING as string,
        readModels:
          config.DATABASE_URL === undefined
            ? { dataDir: config.DATA_DIR }
            : { databaseUrl: config.DATABASE_URL },
      };
  }
};
