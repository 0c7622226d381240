/**
 * A budget of `points` per window of `windowMs`, for all callers together, in memory: windows are aligned to
 * the clock (each minute from :00), so all it holds is the current window's start and a count — never when
 * any one point was taken, nor by whom.
 */
export class FixedWindowBudget {
  private windowStart = Number.NEGATIVE_INFINITY;
  private taken = 0;

  constructor(
    private readonly points: number,
    private readonly windowMs: number,
  ) {}

  /** Takes one point; 0 when it was there, else the seconds until the next window opens (nothing taken). */
  take(nowMs: number): number {
    const start = Math.floor(nowMs / this.windowMs) * this.windowMs;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.taken = 0;
    }
    if (this.taken >= this.points) return Math.max(1, Math.ceil((start + this.windowMs - nowMs) / 1000));
    this.taken += 1;
    return 0;
  }
}
