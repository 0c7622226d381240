/** Who did it and why: carried from the request into every event it causes. */
export interface EventMetadata {
  readonly correlationId: string;
  /**
   * What caused this event: the event a command reacted to, or else the command itself (the id the command
   * handler gave it, the same for every event that command appended). Null only in events recorded before
   * commands had ids, and in events appended outside the command handler.
   */
  readonly causationId: string | null;
  readonly actorId: string;
  readonly actorRole: string;
  /** ISO-8601 instant at which the command was decided. */
  readonly occurredAt: string;
  readonly idempotencyKey?: string;
  /**
   * Digest of the request that carried the idempotency key, so the key cannot be reused for another request
   * (IETF httpapi Idempotency-Key draft). Absent on events recorded before 2026-12, and without a key.
   */
  readonly requestFingerprint?: string;
}

/** An event about to be appended. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** UUIDv7, so ids sort by creation time. */
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/**
 * Opaque position in the global log, handed back to `readAll` to continue after an event.
 * Its shape belongs to the store adapter (PostgreSQL: transaction id and position; KurrentDB: commit/prepare).
 */
export type LogCursor = string & { readonly __logCursor: true };

/** An event as stored: the envelope around the data. */
export interface RecordedEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  readonly streamId: string;
  /** 0-based position of the event within its stream. */
  readonly streamRevision: number;
  /** Unique position of the event in the store's global log. */
  readonly globalPosition: bigint;
  /** Where a reader of the global log resumes after this event. */
  readonly cursor: LogCursor;
  readonly recordedAt: Date;
}
