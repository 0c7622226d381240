import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayAfterFailures, type FailureThrottlePolicy } from './failure-throttle';

const policy: FailureThrottlePolicy = {
  freeFailures: 5,
  firstDelaySeconds: 5,
  maxDelaySeconds: 900,
  forgetAfterSeconds: 86_400,
};

describe('delayAfterFailures', () => {
  it('lets the free failures through, then doubles the wait up to the cap', () => {
    const waits = Array.from({ length: 12 }, (_, i) => delayAfterFailures(i + 1, policy));
    expect(waits).toEqual([0, 0, 0, 0, 0, 5, 10, 20, 40, 80, 160, 320]);
    expect(delayAfterFailures(14, policy)).toBe(900);
    expect(delayAfterFailures(10_000, policy)).toBe(900);
  });

  it('never shrinks as failures grow, and never passes the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          freeFailures: fc.integer({ min: 0, max: 20 }),
          firstDelaySeconds: fc.integer({ min: 1, max: 120 }),
          maxDelaySeconds: fc.integer({ min: 1, max: 86_400 }),
          forgetAfterSeconds: fc.constant(86_400),
        }),
        fc.integer({ min: 0, max: 5_000 }),
        (any, failures) => {
          const now = delayAfterFailures(failures, any);
          expect(delayAfterFailures(failures + 1, any)).toBeGreaterThanOrEqual(now);
          expect(now).toBeLessThanOrEqual(any.maxDelaySeconds);
          expect(Number.isFinite(now)).toBe(true);
        },
      ),
    );
  });
});
