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

/** One stream's part of a multi-stream append (`EventStore.appendMany`). */
export interface StreamAppend extends AppendOptions {
  readonly streamId: string;
  /** At least one event: an expectation alone is checked with `appendToStream`. */
  readonly events: readonly NewEvent[];
}

export interface ReadAllOptions {
  /** Continue after this cursor; from the very beginning when absent. */
  readonly after?: LogCursor | null;
  readonly limit?: number;
}

export interface ReadAllOfTypesOptions {
  /** Continue after this cursor; from the very beginning when absent. */
  readonly after?: LogCursor | null;
  /** How many events of the log to pass over at most, wanted or not. */
  readonly limit: number;
  /** The event types wanted (as the reader sees them, after upcasting). */
  readonly types: readonly string[];
}

/** A window of the global log read for some event types: those events, and how far the window went. */
export interface LogWindow {
  /** The window's events of the types asked for, in log order. */
  readonly events: readonly RecordedEvent[];
  /** How many events the window passed over, wanted or not (0: nothing new). */
  readonly scanned: number;
  /** The cursor of the window's last event, wanted or not; null when the window is empty. */
  readonly scannedTo: LogCursor | null;
}

/** The port every event store adapter implements. The contract test suite defines its behaviour. */
/** Told of an append in this process: the cursor of its last event and the types of the events it wrote. */
export type AppendedListener = (last: LogCursor, eventTypes: readonly string[]) => void;

export interface EventStore {
  readonly kind: string;
  readStream(streamId: string): Promise<readonly RecordedEvent[]>;
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * Optional capability: the events of several streams, each in revision order, in one read; a stream
   * that does not exist maps to an empty list. Every id asked for is a key of the result.
   */
  readStreams?(streamIds: readonly string[]): Promise<ReadonlyMap<string, readonly RecordedEvent[]>>;
  /**
   * Optional capability: appends to several streams atomically — all of them or none. Each stream's
   * expected revision is checked and each stream's idempotency key respected exactly as `appendToStream`
   * does; the first refusal (WrongExpectedRevisionError, IdempotencyKeyUsedError, DuplicateEventIdError)
   * names its stream or key and leaves every stream of the call as it was. The events enter the global log
   * together, in input order, with nothing of other appends between them, and `onAppended` listeners are
   * called once with the cursor of the last one. A stream may appear once per call. Re-sending a call
   * whose answer was lost returns the stored events, like a re-sent `appendToStream`.
   * Results are in input order. A store that cannot make several streams' appends atomic (the
   * KurrentDB adapter, for now) does not offer it; callers then append stream by stream (see
   * CommandHandler.handleMany).
   */
  appendMany?(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]>;
  /**
   * Reads the global log in order. Never returns an event that a concurrent, still-open transaction could
   * later place before one already returned: readers that resume from a cursor skip nothing.
   */
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /**
   * Optional capability: the next window of at most `limit` events of the global log, as `readAll` would
   * read it, but with only the events of `types` returned in full. A follower that wants few of the log's
   * events moves past the others to `scannedTo` without receiving their data.
   */
  readAllOfTypes?(options: ReadAllOfTypesOptions): Promise<LogWindow>;
  /** Events appended with this idempotency key, or null when the key is unknown. */
  findByIdempotencyKey(idempotencyKey: string): Promise<readonly RecordedEvent[] | null>;
  /**
   * Registers a callback run after every successful append in this process, with the cursor of the last
   * event appended and the types of the events the append wrote (wakes the followers that take one of those
   * types early, and tells `drain` what it must reach).
   */
  onAppended(listener: AppendedListener): () => void;
  /**
   * The furthest event this store object has appended so far (null before its first append): what `drain` must
   * reach even for a follower created after the append, which heard no `onAppended` call for it.
   */
  lastAppended?(): LogCursor | null;
  /** Orders two cursors of this store as `readAll` does: negative when `a` comes first, 0 when equal. */
  compareCursors(a: LogCursor, b: LogCursor): number;
  close(): Promise<void>;
}
