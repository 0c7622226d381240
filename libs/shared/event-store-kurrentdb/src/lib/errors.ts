/**
 * An event in KurrentDB that this adapter cannot turn into a RecordedEvent: not JSON, or metadata without our
 * envelope. Raised rather than skipped, because a reader that silently drops history computes wrong state.
 */
export class MalformedStoredEventError extends Error {
  override readonly name = 'MalformedStoredEventError';
  constructor(
    readonly streamName: string,
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(`KurrentDB event ${eventId} in ${streamName}: ${reason}`);
  }
}
