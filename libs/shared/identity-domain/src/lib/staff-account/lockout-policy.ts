/**
 * How many consecutive failed logins lock an account, and for how long. *Defaults* 5 and 15 minutes (ours;
 * the sources set none); each jurisdiction configures its own.
 */
export interface LockoutPolicy {
  readonly maxConsecutiveFailures: number;
  readonly lockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxConsecutiveFailures: 5, lockMinutes: 15 };
