import {
  type AppendedListener,
  DuplicateEventIdError,
  IdempotencyKeyUsedError,
  UpcasterRegistry,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type LogCursor,
  type NewEvent,
  type LogWindow,
  type ReadAllOfTypesOptions,
  type ReadAllOptions,
  type RecordedEvent,
  type SqlDatabase,
  type StreamAppend,
} from '@qinqing/shared/event-sourcing';
import { uniqueViolationOf } from '../sql/sql-error';
import { AppendCombiner } from './append-combiner';
import { toRecordedEvent, type EventRow } from './event-row';
import {
  APPEND_ANY_SQL,
  APPEND_MANY_SQL,
  APPEND_ONE_SQL,
  APPEND_TO_STREAMS_SQL,
  CURRENT_REVISION_SQL,
  CURRENT_REVISIONS_SQL,
  EVENT_ID_CONSTRAINT,
  FIND_BY_IDEMPOTENCY_KEY_SQL,
  IDEMPOTENCY_KEY_INDEX,
  IDEMPOTENCY_KEY_USED_SQL,
  IDEMPOTENCY_KEYS_USED_SQL,
  READ_ALL_OF_TYPES_SQL,
  READ_ALL_SQL,
  READ_STREAM_SQL,
  READ_STREAMS_SQL,
  STORED_COPIES_SQL,
  STORED_COPY_SQL,
} from './event-store.sql';
import { compareLogPositions, decodeCursor, encodeCursor, logStart } from './log-cursor';
import { SharedLogReads } from './shared-log-reads';

export interface PostgresEventStoreOptions {
  /** Applied to every event read; none by default. */
  readonly upcasters?: UpcasterRegistry;
  /**
   * Append statements in flight at once; appends arriving while all are busy are combined into one
   * statement (group commit, see AppendCombiner). Default: 1 on PGlite, whose one connection runs one
   * statement at a time anyway (bench:store, 8 writers of single events: 63 % of raw before, about 100 %
   * with it). None on PostgreSQL: the server already shares WAL flushes between concurrent commits,
   * bench:store measured no gain, and a hot stream's losing appends would hold slots.
   */
  readonly appendSlots?: number;
}

/** Most events one combined append statement carries. */
const MAX_COMBINED_EVENTS = 500;

/** An 'any' append racing other writers for the same next revision tries again this many times. */
const ANY_REVISION_ATTEMPTS = 10;

type StoredCopyRow = { [Column in keyof EventRow]: EventRow[Column] | null } & {
  readonly same: boolean | null;
};

const expectedHead = (expected: ExpectedRevision): number | null =>
  expected === 'any' ? null : expected === 'no_stream' ? -1 : expected;

