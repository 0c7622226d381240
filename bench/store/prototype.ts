/**
 * Bench-only prototypes of the two changes proposed in bench/RESULTS.md, so their effect can be measured
 * with the same harness before anyone changes libs/. Neither is production code: they cover the paths
 * the benchmark takes (no idempotency key, numeric or 'no_stream' expected revision) and hand every other
 * case to the real CommandHandler / PostgresEventStore.
 */
import type { Decider, DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  CommandHandler,
  UuidV7Generator,
  WrongExpectedRevisionError,
  systemClock,
  type AppendOptions,
  type AppendResult,
  type CommandMetadata,
  type CommandResult,
  type EventMetadata,
  type EventStore,
  type LogCursor,
  type NewEvent,
  type RecordedEvent,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import type { PostgresEventStore } from '@qinqing/shared/event-store-postgres';

interface CachedState {
  readonly revision: number;
  readonly state: unknown;
}

/**
 * Proposal 1 — CommandHandler keeps the folded state of recently used streams (bounded, LRU) and decides
 * on it without reading the stream. Safe because the append is guarded by the expected revision: if the
 * stream moved (another process, another handler), the append fails with WrongExpectedRevisionError, the
 * entry is dropped and the command is retried from a fresh read, exactly as today. A rejection or an
 * empty decision reached on cached state is re-checked on a fresh read, since no append confirms it.
 */
export class CachingCommandHandler {
  private readonly cache = new WeakMap<object, Map<string, CachedState>>();
  private readonly fallback: CommandHandler;

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 10_000,
    private readonly ids = new UuidV7Generator(),
  ) {
    this.fallback = new CommandHandler({ store, clock: systemClock, ids });
  }

  async handle<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamId: string,
    command: Command,
    metadata: CommandMetadata,
  ): Promise<CommandResult<Event, State>> {
    if (metadata.idempotencyKey !== undefined)
      return this.fallback.handle(decider, streamId, command, metadata);
    const states = this.statesOf(decider);
    const cached = states.get(streamId);
    if (cached !== undefined) {
      const now = systemClock.now();
      const state = cached.state as State;
      const decision = decider.decide(command, state, { now });
      if (decision.outcome === 'accepted' && decision.events.length > 0) {
        try {
          const appended = await this.store.appendToStream(
            streamId,
            decision.events.map((event) => this.envelope(event, metadata, now)),
            { expectedRevision: cached.revision === -1 ? 'no_stream' : cached.revision },
          );
          const next = decision.events.reduce(decider.evolve, state);
          this.remember(states, streamId, appended.nextExpectedRevision, next);
          return {
            streamId,
            nextExpectedRevision: appended.nextExpectedRevision,
            events: appended.events as RecordedEvent<Event['type']>[],
            state: next,
            replayed: false,
          };
        } catch (error) {
          if (!(error instanceof WrongExpectedRevisionError)) throw error;
        }
      }
      states.delete(streamId);
    }
    // No (or stale) cache entry: today's path, then remember where it left the stream.
    const result = await this.fallback.handle(decider, streamId, command, metadata);
    this.remember(states, streamId, result.nextExpectedRevision, result.state);
    return result;
  }

  private statesOf(decider: object): Map<string, CachedState> {
    let states = this.cache.get(decider);
    if (states === undefined) {
      states = new Map();
      this.cache.set(decider, states);
    }
    return states;
  }

  private remember(
    states: Map<string, CachedState>,
    streamId: string,
    revision: number,
    state: unknown,
  ): void {
    states.delete(streamId);
    states.set(streamId, { revision, state });
    if (states.size > this.capacity) states.delete(states.keys().next().value as string);
  }

  private envelope(event: DomainEvent, metadata: CommandMetadata, now: Date): NewEvent {
    const eventMetadata: EventMetadata = {
      correlationId: metadata.correlationId,
      causationId: metadata.causationId ?? null,
      actorId: metadata.actor.id,
      actorRole: metadata.actor.role,
      occurredAt: now.toISOString(),
    };
    return {
      eventId: this.ids.next(),
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: eventMetadata,
    };
  }
}

const COLUMNS =
  'event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, idempotency_key';

/** Only what the database generates; data and metadata are the caller's, no need to send them back. */
const GENERATED = `RETURNING global_position::text AS position_text, transaction_id::text AS transaction_text,
  stream_revision::text AS revision_text, recorded_at`;

export type Guard = 'exists' | 'max' | 'none';

/**
 * How the statement refuses an append whose expected revision ($2, -1 for a new stream) is not the head:
 *
 * - exists: UNIQUE (stream_id, stream_revision) already refuses the append when the stream is past the
 *   expected revision (someone holds expected + 1), so the statement only has to refuse it when the stream
 *   is short of it, i.e. when the expected head row does not exist; for a new stream the key alone does.
 * - max: today's check, the stream's max(stream_revision) must equal $2.
 * - none: no check (not safe; only to measure what the check costs).
 */
