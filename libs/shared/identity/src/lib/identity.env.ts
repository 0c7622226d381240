import { envBoolean } from '@qinqing/shared/config';
import { envOriginList } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import type { IdentityOptions } from './identity.options';

const envMinutes = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * The variables of identity and access, read by whichever app authenticates people: the one-process app,
 * or the gateway of the distributed mode.
 */
export const identityEnv = {
  COOKIE_SECURE: envBoolean(false),
  TRUSTED_ORIGINS: envOriginList,
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
};

export type IdentityEnv = z.infer<z.ZodObject<typeof identityEnv>>;

export const identityOptionsOf = (env: IdentityEnv & { readonly DEMO_DATA: boolean }): IdentityOptions => ({
  cookieSecure: env.COOKIE_SECURE,
  trustedOrigins: env.TRUSTED_ORIGINS,
  staffSession: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
  kiosk: {
    walkInIdleMinutes: env.KIOSK_SESSION_IDLE_MINUTES,
    walkInAbsoluteMinutes: env.KIOSK_SESSION_ABSOLUTE_MINUTES,
    deviceSessionDays: env.KIOSK_DEVICE_SESSION_DAYS,
  },
  lockout: { maxConsecutiveFailures: env.LOGIN_MAX_FAILURES, lockMinutes: env.LOGIN_LOCK_MINUTES },
  loginAttemptsPerClient: { limit: env.LOGIN_ATTEMPTS_PER_CLIENT, windowMinutes: 10 },
  demoData: env.DEMO_DATA,
});
