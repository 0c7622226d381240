import { HttpException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the budget, refuses the next attempt with the wait, and forgets after the window', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i++) limiter.consume('client-a');
    expect(() => limiter.consume('client-a')).toThrow(HttpException);
    try {
      limiter.consume('client-a');
    } catch (error) {
      expect((error as HttpException).getStatus()).toBe(429);
      expect((error as HttpException).getResponse()).toMatchObject({ retryAfterSeconds: 60 });
    }
    expect(() => limiter.consume('client-b')).not.toThrow();
    now = 60_000;
    expect(() => limiter.consume('client-a')).not.toThrow();
  });
});
