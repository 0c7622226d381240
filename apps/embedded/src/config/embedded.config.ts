import {
  envBoolean,
  envEventStoreKind,
  envLogLevel,
  envPort,
  envPostgresUrl,
  loadConfig,
} from '@qinqing/shared/config';
import type { IdentityOptions } from '@qinqing/shared/identity';
import type { StorageOptions } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

const envMinutes = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

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
    /** Where the built kiosk and console bundles are (npm run build:ui writes them there). */
    UI_DIST_DIR: z.string().min(1).default('dist/apps'),
    FOLLOWER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
    /** How often the appeals deadline scheduler passes over open requests; 0 turns the timer off. */
    APPEALS_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    // Identity and access
    COOKIE_SECURE: envBoolean(false),
    TRUSTED_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== ''),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/u, message: 'expected comma-separated http(s) origins' }))),
    SESSION_IDLE_MINUTES: envMinutes(30, 24 * 60),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    /** Login attempts one network address may make per 10 minutes, across all usernames. */
    LOGIN_ATTEMPTS_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(100),
    LOGIN_LOCK_MINUTES: envMinutes(15, 24 * 60),
    KIOSK_SESSION_IDLE_MINUTES: envMinutes(10, 24 * 60),
    KIOSK_SESSION_ABSOLUTE_MINUTES: envMinutes(120, 24 * 60),
    KIOSK_DEVICE_SESSION_DAYS: z.coerce.number().int().min(1).max(3_650).default(365),
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

export const identityOptions = (config: EmbeddedConfig): IdentityOptions => ({
  cookieSecure: config.COOKIE_SECURE,
  trustedOrigins: config.TRUSTED_ORIGINS,
  staffSession: { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS },
  kiosk: {
    walkInIdleMinutes: config.KIOSK_SESSION_IDLE_MINUTES,
    walkInAbsoluteMinutes: config.KIOSK_SESSION_ABSOLUTE_MINUTES,
    deviceSessionDays: config.KIOSK_DEVICE_SESSION_DAYS,
  },
  lockout: { maxConsecutiveFailures: config.LOGIN_MAX_FAILURES, lockMinutes: config.LOGIN_LOCK_MINUTES },
  loginAttemptsPerClient: { limit: config.LOGIN_ATTEMPTS_PER_CLIENT, windowMinutes: 10 },
  demoData: config.DEMO_DATA,
});