/**
 * The event store on PostgreSQL or embedded PGlite (`kind` follows the database's dialect), over the
 * `es_events` table that migrateEventStore creates.
 *
 * Appending is ONE guarded `INSERT … SELECT … FROM unnest(…) WITH ORDINALITY` in its own implicit
 * transaction: it computes revisions from the stream's current head and inserts nothing unless that head
 * is the expected one. No explicit transaction, no row lock, one round trip. Two writers that both saw the
 * same head collide on UNIQUE (stream_id, stream_revision), the loser waits for the winner's commit and
 * gets a unique violation; both that and "zero rows inserted" mean WrongExpectedRevisionError. A failed
 * append is then diagnosed: the same event ids stored as the same events at the place this append would
 * have put them is a retry after a lost reply and returns the stored events; the ids stored anywhere else
 * is DuplicateEventIdError; an idempotency key already in the table is IdempotencyKeyUsedError.
 *
 * On PGlite, appends that arrive while one is in flight wait and then go in together as one statement
 * (group commit, AppendCombiner): one commit and one fsync for all of them. Each caller still gets what
 * its own append alone would have got: a combined statement that inserts nothing is sent again append by
 * append.
 *
 * The gap problem. `global_position` (a bigserial) is assigned when a row is inserted, but the row only
 * becomes visible when its transaction commits, and transactions commit in any order. A reader that
 * follows positions could read N+1 while N is still uncommitted, move its cursor past N and never see it.
 * So readers follow the log in (transaction_id, global_position) order, where transaction_id is the
 * writer's xid8, and only read rows whose transaction is older than the oldest transaction still running
 * (`pg_snapshot_xmin(pg_current_snapshot())`): those transactions have all ended, and every transaction
 * that has not ended, or has not started yet, has (or will get) an xid at or above that horizon, so no
 * row can later appear behind a cursor. The cursor is "<transaction_id>:<global_position>". Positions stay
 * unique but are not necessarily increasing in read order across concurrent transactions.
 *
 * `appendMany` appends to several streams with ONE statement of the same kind (APPEND_TO_STREAMS_SQL), so
 * all its rows share one transaction: every stream's guard holds and every row goes in, or nothing does.
 * Its failures are diagnosed like a single append's, stream by stream, naming the first stream at fault.
 *
 * The trade-off: a long-running transaction anywhere in the cluster (other databases included) holds the
 * horizon back and delays readers until it ends. Readers are late, never wrong: no event is ever skipped.
 * On PGlite (one connection) the horizon is always the present, so nothing is delayed. xid8 never wraps
 * around, but it belongs to the cluster: physical replicas and pg_upgrade keep it, whereas restoring a
 * logical dump into a new cluster does not, and that cluster's transaction ids must first be advanced
 * past the highest stored transaction_id (pg_resetwal --next-transaction-id), or readers see nothing.
 */
export class PostgresEventStore implements EventStore {
  readonly kind: 'postgres' | 'pglite';
  private readonly upcasters: UpcasterRegistry;
  private readonly listeners = new Set<AppendedListener>();
  private furthestAppended: LogCursor | null = null;
  private readonly logReads = new SharedLogReads<readonly RecordedEvent[]>();
  private readonly combiner: AppendCombiner<StreamAppend, AppendResult> | null;
  private closed = false;

  constructor(
    private readonly db: SqlDatabase,
    options: PostgresEventStoreOptions = {},
  ) {
    this.kind = db.dialect;
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    const slots = options.appendSlots ?? (db.dialect === 'pglite' ? 1 : undefined);
    this.combiner =
      slots === undefined
        ? null
        : new AppendCombiner({
            slots,
            maxEvents: MAX_COMBINED_EVENTS,
            sendAlone: (append) => this.appendAlone(append),
            sendTogether: (appends) => this.appendTogether(appends),
          });
  }

