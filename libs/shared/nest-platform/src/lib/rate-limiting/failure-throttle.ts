import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { limiterKey, type RateLimitStore } from './rate-limit-store';

export interface FailureThrottlePolicy {
  /** Consecutive failures answered without any wait. */
  readonly freeFailures: number;
  /** The wait after the first failure past the free ones; each further failure doubles it… */
  readonly firstDelaySeconds: number;
  /** …up to this. */
  readonly maxDelaySeconds: number;
  /** A key's failures are forgotten this long after the first of them (or at the next success). */
  readonly forgetAfterSeconds: number;
}

/**
 * The wait imposed after the `failures`-th consecutive failure: none while free, then exponential back-off
 * (OWASP Authentication Cheat Sheet: throttle with growing delays rather than lock the account).
 */
export const delayAfterFailures = (failures: number, policy: FailureThrottlePolicy): number => {
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return 0;
  // 2 ** 30 already exceeds any sensible cap; the exponent is bounded so the number stays finite.
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** Math.min(beyond - 1, 30));
};

/**
 * Consecutive-failure protection, after rate-limiter-flexible's "login endpoint protection" pattern: one
 * limiter counts a key's consecutive failures (deleted on success), a second holds the key back for a
 * growing delay after each failure past the free ones (the library's `block`). While a key is held back
 * every attempt is refused before it is checked — right or wrong — so the answer never tells a guesser
 * that he guessed right.
 */
export class FailureThrottle {
  private readonly failures: RateLimiterAbstract;
  private readonly holds: RateLimiterAbstract;

  constructor(
    private readonly store: RateLimitStore,
    private readonly name: string,
    private readonly policy: FailureThrottlePolicy,
  ) {
    this.failures = store.limiter({
      name: `${name}:failures`,
      // Never "over budget": this limiter only counts; `holds` does the refusing.
      points: 1_000_000,
      durationSeconds: policy.forgetAfterSeconds,
    });
    this.holds = store.limiter({ name: `${name}:hold`, points: 1, durationSeconds: policy.maxDelaySeconds });
  }

  /** Seconds the key must still wait before its next attempt is even checked; 0 when it may try. */
  async waitSeconds(...keyParts: readonly string[]): Promise<number> {
    const hold = await this.holds.get(limiterKey(...keyParts));
    return hold !== null && hold.consumedPoints > 1 ? Math.max(1, Math.ceil(hold.msBeforeNext / 1000)) : 0;
  }

  /** Counts a failure; returns the wait now imposed on the key (0 while its failures are free). */
  async recordFailure(...keyParts: readonly string[]): Promise<number> {
    const key = limiterKey(...keyParts);
    const counted = await this.failures.penalty(key, 1);
    const delay = delayAfterFailures(counted.consumedPoints, this.policy);
    if (delay > 0) await this.holds.block(key, delay);
    return delay;
  }

  /** The key succeeded: its count starts again (a hold already served is over anyway). */
  async reset(...keyParts: readonly string[]): Promise<void> {
    const key = limiterKey(...keyParts);
    await Promise.all([this.failures.delete(key), this.holds.delete(key)]);
  }

  /** Every key whose first part is `firstPart` starts again, from whichever address (an administrator's act). */
  async resetAllOf(firstPart: string): Promise<void> {
    await this.store.forgetAllOf(`${this.name}:failures`, firstPart);
    await this.store.forgetAllOf(`${this.name}:hold`, firstPart);
  }

  /** How many consecutive failures the key has now (for tests and logs). */
  async failureCount(...keyParts: readonly string[]): Promise<number> {
    const counted: RateLimiterRes | null = await this.failures.get(limiterKey(...keyParts));
    return counted?.consumedPoints ?? 0;
  }
}
