import type { Decider, DecisionContext, DomainError, DomainEvent } from '@qinqing/shared/domain-kernel';
import type { Clock } from './clock';
import type { EventMetadata, NewEvent, RecordedEvent } from './envelope';
import {
  ConcurrencyConflictError,
  DomainRejectionError,
  IdempotencyKeyReusedError,
  IdempotencyKeyUsedError,
  WrongExpectedRevisionError,
} from './errors';
import type { EventStore } from './event-store.port';
import type { IdGenerator } from './ids';
import { type CachedStreamState, StateCache } from './state-cache';
import { UpcasterRegistry } from './upcasting';

/** Who sent the command and in which request; becomes the metadata of every event it causes. */
export interface CommandMetadata {
  readonly correlationId: string;
  /**
   * The event this command reacts to, when one caused it. Otherwise the command is the cause: the handler
   * gives it an id, recorded as the causation id of every event it appends.
   */
  readonly causationId?: string | null;
  readonly actor: { readonly id: string; readonly role: string };
  /** Client-chosen key: the same key twice means the same command, handled once. */
  readonly idempotencyKey?: string;
  /** Digest of the request behind the key; the key replays only for the same digest. */
  readonly requestFingerprint?: string;
}

export interface CommandResult<Event extends DomainEvent, State> {
  readonly streamId: string;
  readonly nextExpectedRevision: number;
  /** Events the command produced (on a replayed idempotent command: those of the first handling). */
  readonly events: readonly RecordedEvent<Event['type']>[];
  readonly state: State;
  /** True when the idempotency key had been handled before and nothing was appended now. */
  readonly replayed: boolean;
}

export interface CommandHandlerOptions {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Supplies the schema version new events are written at. */
  readonly upcasters?: UpcasterRegistry;
  /** Attempts before a run of concurrency conflicts becomes a ConcurrencyConflictError. */
  readonly maxAttempts?: number;
  /** Streams whose folded state is kept per decider, to decide without re-reading them (0: off). */
  readonly stateCacheSize?: number;
}

const toDomainEvent = <Event extends DomainEvent>(event: RecordedEvent): Event =>
  ({ type: event.type, data: event.data }) as Event;

/**
 * Load → decide → append with the expected revision, retried on conflicts. The one place where a
 * decider meets the store, so every context gets idempotency, metadata and conflict handling the same way.
 */
export class CommandHandler {
  private readonly maxAttempts: number;
  private readonly upcasters: UpcasterRegistry;
  private readonly states: StateCache;

  constructor(private readonly options: CommandHandlerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.states = new StateCache(options.stateCacheSize ?? 10_000);
  }

