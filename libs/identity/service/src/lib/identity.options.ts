import type { FailureThrottlePolicy } from '@qinqing/shared/nest-platform';

/**
 * How guessing a credential is slowed: consecutive failures per (account or device, client address) get
 * growing delays, and failures per client address across all accounts have a ceiling per hour.
 */
export interface CredentialThrottleOptions extends FailureThrottlePolicy {
  /** Failures one network address may make per hour, whatever the usernames; past it, 429 for the hour. */
  readonly failuresPerClientPerHour: number;
}

/** A fixed budget per period: `points` attempts per `minutes`. */
export interface AttemptAllowance {
  readonly points: number;
  readonly minutes: number;
}

/** How identity behaves in one deployment; each app builds this from its validated config. */
export interface IdentityOptions {
  /** Mark cookies `Secure` (sent over HTTPS only). Must be true wherever the platform is served over TLS. */
  readonly cookieSecure: boolean;
  readonly staffSession: {
    /** Ends after this long without a request. *Default* 30 minutes. */
    readonly idleMinutes: number;
    /** Ends this long after login whatever the activity. *Default* 12 hours. */
    readonly absoluteHours: number;
  };
  readonly kiosk: {
    /** A walk-in session ends after this long untouched. *Default* 10 minutes. */
    readonly walkInIdleMinutes: number;
    /** …and at most this long after it started. *Default* 120 minutes. */
    readonly walkInAbsoluteMinutes: number;
    /** A provisioned kiosk stays signed in this long (it is re-provisioned with its credential after). */
    readonly deviceSessionDays: number;
  };
  /**
   * Staff logins. *Defaults*: 5 free consecutive failures per (username, address), then waits of 5 s
   * doubling to at most 15 minutes, forgotten a day after the first failure or at a success; 100 failures
   * per address per hour. Never a lock: the account stays usable from everywhere else.
   */
  readonly loginThrottle: CredentialThrottleOptions;
  /** Kiosk device credentials, the same way per (device id, address). *Defaults* as logins, 20 per hour per address. */
  readonly deviceCredentialThrottle: CredentialThrottleOptions;
  /**
   * The keys that verify walk-in proofs (the liaison context signs one when a walk-in typed back the code sent
   * to its enterprise's registered phone): the identity-token secrets shared with the services, current then
   * previous (gateway), or none for a random key made at start (the one-process app, where signer and verifier
   * share the process).
   */
  readonly walkInProofSecrets: readonly string[];
  /**
   * Walk-in identifications (a walk-in proof handed to identity), per kiosk device first, then per network
   * address with a higher ceiling so that a centre whose kiosks share one address is not stopped together.
   * *Defaults* 20 per device and 100 per address per 10 minutes.
   */
  readonly identification: { readonly perDevice: AttemptAllowance; readonly perAddress: AttemptAllowance };
  /**
   * Origins other than the API's own that may send state-changing requests (e.g. a dev server on another
   * port). Exact `scheme://host[:port]` strings.
   */
  readonly trustedOrigins: readonly string[];
  /** Seed the demo organisation units, accounts and kiosks into an empty store at start. */
  readonly demoData: boolean;
  /**
   * Paths that need no access declaration: platform infrastructure outside the /api prefix, which
   * orchestrators and Prometheus call without credentials.
   */
  readonly infrastructurePaths?: readonly string[];
}

export const DEFAULT_INFRASTRUCTURE_PATHS = ['/healthz', '/readyz', '/metrics'] as const;

export const DEFAULT_LOGIN_THROTTLE: CredentialThrottleOptions = {
  freeFailures: 5,
  firstDelaySeconds: 5,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
  failuresPerClientPerHour: 100,
};

export const DEFAULT_IDENTITY_OPTIONS: IdentityOptions = {
  cookieSecure: false,
  staffSession: { idleMinutes: 30, absoluteHours: 12 },
  kiosk: { walkInIdleMinutes: 10, walkInAbsoluteMinutes: 120, deviceSessionDays: 365 },
  loginThrottle: DEFAULT_LOGIN_THROTTLE,
  deviceCredentialThrottle: { ...DEFAULT_LOGIN_THROTTLE, failuresPerClientPerHour: 20 },
  identification: { perDevice: { points: 20, minutes: 10 }, perAddress: { points: 100, minutes: 10 } },
  trustedOrigins: [],
  walkInProofSecrets: [],
  demoData: false,
};
