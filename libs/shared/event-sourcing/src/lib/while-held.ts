import type { Lease } from './lease.port';

/** What runs only on the holder of a lease: the relay and projections, say. */
export interface LeasedActivity {
  start(): Promise<void>;
  /** Finishes the work in hand and stops; called only after a `start` that succeeded. */
  stop(): Promise<void>;
}

/** How long a start that failed (a broker away) waits before it is tried again, while the lease is still held. */
export const LEASED_START_RETRY_MS = 2_000;

/**
 * Runs an activity exactly while a lease is held: started when this process takes the lease, stopped as soon as
 * it loses it (its connection died, it was terminated) or on `close`. Transitions happen one after the other,
 * each on the state of the lease when its turn comes, so a lease lost while the activity was starting stops it
 * right after. A background start that fails goes to `onError` and is tried again after a pause.
 */
export class WhileHeld {
  private transitions: Promise<void> = Promise.resolve();
  private active = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly lease: Lease,
    private readonly activity: LeasedActivity,
    private readonly onError: (error: unknown) => void,
    private readonly retryMs = LEASED_START_RETRY_MS,
  ) {
    this.unsubscribe = lease.onChange(() => void this.follow().catch(onError));
  }

  /** Whether the activity runs here now. */
  get isActive(): boolean {
    return this.active;
  }

  /**
   * Brings the activity in line with the lease; resolves once it is, and rejects with the start's error if
   * starting failed (at bootstrap: the app fails as it did before leases, instead of running without its relay).
   */
  follow(): Promise<void> {
    const next = this.transitions.then(() => this.reconcile());
    this.transitions = next.catch(() => undefined);
    return next;
  }

  /** Stops the activity if it runs and follows the lease no more. */
  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    await this.follow();
  }

  private async reconcile(): Promise<void> {
    const wanted = !this.closed && this.lease.isHeld();
    if (wanted === this.active) return;
    if (!wanted) {
      this.active = false;
      await this.activity.stop();
      return;
    }
    try {
      await this.activity.start();
      this.active = true;
    } catch (error) {
      this.retryLater();
      throw error;
    }
  }

  private retryLater(): void {
    if (this.closed || this.retry !== null) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.follow().catch(this.onError);
    }, this.retryMs);
    this.retry.unref();
  }
}