  /**
   * `context` is whatever the decider needs beyond the time (which the handler adds from its clock), e.g.
   * the working-day calendar in force.
   */
  async handle<Command, Event extends DomainEvent, State, Context extends DecisionContext = DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    streamId: string,
    command: Command,
    metadata: CommandMetadata,
    ...[context]: keyof Omit<Context, 'now'> extends never ? [] : [Omit<Context, 'now'>]
  ): Promise<CommandResult<Event, State>> {
    const { store } = this.options;
    if (metadata.idempotencyKey !== undefined) {
      const replay = await this.replay(decider, metadata.idempotencyKey, metadata.requestFingerprint);
      if (replay !== null) return replay;
    }
    // The first decision may use the cached state of the stream; anything it cannot confirm by appending
    // (a refusal, nothing to do, a conflict) is decided again on a fresh read.
    let cached = this.states.get<State>(decider, streamId);
    const causationId = metadata.causationId ?? this.options.ids.next();
    for (let attempt = 1; ;) {
      const current = cached ?? (await this.load(decider, streamId));
      const fromCache = cached !== undefined;
      cached = undefined;
      const now = this.options.clock.now();
      const decision = decider.decide(command, current.state, { ...context, now } as Context);
      if (decision.outcome === 'rejected' || decision.events.length === 0) {
        if (fromCache) continue;
        if (decision.outcome === 'rejected') throw new DomainRejectionError(decision.error);
        return {
          streamId,
          nextExpectedRevision: current.revision,
          events: [],
          state: current.state,
          replayed: false,
        };
      }
      const newEvents = decision.events.map((event) => this.envelope(event, metadata, causationId, now));
      try {
        const appended = await store.appendToStream(streamId, newEvents, {
          expectedRevision: current.revision === -1 ? 'no_stream' : current.revision,
          ...(metadata.idempotencyKey === undefined ? {} : { idempotencyKey: metadata.idempotencyKey }),
        });
        const state = decision.events.reduce(decider.evolve, current.state);
        this.states.remember(decider, streamId, { revision: appended.nextExpectedRevision, state });
        return {
          streamId,
          nextExpectedRevision: appended.nextExpectedRevision,
          events: appended.events as RecordedEvent<Event['type']>[],
          state,
          replayed: false,
        };
      } catch (error) {
        if (error instanceof IdempotencyKeyUsedError) {
          const replay = await this.replay(decider, error.idempotencyKey, metadata.requestFingerprint);
          if (replay !== null) return replay;
        }
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        this.states.forget(decider, streamId);
        if (fromCache) continue;
        if (attempt >= this.maxAttempts) throw new ConcurrencyConflictError(streamId, attempt);
        attempt++;
        await backOff(attempt);
      }
    }
  }

  /** Reads and folds the stream, and keeps the result for the next command on it. */
  private async load<Command, Event extends DomainEvent, State, Context extends DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    streamId: string,
  ): Promise<CachedStreamState<State>> {
    const history = await this.options.store.readStream(streamId);
    const state = history.reduce(
      (s, e) => decider.evolve(s, toDomainEvent<Event>(e)),
      decider.initialState(),
    );
    const loaded = { revision: history.length - 1, state };
    this.states.remember(decider, streamId, loaded);
    return loaded;
  }

  private async replay<Command, Event extends DomainEvent, State, Context extends DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    idempotencyKey: string,
    requestFingerprint: string | undefined,
  ): Promise<CommandResult<Event, State> | null> {
    const first = await this.options.store.findByIdempotencyKey(idempotencyKey);
    if (first === null || first.length === 0) return null;
    const recorded = (first[0] as RecordedEvent).metadata.requestFingerprint;
    // Events from before fingerprints were kept replay as they always did.
    if (requestFingerprint !== undefined && recorded !== undefined && recorded !== requestFingerprint) {
      throw new IdempotencyKeyReusedError(idempotencyKey);
    }
    const streamId = (first[0] as RecordedEvent).streamId;
    const history = await this.options.store.readStream(streamId);
    const state = history.reduce(
      (s, e) => decider.evolve(s, toDomainEvent<Event>(e)),
      decider.initialState(),
    );
    return {
      streamId,
      nextExpectedRevision: history.length - 1,
      events: first as RecordedEvent<Event['type']>[],
      state,
      replayed: true,
    };
  }

  private envelope(event: DomainEvent, metadata: CommandMetadata, causationId: string, now: Date): NewEvent {
    const eventMetadata: EventMetadata = {
      correlationId: metadata.correlationId,
      causationId,
      actorId: metadata.actor.id,
      actorRole: metadata.actor.role,
      occurredAt: now.toISOString(),
      ...(metadata.idempotencyKey === undefined ? {} : { idempotencyKey: metadata.idempotencyKey }),
      ...(metadata.idempotencyKey === undefined || metadata.requestFingerprint === undefined
        ? {}
        : { requestFingerprint: metadata.requestFingerprint }),
    };
    return {
      eventId: this.options.ids.next(),
      type: event.type,
      schemaVersion: this.upcasters.currentVersion(event.type),
      data: event.data,
      metadata: eventMetadata,
    };
  }
}

/** Jittered, growing pause so racing writers stop colliding in lockstep. */
const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
