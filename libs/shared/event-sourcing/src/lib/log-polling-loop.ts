import type { LogCursor } from './envelope';
import type { EventStore } from './event-store.port';

export interface LogPollingLoopOptions {
  readonly store: EventStore;
  /** One batch: > 0 events handled, 0 nothing new, < 0 lost a race and must re-read. */
  readonly step: () => Promise<number>;
  /** Fallback poll when no in-process append woke the loop (appends from other processes). */
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
  /**
   * Where the loop's owner stands in the log (its checkpoint as last read or saved; null before the first
   * event). With it, `drain` waits until everything appended in this process before the call is behind it.
   */
  readonly reached?: () => LogCursor | null;
  /**
   * The event types the owner takes, when known: an in-process append of none of them does not wake the loop
   * (the owner would only pass over it; the next poll does that). Absent: every append wakes it.
   */
  readonly wakesFor?: readonly string[];
  /**
   * Whether the last step's read came back short of a full window, i.e. it read everything readable then. A
   * pass ends on such a step instead of reading once more to find nothing (which doubled the reads behind
   * every append); an append in this process meanwhile still makes the loop pass again.
   */
  readonly readToEnd?: () => boolean;
}

/**
 * Longest pause after failed passes. Short, because what failed is usually a dependency coming back (the Kafka
 * relay after a broker restart): with 30 s, events flowed again up to 30 s after the broker was back.
 */
export const MAX_BACKOFF_MS = 5_000;

/** How long `drain` waits for an event appended here to become readable before it gives up. */
export const DRAIN_HORIZON_WAIT_MS = 60_000;

/**
 * The loop every follower of the global log runs (projections, consumers, the Kafka relay): drain the log
 * batch by batch, then sleep until an in-process append wakes it or the poll interval passes; after a failed
 * pass, back off exponentially, at most MAX_BACKOFF_MS, and try again.
 *
 * Steps never overlap: a `drain()` called while the loop runs (a seeder settling the read models at start)
 * queues its steps behind the loop's. Two steps at once would both start from the same checkpoint — for the
 * Kafka relay, the same batch sent twice.
 *
 * `drain()` is a promise about this process's own appends: on PostgreSQL an event is readable only once no
 * older transaction is still open anywhere in the cluster (docs/architecture.md, "the global log without
 * gaps"), so an append that has committed can still be invisible for a moment. `drain()` therefore keeps
 * stepping until the owner has reached the last event appended here before the call.
 */
export class LogPollingLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** An in-process append came while the loop was passing over the log (not sleeping): pass again. */
  private appendedDuringPass = false;
  private unsubscribe: (() => void) | null = null;
  private lastErrorMessage: string | null = null;
  /** The step in progress (or the last one), which the next step waits for. */
  private stepping: Promise<unknown> = Promise.resolve();
  /** The last event appended in this process, as far as this loop has heard (or the store remembers). */
  private lastAppended: LogCursor | null;
  private readonly wakesFor: ReadonlySet<string> | null;
  /** How many holds are on the loop's wakes (`holdWakes`), and whether an append came meanwhile. */
  private holds = 0;
  private wokenWhileHeld = false;

  constructor(private readonly options: LogPollingLoopOptions) {
    this.wakesFor = options.wakesFor === undefined ? null : new Set(options.wakesFor);
    this.lastAppended = options.store.lastAppended?.() ?? null;
    options.store.onAppended((last) => {
      if (this.lastAppended === null || options.store.compareCursors(last, this.lastAppended) > 0) {
        this.lastAppended = last;
      }
    });
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** The message of the last pass's failure; null once a pass succeeds. */
  get lastError(): string | null {
    return this.lastErrorMessage;
  }

  /**
   * Runs `step` until the log has nothing new and the owner has reached every event appended in this
   * process before the call; resolves with the number of events handled.
   */
  async drain(): Promise<number> {
    const target = this.lastAppended;
    const giveUpAt = Date.now() + DRAIN_HORIZON_WAIT_MS;
    let total = await this.drainVisible();
    while (!this.hasReached(target)) {
      if (Date.now() > giveUpAt) {
        throw new Error(
          `Event ${target} was appended here but is still not readable after ${DRAIN_HORIZON_WAIT_MS} ms: ` +
            'a long transaction elsewhere in the cluster is holding the log horizon back',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      total += await this.drainVisible();
    }
    return total;
  }

  /** Runs `step` until the log has nothing new that is readable now (or a step says it read to the end). */
  private async drainVisible(): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await this.step();
      if (handled === 0) return total;
      if (handled > 0) total += handled;
      if (handled > 0 && this.options.readToEnd?.() === true) return total;
    }
  }

  private hasReached(target: LogCursor | null): boolean {
    if (target === null || this.options.reached === undefined) return true;
    const reached = this.options.reached();
    return reached !== null && this.options.store.compareCursors(reached, target) >= 0;
  }

  private step(): Promise<number> {
    return this.serialised(this.options.step);
  }

  /** Runs `work` after the step in progress and before the next: never at once with a step of this loop. */
  serialised<T>(work: () => Promise<T>): Promise<T> {
    const done = this.stepping.then(() => work());
    this.stepping = done.catch(() => undefined);
    return done;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.store.onAppended((_last, eventTypes) => {
      if (this.wakesFor !== null && !eventTypes.some((type) => this.wakesFor?.has(type))) return;
      if (this.holds > 0) {
        this.wokenWhileHeld = true;
        return;
      }
      this.appendedDuringPass = true;
      this.wake?.();
    });
    this.loop = this.run();
  }

  /**
   * Until the returned release is called, an in-process append does not wake the loop (the poll interval
   * still does); at the release, one that came meanwhile wakes it once. For a burst of appends that nothing
   * reads until it is over (a seeder's history), which the loop then reads in a few wide passes instead of
   * one pass per append. `drain` is not held.
   */
  holdWakes(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      if (this.holds > 0 || !this.wokenWhileHeld) return;
      this.wokenWhileHeld = false;
      this.appendedDuringPass = true;
      this.wake?.();
    };
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      this.appendedDuringPass = false;
      try {
        await this.drainVisible();
        failures = 0;
        this.lastErrorMessage = null;
      } catch (error) {
        failures++;
        this.lastErrorMessage = error instanceof Error ? error.message : String(error);
        this.options.onError?.(error);
      }
      if (!this.running) break;
      // An append during the pass may have committed after its last read: sleeping now would leave the
      // event until the next append or the poll interval. (After a failure, back off all the same.)
      if (failures === 0 && this.appendedDuringPass) continue;
      const pause =
        failures === 0 ? (this.options.pollIntervalMs ?? 500) : Math.min(MAX_BACKOFF_MS, 200 * 2 ** failures);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}
