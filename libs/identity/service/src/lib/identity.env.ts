import { envBoolean } from '@qinqing/shared/config';
import { envOriginList } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import { DEFAULT_IDENTITY_OPTIONS, DEFAULT_LOGIN_THROTTLE, type IdentityOptions } from './identity.options';

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
  /** Consecutive failed logins per (username, address) answered without a wait. */
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** The longest wait a run of failed logins grows to. */
  LOGIN_MAX_DELAY_MINUTES: envMinutes(15, 24 * 60),
  /** Failed logins one network address may make per hour, across all usernames. */
  LOGIN_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(100),
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
  loginThrottle: {
    ...DEFAULT_LOGIN_THROTTLE,
    freeFailures: env.LOGIN_FREE_FAILURES,
    maxDelaySeconds: env.LOGIN_MAX_DELAY_MINUTES * 60,
    failuresPerClientPerHour: env.LOGIN_FAILURES_PER_CLIENT,
  },
  deviceCredentialThrottle: DEFAULT_IDENTITY_OPTIONS.deviceCredentialThrottle,
  identification: DEFAULT_IDENTITY_OPTIONS.identification,
  walkInProofSecrets: DEFAULT_IDENTITY_OPTIONS.walkInProofSecrets,
  demoData: env.DEMO_DATA,
});
