import { AsyncResource } from 'node:async_hooks';
import type { Logger } from '@nestjs/common';
import type { Lease } from '@qinqing/shared/event-sourcing';

/** How long `soon()` waits, so a burst of deliveries shares one pass. */
const SOON_MS = 20;

/**
 * A scheduler's timer: one pass every `intervalMs` (0: never — tests call the pass themselves) and, on request,
 * one `soon()`; never two at once, errors logged rather than thrown into the timer, and on stop the pass under
 * way is awaited and nothing starts afterwards. The pass itself must be idempotent (its deciders refuse what is
 * done already), so another process or a retry is safe.
 *
 * Passes run only on the replica that holds `lease` (`Leadership.schedulers`; with one process, always): a
 * standby's timer ticks and lets them go, and takes over at its next tick once it holds the lease. A `soon()`
 * on a standby (its consumer recorded work for the pass) is let go too: the holder's next timer pass finds
 * the work, so a user of `soon()` also runs a timer, short enough to be the latency it accepts (1 s today).
 * A pass under way when the lease is lost finishes; none starts after.
 *
 * `runNow()` is a whole pass on request (a flush, a test), queued after the one under way, whoever asked for it.
 *
 * Owners stop it in `beforeApplicationShutdown`: that hook runs before every `onApplicationShutdown`, among them
 * the one that closes the database, so no pass can start on a closed store. A long pass reads `stopped` between
 * its steps and ends early.
 */
export class PeriodicPass<T = unknown> {
  private timer: NodeJS.Timeout | null = null;
  private soonTimer: NodeJS.Timeout | null = null;
  /** The timer's pass under way, if any. */
  private running: Promise<unknown> | null = null;
  /** The last pass queued by anyone (settled, never rejected): the next one starts after it. */
  private latest: Promise<unknown> = Promise.resolve();
  /** A pass was asked for while one ran: run once more after it, for what arrived meanwhile. */
  private again = false;
  private stopRequested = false;
  /** Made with the owner, outside any transaction: the scope `soon()` schedules its pass in. */
  private readonly outsideCallers = new AsyncResource('PeriodicPass');

  constructor(
    private readonly pass: () => Promise<T>,
    private readonly logger: Logger,
    private readonly lease: Lease,
  ) {}

  /** Stop was asked for: a pass under way ends after its current step. */
  get stopped(): boolean {
    return this.stopRequested;
  }

  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer !== null || this.stopped) return;
    this.timer = setInterval(() => void this.runSafely(), intervalMs);
    this.timer.unref();
  }

  /**
   * A pass shortly, e.g. after the caller's transaction has committed; one for a burst of calls. The timer is
   * created in the pass's own async scope, so the pass does not inherit the caller's context — on PGlite, whose
   * one connection refuses a query from inside a transaction, it would otherwise fail.
   */
  soon(): void {
    if (this.stopped || this.soonTimer !== null) return;
    this.outsideCallers.runInAsyncScope(() => {
      this.soonTimer = setTimeout(() => {
        this.soonTimer = null;
        void this.runSafely();
      }, SOON_MS);
      this.soonTimer.unref();
    });
  }

  /**
   * A whole pass after the one under way (the timer's or another caller's), so what was waiting when it was
   * asked for is done when it resolves; its error goes to the caller. Not bound to the lease: the caller chose.
   */
  runNow(): Promise<T> {
    const pass = this.latest.then(() => this.pass());
    this.latest = pass.catch(() => undefined);
    return pass;
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    if (this.timer !== null) clearInterval(this.timer);
    if (this.soonTimer !== null) clearTimeout(this.soonTimer);
    this.timer = null;
    this.soonTimer = null;
    await this.running;
    await this.latest;
  }

  private async runSafely(): Promise<void> {
    if (this.stopped || !this.lease.isHeld()) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.runNow()
      .catch((error: unknown) => this.logger.error(error))
      .finally(() => {
        this.running = null;
      });
    await this.running;
    if (this.again) {
      this.again = false;
      await this.runSafely();
    }
  }
}
