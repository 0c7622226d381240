import { performance } from 'node:perf_hooks';

export interface PacedOptions {
  readonly ratePerSecond: number;
  readonly warmupMs: number;
  readonly measureMs: number;
  /** Sends allowed in flight at once (1: strictly one after another). */
  readonly maxInFlight: number;
  /** Sends message `index`, due at `dueAt` (performance.now() clock); `measured` after the warm-up. */
  readonly send: (index: number, dueAt: number, measured: boolean) => Promise<void>;
}

export interface PacedRun {
  readonly sent: number;
  readonly measured: number;
  /** Sends that started more than 10 ms after they were due (the sender could not keep the rate). */
  readonly late: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open-loop load at a fixed rate: message i is due at start + i / rate, whatever happened to earlier ones.
 * A timer that fires late sends every message that is due at once; a failed send fails the run.
 */
export const runPaced = async (options: PacedOptions): Promise<PacedRun> => {
  const interval = 1000 / options.ratePerSecond;
  const warmup = Math.round(options.warmupMs / interval);
  const total = warmup + Math.round(options.measureMs / interval);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let late = 0;
  const start = performance.now();
  for (let i = 0; i < total && failure === null; i++) {
    const dueAt = start + i * interval;
    const wait = dueAt - performance.now();
    if (wait >= 1) await sleep(wait);
    while (inFlight.size >= options.maxInFlight) await Promise.race(inFlight);
    if (performance.now() - dueAt > 10) late++;
    const sending: Promise<void> = options
      .send(i, dueAt, i >= warmup)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }
  await Promise.all(inFlight);
  if (failure !== null) throw failure;
  return { sent: total, measured: total - warmup, late };
};