  async readStream(streamId: string): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const { rows } = await this.db.query<EventRow>(READ_STREAM_SQL, [streamId]);
    return rows.map((row) => this.upcasters.upcast(toRecordedEvent(row)));
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) return this.appendNothing(streamId, options.expectedRevision);
    const append = { streamId, events, ...options };
    return this.combiner === null ? this.appendAlone(append) : this.combiner.append(append);
  }

  /** One append as its own statement, its failure diagnosed (see the class comment). */
  private async appendAlone(append: StreamAppend): Promise<AppendResult> {
    const { streamId, events, expectedRevision } = append;
    const key = append.idempotencyKey ?? null;
    // Every event of a keyed append carries the key: findByIdempotencyKey finds the append's events by it.
    const keyed =
      key === null ? events : events.map((e) => ({ ...e, metadata: { ...e.metadata, idempotencyKey: key } }));
    const columns = toColumns(keyed);
    for (let attempt = 1; ; attempt++) {
      let inserted: GeneratedRow[] = [];
      let violated: string | null = null;
      try {
        ({ rows: inserted } = await this.db.query<GeneratedRow>(
          ...appendStatement(streamId, expectedRevision, columns, key),
        ));
      } catch (error) {
        violated = uniqueViolationOf(error);
        if (violated === null) throw error;
      }
      if (inserted.length > 0) {
        const result = this.appendedResult(streamId, keyed, inserted);
        this.notifyAppended(result.events);
        return result;
      }
      const stored = await this.storedCopy(streamId, expectedRevision, columns);
      if (stored !== null) return this.appendResult(stored);
      if (violated === EVENT_ID_CONSTRAINT) throw new DuplicateEventIdError(streamId);
      if (key !== null && (violated === IDEMPOTENCY_KEY_INDEX || (await this.keyUsed(key)))) {
        throw new IdempotencyKeyUsedError(key);
      }
      // Only a revision race makes an 'any' append fail: another writer took the next revision first.
      if (expectedRevision === 'any' && attempt < ANY_REVISION_ATTEMPTS) continue;
      const actual = await this.currentRevision(streamId);
      throw new WrongExpectedRevisionError(streamId, expectedRevision, actual === -1 ? 'no_stream' : actual);
    }
  }

  async readStreams(streamIds: readonly string[]): Promise<ReadonlyMap<string, readonly RecordedEvent[]>> {
    this.assertOpen();
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((streamId) => [streamId, []]));
    if (streams.size === 0) return streams;
    const { rows } = await this.db.query<EventRow>(READ_STREAMS_SQL, [[...streams.keys()]]);
    for (const row of rows) streams.get(row.stream_id)?.push(this.upcasters.upcast(toRecordedEvent(row)));
    return streams;
  }

  async appendMany(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]> {
    this.assertOpen();
    if (appends.length === 0) return [];
    const prepared = prepareAppends(appends);
    const { streamIds, heads, keys } = prepared;
    const statement = appendManyParams(prepared);
    for (let attempt = 1; ; attempt++) {
      let inserted: GeneratedRow[] = [];
      let violated: string | null = null;
      try {
        ({ rows: inserted } = await this.db.query<GeneratedRow>(APPEND_TO_STREAMS_SQL, statement));
      } catch (error) {
        violated = uniqueViolationOf(error);
        if (violated === null) throw error;
      }
      if (inserted.length > 0) return this.appendedResults(prepared, inserted);
      const stored = await this.storedCopies(prepared);
      if (stored !== null) return stored;
      if (violated === EVENT_ID_CONSTRAINT) throw new DuplicateEventIdError(streamIds[0] as string);
      const usedKeys = keys.filter((key): key is string => key !== null);
      if (usedKeys.length > 0) {
        const { rows } = await this.db.query<{ idempotency_key: string }>(IDEMPOTENCY_KEYS_USED_SQL, [
          usedKeys,
        ]);
        const used =
          rows[0]?.idempotency_key ?? (violated === IDEMPOTENCY_KEY_INDEX ? usedKeys[0] : undefined);
        if (used !== undefined) throw new IdempotencyKeyUsedError(used);
      }
      const { rows } = await this.db.query<{ revision_text: string | null }>(CURRENT_REVISIONS_SQL, [
        streamIds,
      ]);
      const actual = rows.map((row) => (row.revision_text === null ? -1 : Number(row.revision_text)));
      const wrong = heads.findIndex((head, i) => head !== null && head !== actual[i]);
      // Nothing at fault any more: an 'any' append lost a race, or a stream reached its expectation since.
      if (wrong === -1 && attempt < ANY_REVISION_ATTEMPTS) continue;
      const at = Math.max(wrong, 0);
      const revision = actual[at] as number;
      throw new WrongExpectedRevisionError(
        streamIds[at] as string,
        (appends[at] as StreamAppend).expectedRevision,
        revision === -1 ? 'no_stream' : revision,
      );
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const { limit } = options;
    if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0)) {
      throw new RangeError(`readAll limit must be a positive integer, got ${limit}`);
    }
    const after =
      options.after === undefined || options.after === null ? logStart : decodeCursor(options.after);
    const args = [after.transactionId, after.globalPosition, limit ?? null];
    return this.logReads.read(args, async () => {
      const { rows } = await this.db.query<EventRow>(READ_ALL_SQL, args);
      return rows.map((row) => this.upcasters.upcast(toRecordedEvent(row)));
    });
  }

  async readAllOfTypes(options: ReadAllOfTypesOptions): Promise<LogWindow> {
    this.assertOpen();
    const { limit } = options;
    if (!(Number.isSafeInteger(limit) && limit > 0)) {
      throw new RangeError(`readAllOfTypes limit must be a positive integer, got ${limit}`);
    }
    const after =
      options.after === undefined || options.after === null ? logStart : decodeCursor(options.after);
    // Stored types an upcaster may turn into a wanted one are read in full, then kept by their upcast type.
    const wanted = new Set(options.types);
    const stored = [...wanted, ...this.upcasters.typesUpcast()];
    const { rows } = await this.db.query<EventRow & { wanted: boolean }>(READ_ALL_OF_TYPES_SQL, [
      after.transactionId,
      after.globalPosition,
      limit,
      stored,
    ]);
    const last = rows[rows.length - 1];
    return {
      events: rows
        .filter((row) => row.wanted)
        .map((row) => this.upcasters.upcast(toRecordedEvent(row)))
        .filter((event) => wanted.has(event.type)),
      scanned: rows.length,
      scannedTo:
        last === undefined
          ? null
          : encodeCursor({ transactionId: last.transaction_text, globalPosition: last.position_text }),
    };
  }

  async findByIdempotencyKey(idempotencyKey: string): Promise<readonly RecordedEvent[] | null> {
    this.assertOpen();
    const { rows } = await this.db.query<EventRow>(FIND_BY_IDEMPOTENCY_KEY_SQL, [idempotencyKey]);
    return rows.length === 0 ? null : rows.map((row) => this.upcasters.upcast(toRecordedEvent(row)));
  }

  lastAppended(): LogCursor | null {
    return this.furthestAppended;
  }

  onAppended(listener: AppendedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  compareCursors(a: LogCursor, b: LogCursor): number {
    return compareLogPositions(decodeCursor(a), decodeCursor(b));
  }

  /** Stops this store object; the database belongs to whoever opened it and stays open. */
  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
  }

  /**
   * Single appends of different callers combined into one statement: their results in input order, or
   * null when the statement inserted nothing or failed (the combiner then sends each alone, which
   * diagnoses it). The streams go in in stream-id order, so two combined statements in flight at once
   * wait for each other's rows in one order and cannot deadlock.
   */
  private async appendTogether(appends: readonly StreamAppend[]): Promise<AppendResult[] | null> {
    const byStream = [...appends.entries()].sort(([, a], [, b]) => compareStreamIds(a, b));
    let prepared: PreparedAppends;
    try {
      prepared = prepareAppends(byStream.map(([, append]) => append));
    } catch {
      return null;
    }
    const { rows } = await this.db.query<GeneratedRow>(APPEND_TO_STREAMS_SQL, appendManyParams(prepared));
    if (rows.length === 0) return null;
    const results = this.appendedResults(prepared, rows);
    const inInputOrder: AppendResult[] = [];
    byStream.forEach(([input], place) => (inInputOrder[input] = results[place] as AppendResult));
    return inInputOrder;
  }

  /** appendMany's results from the rows its statement returned, the log's listeners told. */
  private appendedResults(prepared: PreparedAppends, inserted: readonly GeneratedRow[]): AppendResult[] {
    let offset = 0;
    const results = prepared.appends.map(({ streamId, events }) => {
      const result = this.appendedResult(streamId, events, inserted.slice(offset, offset + events.length));
      offset += events.length;
      return result;
    });
    this.notifyAppended(results.flatMap((result) => result.events));
    return results;
  }

  /** The appended events, built from what the caller passed and what the database generated. */
  private appendedResult(
    streamId: string,
    events: readonly NewEvent[],
    generated: readonly GeneratedRow[],
  ): AppendResult {
    const recorded = events.map((event, index) => {
      const row = generated[index] as GeneratedRow;
      return this.upcasters.upcast({
        ...event,
        streamId,
        streamRevision: Number(row.revision_text),
        globalPosition: BigInt(row.position_text),
        cursor: encodeCursor({ transactionId: row.transaction_text, globalPosition: row.position_text }),
        recordedAt: row.recorded_at instanceof Date ? row.recorded_at : new Date(row.recorded_at),
      });
    });
    return {
      nextExpectedRevision: (recorded[recorded.length - 1] as RecordedEvent).streamRevision,
      events: recorded,
    };
  }

  private appendResult(rows: readonly EventRow[]): AppendResult {
    const events = rows.map(toRecordedEvent).sort((a, b) => a.streamRevision - b.streamRevision);
    return {
      nextExpectedRevision: (events[events.length - 1] as RecordedEvent).streamRevision,
      events: events.map((event) => this.upcasters.upcast(event)),
    };
  }

  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const actual = await this.currentRevision(streamId);
    const head = expectedHead(expected);
    if (head !== null && head !== actual) {
      throw new WrongExpectedRevisionError(streamId, expected, actual === -1 ? 'no_stream' : actual);
    }
    return { nextExpectedRevision: actual, events: [] };
  }

  /**
   * The stored events when this exact append is already in the store (same ids, same stream, same
   * content, at the revisions the expected revision implies), null when none of its ids are stored.
   */
  private async storedCopy(
    streamId: string,
    expected: ExpectedRevision,
    columns: EventColumns,
  ): Promise<EventRow[] | null> {
    const { rows } = await this.db.query<StoredCopyRow>(STORED_COPY_SQL, [streamId, ...columns]);
    if (rows.every((row) => row.position_text === null)) return null;
    const found = rows.filter((row): row is StoredCopyRow & EventRow => row.position_text !== null);
    const firstRevision = Number(found[0]?.revision_text);
    const head = expectedHead(expected);
    const inPlace =
      found.length === rows.length &&
      found.every((row, i) => row.same === true && Number(row.revision_text) === firstRevision + i) &&
      (head === null || firstRevision === head + 1);
    if (!inPlace) throw new DuplicateEventIdError(streamId);
    return found;
  }

  /**
   * appendMany's storedCopy: the stored events when this exact call is already in the store, every stream's
   * events in place; null when none of its ids are stored; DuplicateEventIdError naming the first stream
   * whose ids are stored otherwise.
   */
  private async storedCopies(prepared: PreparedAppends): Promise<AppendResult[] | null> {
    const { rows } = await this.db.query<StoredCopyRow>(STORED_COPIES_SQL, [
      prepared.appends.flatMap(({ streamId, events }) => events.map(() => streamId)),
      ...toColumns(prepared.appends.flatMap(({ events }) => events)),
    ]);
    if (rows.every((row) => row.position_text === null)) return null;
    let offset = 0;
    const perAppend = prepared.appends.map(({ streamId, events }, i) => {
      const own = rows.slice(offset, offset + events.length);
      offset += events.length;
      const found = own.filter((row): row is StoredCopyRow & EventRow => row.position_text !== null);
      const firstRevision = Number(found[0]?.revision_text);
      const head = prepared.heads[i] ?? null;
      const inPlace =
        found.length === own.length &&
        found.every((row, n) => row.same === true && Number(row.revision_text) === firstRevision + n) &&
        (head === null || firstRevision === head + 1);
      return { streamId, found, inPlace };
    });
    const misplaced =
      perAppend.find((a) => a.found.length > 0 && !a.inPlace) ?? perAppend.find((a) => !a.inPlace);
    if (misplaced !== undefined) throw new DuplicateEventIdError(misplaced.streamId);
    return perAppend.map(({ found }) => this.appendResult(found));
  }

  private async currentRevision(streamId: string): Promise<number> {
    const { rows } = await this.db.query<{ revision_text: string | null }>(CURRENT_REVISION_SQL, [streamId]);
    const revision = rows[0]?.revision_text ?? null;
    return revision === null ? -1 : Number(revision);
  }

  private async keyUsed(idempotencyKey: string): Promise<boolean> {
    const { rows } = await this.db.query(IDEMPOTENCY_KEY_USED_SQL, [idempotencyKey]);
    return rows.length > 0;
  }

  private notifyAppended(events: readonly RecordedEvent[]): void {
    const last = (events[events.length - 1] as RecordedEvent).cursor;
    const eventTypes = [...new Set(events.map((event) => event.type))];
    if (this.furthestAppended === null || this.compareCursors(last, this.furthestAppended) > 0) {
      this.furthestAppended = last;
    }
    this.logReads.appended();
    for (const listener of this.listeners) {
      try {
        listener(last, eventTypes);
      } catch {
        // A listener only wakes followers early; its failure must not turn a committed append into an error.
      }
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`The ${this.kind} event store is closed`);
  }
}

