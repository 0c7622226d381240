import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { type LimiterRule, limiterKey, type RateLimitStore } from './rate-limit-store';

/** How long a key must wait, from the library's answer; 0 when it may go on. */
const secondsToWait = (answer: RateLimiterRes | null, points: number): number =>
  answer !== null && answer.consumedPoints > points ? Math.ceil(answer.msBeforeNext / 1000) : 0;

/**
 * A fixed budget of attempts per key and period: past `points` the key is refused until its period (or
 * its block) ends. The counting itself is rate-limiter-flexible's, atomic in the store.
 */
export class AttemptBudget {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    store: RateLimitStore,
    private readonly rule: LimiterRule,
  ) {
    this.limiter = store.limiter(rule);
  }

  /** Counts one attempt; the seconds to wait when the key is over its budget, else 0. */
  async consume(...keyParts: readonly string[]): Promise<number> {
    try {
      await this.limiter.consume(limiterKey(...keyParts));
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, secondsToWait(refusal, this.rule.points));
      throw refusal;
    }
  }

  /** The seconds to wait before the key may try again, without counting anything. */
  async waitSeconds(...keyParts: readonly string[]): Promise<number> {
    return secondsToWait(await this.limiter.get(limiterKey(...keyParts)), this.rule.points);
  }

  async reset(...keyParts: readonly string[]): Promise<void> {
    await this.limiter.delete(limiterKey(...keyParts));
  }
}
