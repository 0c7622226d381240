/** How much work a gate lets run at once, and how much it lets wait. */
export interface GateLimits {
  readonly concurrent: number;
  readonly queued: number;
}

/**
 * A semaphore with a bounded queue, for work that is costly whoever asks (a memory-hard hash): at most
 * `concurrent` tasks run, at most `queued` wait in arrival order, and anything beyond is refused at once
 * with the caller's error — no key, no address, nothing about who asked. Held in memory, per process.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: GateLimits) {}

  /** Runs the task now or after those ahead of it; rejects with `whenFull()` when the queue is full. */
  run<T>(task: () => Promise<T>, whenFull: () => Error): Promise<T> {
    if (this.running < this.limits.concurrent) {
      this.running += 1;
      return this.execute(task);
    }
    if (this.waiting.length >= this.limits.queued) return Promise.reject(whenFull());
    return new Promise<void>((admitted) => this.waiting.push(admitted)).then(() => this.execute(task));
  }

  /** Tasks running and waiting now (for tests and metrics). */
  load(): { readonly running: number; readonly waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private async execute<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } finally {
      // The slot passes to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next === undefined) this.running -= 1;
      else next();
    }
  }
}
