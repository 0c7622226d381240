import { Logger } from '@nestjs/common';
import { LeaseState } from '@qinqing/shared/event-sourcing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PeriodicPass } from './periodic-pass';

/** A pass that counts its runs and finishes when told to. */
const controlledPass = () => {
  let runs = 0;
  const finishers: (() => void)[] = [];
  return {
    runs: () => runs,
    pass: () => {
      runs++;
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
    finish: async () => {
      finishers.splice(0).forEach((resolve) => resolve());
      await vi.advanceTimersByTimeAsync(0);
    },
  };
};

const silent = new Logger('test');

/** The schedulers lease as a process alone with its store holds it. */
const held = (): LeaseState => {
  const lease = new LeaseState('qinqing.test-service.schedulers');
  lease.set(true);
  return lease;
};

describe('PeriodicPass', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one pass for a burst of soon() calls', async () => {
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent, held());

    timer.soon();
    timer.soon();
    timer.soon();
    await vi.advanceTimersByTimeAsync(50);

    expect(work.runs()).toBe(1);
    await work.finish();
  });

  it('runs once more after the pass under way when asked meanwhile, never two at once', async () => {
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent, held());
    timer.start(1_000);

    await vi.advanceTimersByTimeAsync(1_000);
    timer.soon();
    await vi.advanceTimersByTimeAsync(50);
    expect(work.runs()).toBe(1);

    await work.finish();
    expect(work.runs()).toBe(2);
    await work.finish();
    await timer.stop();
  });

  it('starts nothing after stop, and stop waits for the pass under way', async () => {
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent, held());
    timer.start(1_000);
    await vi.advanceTimersByTimeAsync(1_000);

    let stopped = false;
    const stopping = timer.stop().then(() => (stopped = true));
    timer.soon();
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    await work.finish();
    await stopping;
    await vi.advanceTimersByTimeAsync(5_000);

    expect(stopped).toBe(true);
    expect(work.runs()).toBe(1);
  });

  it('logs a failed pass instead of throwing it into the timer, and goes on', async () => {
    const error = vi.spyOn(silent, 'error').mockImplementation(() => undefined);
    let runs = 0;
    const timer = new PeriodicPass(
      async () => {
        runs++;
        throw new Error('store unavailable');
      },
      silent,
      held(),
    );
    timer.start(1_000);

    await vi.advanceTimersByTimeAsync(2_000);

    expect(runs).toBe(2);
    expect(error).toHaveBeenCalledTimes(2);
    await timer.stop();
  });

  it('runs timer passes only while it holds the lease: a standby ticks idle and takes over at its next tick', async () => {
    const lease = new LeaseState('qinqing.test-service.schedulers');
    let runs = 0;
    const timer = new PeriodicPass(
      async () => {
        runs++;
      },
      silent,
      lease,
    );
    timer.start(1_000);

    await vi.advanceTimersByTimeAsync(3_000);
    expect(runs).toBe(0);

    lease.set(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);

    lease.set(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(runs).toBe(1);
    await timer.stop();
  });

  it('lets a soon() on a standby go (the holder’s timer finds the work) and honours it on the holder', async () => {
    const lease = new LeaseState('qinqing.test-service.schedulers');
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent, lease);

    timer.soon();
    await vi.advanceTimersByTimeAsync(50);
    expect(work.runs()).toBe(0);

    lease.set(true);
    timer.soon();
    await vi.advanceTimersByTimeAsync(50);
    expect(work.runs()).toBe(1);
    await work.finish();
  });

  it('finishes the pass under way when the lease is lost, and starts no queued one after it', async () => {
    const lease = held();
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent, lease);
    timer.start(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    timer.soon();
    await vi.advanceTimersByTimeAsync(50);

    lease.set(false);
    await work.finish();
    await vi.advanceTimersByTimeAsync(3_000);

    expect(work.runs()).toBe(1);
    await timer.stop();
  });

  it('runs runNow() after the pass under way, and once for each call, resolving with each result', async () => {
    let runs = 0;
    const finishers: (() => void)[] = [];
    const timer = new PeriodicPass(
      () => new Promise<number>((resolve) => finishers.push(() => resolve(++runs))),
      silent,
      held(),
    );
    timer.start(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(finishers).toHaveLength(1);

    const first = timer.runNow();
    const second = timer.runNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(finishers).toHaveLength(1);

    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(finishers).toHaveLength(1);
    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    finishers.shift()?.();

    expect(await first).toBe(2);
    expect(await second).toBe(3);
    await timer.stop();
  });

  it('gives runNow()’s failure to its caller, and runs the next pass after it all the same', async () => {
    let runs = 0;
    const timer = new PeriodicPass(
      async () => {
        runs++;
        if (runs === 1) throw new Error('store unavailable');
        return runs;
      },
      silent,
      held(),
    );

    await expect(timer.runNow()).rejects.toThrow('store unavailable');
    expect(await timer.runNow()).toBe(2);
  });

  it('tells a pass under way that stop was asked for, and stop waits for a runNow() pass', async () => {
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent, held());
    const pass = timer.runNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(timer.stopped).toBe(false);

    let stopped = false;
    const stopping = timer.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(timer.stopped).toBe(true);
    expect(stopped).toBe(false);

    await work.finish();
    await pass;
    await stopping;
    expect(stopped).toBe(true);
  });
});
