import { DEFAULT_LOCKOUT_POLICY, type LockoutPolicy } from '@qinqing/shared/identity-domain';

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
  readonly lockout: LockoutPolicy;
  /**
   * Login attempts one client (network address) may make per window, whatever the usernames: the lockout
   * protects one account, this stops one client trying many. *Default* 100 per 10 minutes.
   */
  readonly loginAttemptsPerClient?: { readonly limit: number; readonly windowMinutes: number };
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

export const DEFAULT_IDENTITY_OPTIONS: IdentityOptions = {
  cookieSecure: false,
  staffSession: { idleMinutes: 30, absoluteHours: 12 },
  kiosk: { walkInIdleMinutes: 10, walkInAbsoluteMinutes: 120, deviceSessionDays: 365 },
  lockout: DEFAULT_LOCKOUT_POLICY,
  loginAttemptsPerClient: { limit: 100, windowMinutes: 10 },
  trustedOrigins: [],
  demoData: false,
};
