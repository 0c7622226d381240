import { Logger } from '@nestjs/common';
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

describe('PeriodicPass', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one pass for a burst of soon() calls', async () => {
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent);

    timer.soon();
    timer.soon();
    timer.soon();
    await vi.advanceTimersByTimeAsync(50);

    expect(work.runs()).toBe(1);
    await work.finish();
  });

  it('runs once more after the pass under way when asked meanwhile, never two at once', async () => {
    const work = controlledPass();
    const timer = new PeriodicPass(work.pass, silent);
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
    const timer = new PeriodicPass(work.pass, silent);
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
    const timer = new PeriodicPass(async () => {
      runs++;
      throw new Error('store unavailable');
    }, silent);
    timer.start(1_000);

    await vi.advanceTimersByTimeAsync(2_000);

    expect(runs).toBe(2);
    expect(error).toHaveBeenCalledTimes(2);
    await timer.stop();
  });
});
