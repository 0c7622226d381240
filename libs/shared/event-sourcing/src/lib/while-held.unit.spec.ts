import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeaseState, SingleProcessLeases } from './lease.port';
import { WhileHeld } from './while-held';

/** An activity that records its transitions; each start finishes when the test says so. */
const recorded = () => {
  const log: string[] = [];
  const pendingStarts: (() => void)[] = [];
  let failStarts = 0;
  return {
    log,
    failNextStarts: (n: number) => {
      failStarts = n;
    },
    finishStart: async () => {
      await vi.advanceTimersByTimeAsync(0);
      pendingStarts.splice(0).forEach((finish) => finish());
      await vi.advanceTimersByTimeAsync(0);
    },
    activity: {
      start: () =>
        new Promise<void>((resolve, reject) => {
          log.push('start');
          if (failStarts > 0) {
            failStarts--;
            reject(new Error('broker away'));
            return;
          }
          pendingStarts.push(resolve);
        }),
      stop: async () => {
        log.push('stop');
      },
    },
  };
};

describe('WhileHeld', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts the activity when the lease is taken and stops it when the lease is lost', async () => {
    const lease = new LeaseState('qinqing.test-service.followers');
    const work = recorded();
    const leased = new WhileHeld(lease, work.activity, () => undefined);

    await leased.follow();
    expect(work.log).toEqual([]);

    lease.set(true);
    await work.finishStart();
    expect(leased.isActive).toBe(true);

    lease.set(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(work.log).toEqual(['start', 'stop']);
    expect(leased.isActive).toBe(false);
  });

  it('stops right after a start that was under way when the lease was lost: never left running', async () => {
    const lease = new LeaseState('qinqing.test-service.followers');
    const work = recorded();
    const leased = new WhileHeld(lease, work.activity, () => undefined);

    lease.set(true);
    await vi.advanceTimersByTimeAsync(0);
    lease.set(false);
    await work.finishStart();

    expect(work.log).toEqual(['start', 'stop']);
    expect(leased.isActive).toBe(false);
  });

  it('rejects the follow() whose start failed, and tries again after a pause while the lease is held', async () => {
    const lease = new LeaseState('qinqing.test-service.followers');
    lease.set(true);
    const work = recorded();
    const errors: unknown[] = [];
    const leased = new WhileHeld(lease, work.activity, (error) => errors.push(error), 2_000);
    work.failNextStarts(2);

    await expect(leased.follow()).rejects.toThrow('broker away');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    await work.finishStart();

    expect(work.log).toEqual(['start', 'start', 'start']);
    expect(leased.isActive).toBe(true);
    await leased.close();
    expect(work.log.at(-1)).toBe('stop');
  });

  it('on close stops the activity and follows the lease no more', async () => {
    const leases = new SingleProcessLeases();
    const lease = leases.lease('qinqing.platform.followers');
    await leases.start();
    const work = recorded();
    const leased = new WhileHeld(lease, work.activity, () => undefined);
    const following = leased.follow();
    await work.finishStart();
    await following;

    await leased.close();
    await leases.stop();
    await leases.start();
    await vi.advanceTimersByTimeAsync(0);

    expect(work.log).toEqual(['start', 'stop']);
  });
});
