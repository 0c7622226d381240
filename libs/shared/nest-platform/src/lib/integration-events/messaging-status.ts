/** One line of the followers' status, for readiness and metrics, whichever bus carries the events. */
export interface MessagingStatus {
  readonly name: string;
  readonly running: boolean;
  readonly eventsApplied: number;
  readonly lastError: string | null;
  /**
   * Set while the follower waits for a lease another replica holds (projections, the relay, embedded
   * consumers): not running is then no fault.
   */
  readonly standby?: boolean;
}
