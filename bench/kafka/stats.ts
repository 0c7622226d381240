/** Latency figures of one pipeline, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Nearest-rank percentile (0 < p ≤ 100) of ascending `sorted`; NaN when empty. */
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1] as number;
};

export const summarize = (samples: readonly number[]): LatencySummary => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
    mean: sorted.length === 0 ? Number.NaN : sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
};

/**
 * Send-to-effect latency: the time each message was due (set before it is sent) and the time its effect
 * was observed. Measured from the due time, not from when the sender got round to it, so a sender
 * falling behind shows up in the figures instead of hiding in a queue (coordinated omission).
 */
export class LatencyRecorder {
  private readonly due = new Map<string, { readonly at: number; readonly measured: boolean }>();
  private readonly samples: number[] = [];
  private unexpected = 0;

  /** Registers a message before it is sent; only `measured` ones (after the warm-up) become samples. */
  expect(id: string, dueAt: number, measured: boolean): void {
    this.due.set(id, { at: dueAt, measured });
  }

  /** The effect of message `id` became visible at `at` (same clock as `expect`). */
  arrived(id: string, at: number): void {
    const entry = this.due.get(id);
    if (entry === undefined) {
      this.unexpected++; // a duplicate, or a message of another run
      return;
    }
    this.due.delete(id);
    if (entry.measured) this.samples.push(at - entry.at);
  }

  /** Measured messages whose effect has not been seen yet. */
  outstanding(): number {
    let n = 0;
    for (const entry of this.due.values()) if (entry.measured) n++;
    return n;
  }

  isOutstanding(id: string): boolean {
    return this.due.has(id);
  }

  /** Arrivals of ids never expected or already seen. */
  get duplicates(): number {
    return this.unexpected;
  }

  summary(): LatencySummary {
    return summarize(this.samples);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done` every 20 ms; false if it did not hold within `timeoutMs`. */
export const waitUntil = async (done: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
};
