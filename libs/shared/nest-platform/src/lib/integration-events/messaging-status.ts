/** One line of the followers' status, for readiness and metrics, whichever bus carries the events. */
export interface MessagingStatus {
  readonly name: string;
  readonly running: boolean;
  readonly eventsApplied: number;
  readonly lastError: string | null;
}