interface PreparedAppends {
  /** Each append with its events as stored (a keyed append's events carry the key). */
  readonly appends: readonly { readonly streamId: string; readonly events: readonly NewEvent[] }[];
  readonly streamIds: readonly string[];
  /** The expected head of each append; null for 'any'. */
  readonly heads: readonly (number | null)[];
  readonly keys: readonly (string | null)[];
}

/**
 * Checks what the statement cannot report by stream (the same stream, event id or key twice in one call)
 * and puts the key on every event of a keyed append, as appendToStream does.
 */
const prepareAppends = (appends: readonly StreamAppend[]): PreparedAppends => {
  const streams = new Set<string>();
  const eventIds = new Set<string>();
  const keys = new Set<string>();
  for (const { streamId, events, idempotencyKey } of appends) {
    if (events.length === 0)
      throw new RangeError(`appendMany: the append to ${streamId} has no events (use appendToStream)`);
    if (streams.has(streamId)) throw new RangeError(`appendMany: stream ${streamId} appears twice`);
    streams.add(streamId);
    for (const { eventId } of events) {
      if (eventIds.has(eventId)) throw new DuplicateEventIdError(streamId);
      eventIds.add(eventId);
    }
    if (idempotencyKey !== undefined) {
      if (keys.has(idempotencyKey)) throw new IdempotencyKeyUsedError(idempotencyKey);
      keys.add(idempotencyKey);
    }
  }
  return {
    appends: appends.map(({ streamId, events, idempotencyKey: key }) => ({
      streamId,
      events:
        key === undefined
          ? events
          : events.map((e) => ({ ...e, metadata: { ...e.metadata, idempotencyKey: key } })),
    })),
    streamIds: appends.map((a) => a.streamId),
    heads: appends.map((a) => expectedHead(a.expectedRevision)),
    keys: appends.map((a) => a.idempotencyKey ?? null),
  };
};

