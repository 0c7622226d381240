export const APPEALS_SCHEDULER_OPTIONS = Symbol('AppealsSchedulerOptions');

export interface AppealsSchedulerOptions {
  /** How often the scheduler passes over open requests; 0 disables the timer (tests call `tick()`). */
  readonly intervalMs: number;
}
