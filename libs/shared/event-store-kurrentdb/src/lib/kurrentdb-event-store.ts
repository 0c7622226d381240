import {
  BACKWARDS,
  END,
  KurrentDBClient,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import type { AppendStreamState, Filter, Position, ReadStreamOptions } from '@kurrent/kurrentdb-client';
import {
  DuplicateEventIdError,
  IdempotencyKeyUsedError,
  UpcasterRegistry,
  WrongExpectedRevisionError,
  systemClock,
} from '@qinqing/shared/event-sourcing';
import type {
  AppendedListener,
  AppendOptions,
  AppendResult,
  Clock,
  EventStore,
  ExpectedRevision,
  LogCursor,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
} from '@qinqing/shared/event-sourcing';
import {
  firstRevisionOf,
  revisionToNumber,
  toStreamState,
  toWrongExpectedRevisionError,
} from './expected-revision';
import {
  IDEMPOTENCY_KEY_RELEASED,
  IDEMPOTENCY_KEY_RESERVED,
  classifySlot,
  decodeReservationState,
  judgeReservation,
  locateRun,
  reservationStreamId,
} from './idempotency-reservation';
import type {
  IdempotencyKeyReleased,
  IdempotencyKeyReserved,
  ReservationAttempt,
  ReservationState,
  ReservedEventsState,
} from './idempotency-reservation';
import { comparePositions, decodeLogCursor, isUsablePosition } from './log-cursor';
import { MalformedStoredEventError } from './errors';
import { sameContent, toEventData, toRecordedEvent } from './stored-event';
import type { KurrentRecordedEvent } from './stored-event';
import { StreamNaming, assertBusinessStreamId } from './stream-naming';

export interface KurrentDbEventStoreOptions {
  /** Applied to every event read, so callers only ever see current schema versions. */
  readonly upcasters?: UpcasterRegistry;
  /** Prefix of every KurrentDB stream this store uses, to keep several stores apart on one database. */
  readonly namespace?: string;
  /** Time source of idempotency reservations and their lease. */
  readonly clock?: Clock;
  /**
   * How long an idempotency key stays blocked when its reservation exists but its events do not (the
   * append is in flight, or its process died between the two writes). Default 30 s, three times the
   * client's default 10 s deadline. See README.md.
   */
  readonly reservationLeaseMs?: number;
}

export const DEFAULT_RESERVATION_LEASE_MS = 30_000;
/** Events per $all read; an unbounded readAll pages through the log in reads of this size. */
const READ_ALL_PAGE_SIZE = 1_000;
/** Take-overs lost to other writers before a reservation gives up with IdempotencyKeyUsedError. */
const MAX_RESERVATION_ROUNDS = 5;

/** A reservation this append holds: the revision to release it at if the business append is refused. */
interface HeldReservation {
  readonly kind: 'held';
  readonly streamName: string;
  readonly revision: number;
}

interface ReservationReplay {
  readonly kind: 'replay';
  readonly events: readonly RecordedEvent[];
}

interface InspectedReservation {
  readonly state: ReservedEventsState;
  /** The stored events (at their stored schema version) when `state` is 'stored'. */
  readonly events: readonly RecordedEvent[];
}

const sameIds = (events: readonly RecordedEvent[], eventIds: readonly string[]): boolean =>
  events.length === eventIds.length && events.every((event, i) => event.eventId === eventIds[i]);

/**
 * The EventStore port on KurrentDB (formerly EventStoreDB), through `@kurrent/kurrentdb-client`.
 *
 * - Streams are KurrentDB streams (optionally under a namespace prefix); event id = our eventId, event type =
 *   our type, and the metadata JSON carries our schemaVersion and EventMetadata.
 * - Optimistic concurrency is KurrentDB's own `streamState` check, atomic with the write.
 * - The global log is $all. KurrentDB has a single writer per cluster (the leader) that appends to one
 *   transaction file, and $all reads stop at the last indexed position: an event becomes readable only after
 *   everything before it. So $all has no gaps that fill in later, and a reader resuming from a cursor
 *   never skips an event. (PostgreSQL needs transaction-id fencing for the same guarantee; KurrentDB does not.)
 * - Idempotency keys are reserved in bookkeeping streams before the business append: see
 *   idempotency-reservation.ts and README.md for the guarantees and the crash window.
 */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb';

  private readonly upcasters: UpcasterRegistry;
  private readonly naming: StreamNaming;
  private readonly clock: Clock;
  private readonly leaseMs: number;
  private readonly logFilter: Filter;
  private readonly listeners = new Set<{ readonly listener: AppendedListener }>();
  private furthestAppended: LogCursor | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.naming = new StreamNaming(options.namespace);
    this.clock = options.clock ?? systemClock;
    this.leaseMs = options.reservationLeaseMs ?? DEFAULT_RESERVATION_LEASE_MS;
    if (!Number.isFinite(this.leaseMs) || this.leaseMs < 0) {
      throw new RangeError(`reservationLeaseMs must be a non-negative number, got ${String(this.leaseMs)}`);
    }
    // Server-side filtering keeps system events off the wire; bookkeeping streams are dropped client-side.
    this.logFilter =
      this.naming.namespace === ''
        ? excludeSystemEvents()
        : streamNameFilter({ prefixes: [this.naming.namespace] });
  }

  async readStream(streamId: string): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const stored = await this.readStored(streamId);
    return stored.map((event) => this.upcasters.upcast(event));
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    assertBusinessStreamId(streamId);
    const { expectedRevision, idempotencyKey } = options;
    const streamState = toStreamState(expectedRevision);
    const eventIds = events.map((event) => event.eventId);
    if (new Set(eventIds).size !== eventIds.length) throw new DuplicateEventIdError(streamId);
    if (events.length === 0) return this.checkExpectation(streamId, expectedRevision);
    // Every event of a keyed append carries the key in its metadata, as on PostgreSQL.
    const toStore =
      idempotencyKey === undefined
        ? events
        : events.map((event) => ({ ...event, metadata: { ...event.metadata, idempotencyKey } }));
    const eventData = toStore.map(toEventData);

    let held: HeldReservation | null = null;
    if (idempotencyKey !== undefined) {
      const attempt: ReservationAttempt = {
        streamId,
        firstRevision: firstRevisionOf(expectedRevision),
        eventIds,
      };
      const claim = await this.reserve(idempotencyKey, attempt);
      if (claim.kind === 'replay') return this.finishAppend(streamId, toStore, claim.events, false);
      held = claim;
    }

    let lastRevision: number;
    try {
      const result = await this.client.appendToStream(this.naming.toStreamName(streamId), eventData, {
        streamState,
      });
      lastRevision = revisionToNumber(result.nextExpectedRevision);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // Refused means nothing was written, so the key can go back at once.
      if (held !== null && idempotencyKey !== undefined) await this.release(idempotencyKey, held);
      throw toWrongExpectedRevisionError(streamId, expectedRevision, error);
    }
    // Read back rather than trust the input: a retried append that KurrentDB took as idempotent returns the
    // events stored the first time, and only a read gives positions and recorded times of every event.
    const stored = await this.readBack(streamId, eventIds, lastRevision - events.length + 1);
    return this.finishAppend(streamId, toStore, stored, true);
  }

  /**
   * The global log ($all) in order, without system events (`$` types and streams), streams outside the
   * namespace, or idempotency bookkeeping streams. The cursor is `"<commit>/<prepare>"` and globalPosition is
   * the commit position. Events appended through the gRPC API commit one by one, so each has its own commit
   * position (equal to its prepare position) and globalPosition is unique; the cursor keeps both parts so
   * that resuming is exact even for events of legacy TCP-era transactions, which share a commit position.
   * No limit reads to the end, in pages. See the class comment for why $all has no gaps.
   */
  async readAll(options: ReadAllOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new RangeError(`readAll limit must be a positive integer, got ${String(options.limit)}`);
    }
    const found: RecordedEvent[] = [];
    let after: Position | null =
      options.after === undefined || options.after === null ? null : decodeLogCursor(options.after);
    while (found.length < limit) {
      // A forward read of $all starts AT the given position: ask for one more and skip the one we resume after.
      const maxCount = Math.min(limit - found.length, READ_ALL_PAGE_SIZE) + (after === null ? 0 : 1);
      let received = 0;
      let last: Position | null = null;
      for await (const { event } of this.client.readAll({
        fromPosition: after ?? START,
        maxCount,
        filter: this.logFilter,
      })) {
        if (event === undefined) continue;
        received++;
        if (!isUsablePosition(event.position)) {
          throw new MalformedStoredEventError(event.streamId, event.id, 'read from $all without a position');
        }
        if (after !== null && comparePositions(event.position, after) <= 0) continue;
        last = event.position;
        const streamId = this.naming.toStreamId(event.streamId);
        if (found.length < limit && streamId !== null && this.naming.isLogEvent(event.streamId, event.type)) {
          found.push(this.upcasters.upcast(toRecordedEvent(event, streamId)));
        }
      }
      // The server pages internally until maxCount or the end of $all, so a short read is the end.
      if (received < maxCount || last === null) break;
      after = last;
    }
    return found;
  }

  async findByIdempotencyKey(idempotencyKey: string): Promise<readonly RecordedEvent[] | null> {
    this.assertOpen();
    const state = await this.readReservation(idempotencyKey);
    if (state === null || state.kind === 'released') return null;
    const inspected = await this.inspectReservedEvents(state.reservation);
    // A reservation whose events are missing (in flight, or the crash window) is no answer yet: null.
    if (inspected.state.kind !== 'stored') return null;
    return inspected.events.map((event) => this.upcasters.upcast(event));
  }

  lastAppended(): LogCursor | null {
    return this.furthestAppended;
  }

  onAppended(listener: AppendedListener): () => void {
    const entry = { listener };
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  /** Disposes the client (closing its connections); safe to call more than once. */
  close(): Promise<void> {
    this.listeners.clear();
    this.closing ??= this.client.dispose();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing !== null) throw new Error('The kurrentdb event store is closed');
  }

  compareCursors(a: LogCursor, b: LogCursor): number {
    return comparePositions(decodeLogCursor(a), decodeLogCursor(b));
  }

  private notifyAppended(last: LogCursor, eventTypes: readonly string[]): void {
    if (this.furthestAppended === null || this.compareCursors(last, this.furthestAppended) > 0) {
      this.furthestAppended = last;
    }
    for (const { listener } of [...this.listeners]) {
      try {
        listener(last, eventTypes);
      } catch {
        // A listener only wakes followers early; its failure must not turn a stored append into an error.
      }
    }
  }

  /** Checks that what is stored is what was sent, then hands it out upcast (and wakes followers). */
  private finishAppend(
    streamId: string,
    sent: readonly NewEvent[],
    stored: readonly RecordedEvent[],
    appended: boolean,
  ): AppendResult {
    const matches =
      stored.length === sent.length &&
      sent.every((event, i) => {
        const counterpart = stored[i];
        return counterpart !== undefined && sameContent(event, counterpart);
      });
    const last = stored[stored.length - 1];
    if (!matches || last === undefined) throw new DuplicateEventIdError(streamId);
    // A retry KurrentDB itself recognised cannot be told apart from a new append here: followers may wake
    // once for nothing, which costs one empty read.
    if (appended) this.notifyAppended(last.cursor, [...new Set(stored.map((event) => event.type))]);
    return {
      nextExpectedRevision: last.streamRevision,
      events: stored.map((event) => this.upcasters.upcast(event)),
    };
  }

  /** An append of no events writes nothing; it only checks the expectation (and takes no idempotency key). */
  private async checkExpectation(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const last = await this.readLast(this.naming.toStreamName(streamId));
    const actual = last === null ? 'no_stream' : revisionToNumber(last.revision);
    if (expected !== 'any' && expected !== actual) {
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    return { nextExpectedRevision: actual === 'no_stream' ? -1 : actual, events: [] };
  }

  /** Decoded events of one stream (optionally a range), at their stored schema versions. */
  private async readStored(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const { event } of this.client.readStream(this.naming.toStreamName(streamId), options)) {
        if (event !== undefined) events.push(toRecordedEvent(event, streamId));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  private async readLast(streamName: string): Promise<KurrentRecordedEvent | null> {
    try {
      for await (const { event } of this.client.readStream(streamName, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) {
        if (event !== undefined) return event;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
    return null;
  }

  private async readBack(
    streamId: string,
    eventIds: readonly string[],
    firstRevision: number,
  ): Promise<readonly RecordedEvent[]> {
    if (firstRevision >= 0) {
      const slot = await this.readStored(streamId, {
        fromRevision: BigInt(firstRevision),
        maxCount: eventIds.length,
      });
      if (sameIds(slot, eventIds)) return slot;
    }
    // Only reachable after an idempotent append with 'any' reporting another place: look the events up by id.
    const run = locateRun(await this.readStored(streamId), eventIds);
    if (run === null) throw new Error(`Appended to ${streamId}, but the events cannot be read back`);
    return run;
  }

  /**
   * Claims the key for this append: create the reservation stream (NO_STREAM), or, when it exists, decide
   * from the reservation and its events (judgeReservation) whether to replay, proceed, take it over with
   * the stream's current revision as expectation, or refuse.
   */
  private async reserve(
    idempotencyKey: string,
    attempt: ReservationAttempt,
  ): Promise<HeldReservation | ReservationReplay> {
    const streamName = this.naming.toStreamName(reservationStreamId(idempotencyKey));
    let streamState: AppendStreamState = NO_STREAM;
    for (let round = 1; round <= MAX_RESERVATION_ROUNDS; round++) {
      const reserved: IdempotencyKeyReserved = {
        idempotencyKey,
        streamId: attempt.streamId,
        firstRevision: attempt.firstRevision,
        count: attempt.eventIds.length,
        eventIds: [...attempt.eventIds],
        reservedAt: this.clock.now().toISOString(),
      };
      try {
        const result = await this.client.appendToStream(
          streamName,
          jsonEvent({ type: IDEMPOTENCY_KEY_RESERVED, data: reserved }),
          { streamState },
        );
        return { kind: 'held', streamName, revision: revisionToNumber(result.nextExpectedRevision) };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
      const state = await this.readReservation(idempotencyKey);
      if (state === null) {
        streamState = NO_STREAM;
        continue;
      }
      const inspected: InspectedReservation =
        state.kind === 'reserved'
          ? await this.inspectReservedEvents(state.reservation)
          : { state: { kind: 'missing' }, events: [] };
      const verdict = judgeReservation({
        state,
        events: inspected.state,
        attempt,
        now: this.clock.now(),
        leaseMs: this.leaseMs,
      });
      switch (verdict) {
        case 'replay':
          return { kind: 'replay', events: inspected.events };
        case 'proceed':
          return { kind: 'held', streamName, revision: state.revision };
        case 'take-over':
          streamState = BigInt(state.revision);
          break;
        case 'key-used':
          throw new IdempotencyKeyUsedError(idempotencyKey);
        case 'duplicate-event-ids':
          throw new DuplicateEventIdError(attempt.streamId);
      }
    }
    // Other writers kept taking the key over between our reads and writes.
    throw new IdempotencyKeyUsedError(idempotencyKey);
  }

  /** Best effort: a reservation left behind is later found superseded, or outlives its lease. */
  private async release(idempotencyKey: string, held: HeldReservation): Promise<void> {
    const released: IdempotencyKeyReleased = {
      idempotencyKey,
      releasedAt: this.clock.now().toISOString(),
    };
    try {
      await this.client.appendToStream(
        held.streamName,
        jsonEvent({ type: IDEMPOTENCY_KEY_RELEASED, data: released }),
        { streamState: BigInt(held.revision) },
      );
    } catch {
      // Someone took the key over already, or the server is unreachable; both leave a correct state.
    }
  }

  private async readReservation(idempotencyKey: string): Promise<ReservationState | null> {
    const last = await this.readLast(this.naming.toStreamName(reservationStreamId(idempotencyKey)));
    if (last === null) return null;
    return decodeReservationState(idempotencyKey, {
      type: last.type,
      data: last.data,
      revision: revisionToNumber(last.revision),
    });
  }

  private async inspectReservedEvents(reservation: IdempotencyKeyReserved): Promise<InspectedReservation> {
    const { streamId, firstRevision, eventIds } = reservation;
    if (firstRevision !== null) {
      const slot = await this.readStored(streamId, {
        fromRevision: BigInt(firstRevision),
        maxCount: eventIds.length,
      });
      const state = classifySlot(slot, eventIds);
      return { state, events: state.kind === 'stored' ? slot : [] };
    }
    const run = locateRun(await this.readStored(streamId), eventIds);
    const first = run?.[0];
    return run === null || first === undefined
      ? { state: { kind: 'missing' }, events: [] }
      : { state: { kind: 'stored', firstRevision: first.streamRevision }, events: run };
  }
}

/** A store with its own client; `close()` disposes that client. */
export const createKurrentDbEventStore = (
  connectionString: string,
  options: KurrentDbEventStoreOptions = {},
): KurrentDbEventStore =>
  new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
