import type { Logger } from '@nestjs/common';

/**
 * A scheduler's timer: one pass every `intervalMs` (0: never — tests call the pass themselves), never two at
 * once, errors logged rather than thrown into the timer, and on stop the pass under way is awaited. The pass
 * itself must be idempotent (its deciders refuse what is done already), so another process or a retry is safe.
 */
export class PeriodicPass {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer !== null) return;
    this.timer = setInterval(() => void this.runSafely(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async runSafely(): Promise<void> {
    if (this.running !== null) return;
    this.running = this.pass()
      .catch((error: unknown) => this.logger.error(error))
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