/** APPEND_TO_STREAMS_SQL's parameters. */
const appendManyParams = ({ appends, streamIds, heads, keys }: PreparedAppends): unknown[] => [
  streamIds,
  heads,
  keys,
  appends.flatMap(({ events }, i) => events.map(() => i + 1)),
  appends.flatMap(({ events }) => events.map((_, place) => place + 1)),
  ...toColumns(appends.flatMap(({ events }) => events)),
];

/** ids, types, schema versions, data and metadata as parallel arrays, JSON as text. */
type EventColumns = [string[], string[], number[], string[], string[]];

/** What an append returns per inserted row, in input order. */
interface GeneratedRow {
  readonly position_text: string;
  readonly transaction_text: string;
  readonly revision_text: string;
  readonly recorded_at: Date | string;
}

/** The statement for an append: one event or several at an expected head, or anywhere ('any'). */
const appendStatement = (
  streamId: string,
  expected: ExpectedRevision,
  columns: EventColumns,
  key: string | null,
): [string, unknown[]] => {
  const head = expectedHead(expected);
  if (head === null) return [APPEND_ANY_SQL, [streamId, null, ...columns, key]];
  const [ids, types, versions, data, metadata] = columns;
  return ids.length === 1
    ? [APPEND_ONE_SQL, [streamId, head, ids[0], types[0], versions[0], data[0], metadata[0], key]]
    : [APPEND_MANY_SQL, [streamId, head, ...columns, key]];
};

const compareStreamIds = (a: StreamAppend, b: StreamAppend): number =>
  a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0;

const toColumns = (events: readonly NewEvent[]): EventColumns => [
  events.map((e) => e.eventId),
  events.map((e) => e.type),
  events.map((e) => e.schemaVersion),
  events.map((e) => JSON.stringify(e.data ?? null)),
  events.map((e) => JSON.stringify(e.metadata)),
];
