import { HttpException, HttpStatus } from '@nestjs/common';

export interface RateLimit {
  /** Attempts allowed per key within the window. */
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * A fixed-window counter per key, in memory. Enough for one process (the embedded app, or a gateway in
 * front of the services); several processes each enforce their own budget, which only loosens the limit
 * by the number of processes.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly rule: RateLimit,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** Counts an attempt; throws 429 with the seconds to wait when the key is over its budget. */
  consume(key: string): void {
    const now = this.nowMs();
    const current = this.windows.get(key);
    const window =
      current === undefined || now - current.startedAt >= this.rule.windowMs
        ? { startedAt: now, count: 0 }
        : current;
    window.count++;
    this.windows.set(key, window);
    if (this.windows.size > 50_000) this.prune(now);
    if (window.count > this.rule.limit) {
      const retryAfterSeconds = Math.ceil((window.startedAt + this.rule.windowMs - now) / 1000);
      throw new HttpException(
        {
          error: 'rate-limited',
          message: {
            zh: `尝试次数过多，请${retryAfterSeconds}秒后再试`,
            en: `Too many attempts; try again in ${retryAfterSeconds} seconds`,
          },
          retryAfterSeconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.rule.windowMs) this.windows.delete(key);
    }
  }
}