const GUARDS: Record<Guard, string> = {
  exists: `WHERE $2::bigint = -1 OR EXISTS (
    SELECT 1 FROM es_events h WHERE h.stream_id = $1 AND h.stream_revision = $2::bigint)`,
  max: `WHERE coalesce((SELECT max(h.stream_revision) FROM es_events h WHERE h.stream_id = $1), -1) = $2::bigint`,
  none: '',
};

/**
 * An append of one event ($3-$7 scalars: single-row VALUES) or of several ($3-$7 parallel arrays,
 * unnested in order); $1 stream, $2 expected head. Optionally RETURNING the generated columns.
 */
export const appendSql = (oneEvent: boolean, guard: Guard, returning: boolean): string =>
  (oneEvent
    ? `INSERT INTO es_events (${COLUMNS})
  SELECT $3::uuid, $1, $2::bigint + 1, $4, $5::int, $6::jsonb, $7::jsonb, NULL
  ${GUARDS[guard]}`
    : `INSERT INTO es_events (${COLUMNS})
  SELECT e.event_id::uuid, $1, $2::bigint + e.ordinality, e.event_type, e.schema_version,
         e.data::jsonb, e.metadata::jsonb, NULL
  FROM unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
    WITH ORDINALITY AS e(event_id, event_type, schema_version, data, metadata, ordinality)
  ${GUARDS[guard]}
  ORDER BY e.ordinality`) + (returning ? `\n  ${GENERATED}` : '');

const APPEND_ONE = appendSql(true, 'exists', true);
const APPEND_MANY = appendSql(false, 'exists', true);

interface GeneratedRow {
  readonly position_text: string;
  readonly transaction_text: string;
  readonly revision_text: string;
  readonly recorded_at: Date | string;
}

/**
 * Proposal 2 — the adapter's append as one lean statement: single-row VALUES for one event, the EXISTS
 * guard (see GUARDS) instead of a max() head lookup, and RETURNING only the generated columns (the recorded
 * events are built from the events the caller passed). Any failure (no row inserted, unique violation)
 * is handed to the real PostgresEventStore.appendToStream, which re-runs the append and diagnoses it
 * (retry after a lost reply, duplicate ids, idempotency key, wrong expected revision) as today.
 */
export class LeanAppendStore implements EventStore {
  readonly kind: string;

  constructor(
    private readonly db: SqlDatabase,
    private readonly inner: PostgresEventStore,
  ) {
    this.kind = inner.kind;
  }

  readStream(streamId: string): Promise<readonly RecordedEvent[]> {
    return this.inner.readStream(streamId);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const { expectedRevision } = options;
    if (options.idempotencyKey !== undefined || expectedRevision === 'any' || events.length === 0) {
      return this.inner.appendToStream(streamId, events, options);
    }
    const head = expectedRevision === 'no_stream' ? -1 : expectedRevision;
    let rows: GeneratedRow[];
    try {
      ({ rows } = await this.db.query<GeneratedRow>(
        events.length === 1 ? APPEND_ONE : APPEND_MANY,
        events.length === 1
          ? [streamId, head, ...oneRow(events[0] as NewEvent)]
          : [streamId, head, ...columns(events)],
      ));
    } catch (error) {
      if ((error as { code?: unknown }).code !== '23505') throw error;
      rows = [];
    }
    if (rows.length !== events.length) return this.inner.appendToStream(streamId, events, options);
    const recorded = events.map((event, i): RecordedEvent => {
      const row = rows[i] as GeneratedRow;
      return {
        ...event,
        streamId,
        streamRevision: Number(row.revision_text),
        globalPosition: BigInt(row.position_text),
        cursor: `${row.transaction_text}:${row.position_text}` as LogCursor,
        recordedAt: row.recorded_at instanceof Date ? row.recorded_at : new Date(row.recorded_at),
      };
    });
    return { nextExpectedRevision: head + events.length, events: recorded };
  }

  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options);
  findByIdempotencyKey: EventStore['findByIdempotencyKey'] = (key) => this.inner.findByIdempotencyKey(key);
  onAppended: EventStore['onAppended'] = (listener) => this.inner.onAppended(listener);
  compareCursors: EventStore['compareCursors'] = (a, b) => this.inner.compareCursors(a, b);
  close: EventStore['close'] = () => this.inner.close();
}

export const oneRow = (e: NewEvent): unknown[] => [
  e.eventId,
  e.type,
  e.schemaVersion,
  JSON.stringify(e.data ?? null),
  JSON.stringify(e.metadata),
];

export const columns = (events: readonly NewEvent[]): unknown[] => [
  events.map((e) => e.eventId),
  events.map((e) => e.type),
  events.map((e) => e.schemaVersion),
  events.map((e) => JSON.stringify(e.data ?? null)),
  events.map((e) => JSON.stringify(e.metadata)),
];
