import { envEventStoreKind, envPostgresUrl } from '@qinqing/shared/config';
import { z } from 'zod';
import type { StorageOptions } from '../event-sourcing/event-sourcing.options';

/** The variables that choose where an app's events and read models live; every app reads the same ones. */
export const storageEnv = {
  EVENT_STORE: envEventStoreKind,
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: envPostgresUrl.optional(),
  KURRENTDB_CONNECTION_STRING: z
    .string()
    .startsWith('kurrentdb', 'expected a kurrentdb:// connection string')
    .optional(),
};

export type StorageEnv = z.infer<z.ZodObject<typeof storageEnv>>;

/** Cross-field rules of the storage variables, for a config schema's superRefine. */
export const checkStorageEnv = (env: StorageEnv, ctx: z.RefinementCtx): void => {
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
};

export const storageOptionsOf = (env: StorageEnv): StorageOptions => {
  switch (env.EVENT_STORE) {
    case 'pglite':
      return { eventStore: 'pglite', dataDir: env.DATA_DIR };
    case 'postgres':
      return { eventStore: 'postgres', databaseUrl: env.DATABASE_URL as string };
    case 'kurrentdb':
      return {
        eventStore: 'kurrentdb',
        kurrentDbConnectionString: env.KURRENTDB_CONNECTION_STRING as string,
        readModels:
          env.DATABASE_URL === undefined ? { dataDir: env.DATA_DIR } : { databaseUrl: env.DATABASE_URL },
      };
  }
};
