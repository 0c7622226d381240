import type { LogCursor, NewEvent, RecordedEvent } from './envelope';

/**
 * What the appender expects the stream to look like: a revision number (the last event's revision),
 * 'no_stream' (it must not exist yet), or 'any' (no check).
 */
export type ExpectedRevision = number | 'no_stream' | 'any';

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  /**
   * Key of the command that produced these events. A store refuses (with IdempotencyKeyUsedError) a second
   * append carrying the same key, atomically with the append itself.
   */
  readonly idempotencyKey?: string;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  readonly events: readonly RecordedEvent[];
}

export interface ReadAllOptions {
  /** Continue after this cursor; from the very beginning when absent. */
  readonly after?: LogCursor | null;
  readonly limit?: number;
}

/** The port every event store adapter implements. The contract test suite defines its behaviour. */
export interface EventStore {
  readonly kind: string;
  readStream(streamId: string): Promise<readonly RecordedEvent[]>;
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * Reads the global log in order. Never returns an event that a concurrent, still-open transaction could
   * later place before one already returned: readers that resume from a cursor skip nothing.
   */
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /** Events appended with this idempotency key, or null when the key is unknown. */
  findByIdempotencyKey(idempotencyKey: string): Promise<readonly RecordedEvent[] | null>;
  /**
   * Registers a callback run after every successful append in this process, with the cursor of the last
   * event appended (wakes followers early, and tells `drain` what it must reach).
   */
  onAppended(listener: (last: LogCursor) => void): () => void;
  /** Orders two cursors of this store as `readAll` does: negative when `a` comes first, 0 when equal. */
  compareCursors(a: LogCursor, b: LogCursor): number;
  close(): Promise<void>;
}
