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

/** One command of a `handleMany`/`decideMany` call and the stream it is decided on. */
export interface StreamCommand<Command> {
  readonly streamId: string;
  readonly command: Command;
}

/** What became of one command of a `handleMany`/`decideMany` call, in the order the commands came. */
export type StreamCommandOutcome<Event extends DomainEvent, State> =
  | {
      readonly streamId: string;
      readonly outcome: 'accepted';
      /** The events decided (and, by handleMany, appended); none when the command had nothing to do. */
      readonly events: readonly Event[];
      /** The stream's state with the events. */
      readonly state: State;
      /** The stream's revision after the command (-1: the stream does not exist). */
      readonly revision: number;
    }
  | { readonly streamId: string; readonly outcome: 'rejected'; readonly error: DomainError };

/** Commands handled at once, each on its own, on a store without `appendMany` (and streams read at once without `readStreams`). */
const ONE_BY_ONE_CONCURRENCY = 8;

/** Streams whose folded state a handler keeps per decider unless told otherwise (about 2 KiB a request). */
export const DEFAULT_STATE_CACHE_SIZE = 10_000;

export interface CommandHandlerOptions {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Supplies the schema version new events are written at. */
  readonly upcasters?: UpcasterRegistry;
  /** Attempts before a run of concurrency conflicts becomes a ConcurrencyConflictError. */
  readonly maxAttempts?: number;
  /**
   * Streams whose folded state is kept per decider, to decide without re-reading them (0: off); default
   * DEFAULT_STATE_CACHE_SIZE.
   */
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
    this.states = new StateCache(options.stateCacheSize ?? DEFAULT_STATE_CACHE_SIZE);
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
    return this.decideAndAppend(decider, streamId, command, metadata, context, () =>
      this.states.get<State>(decider, streamId),
    );
  }

  /**
   * `handle` for a command that starts a stream under an id made just now (a new aggregate's UUIDv7): such a
   * stream cannot exist yet, so the command is decided on the initial state without reading it and appended
   * with `no_stream` — one round trip fewer. Should the stream exist after all, that append fails, and the
   * command is decided again on a fresh read as `handle` would have decided it; so is a refusal or a
   * decision with nothing to append.
   */
  async handleNew<
    Command,
    Event extends DomainEvent,
    State,
    Context extends DecisionContext = DecisionContext,
  >(
    decider: Decider<Command, Event, State, DomainError, Context>,
    streamId: string,
    command: Command,
    metadata: CommandMetadata,
    ...[context]: keyof Omit<Context, 'now'> extends never ? [] : [Omit<Context, 'now'>]
  ): Promise<CommandResult<Event, State>> {
    return this.decideAndAppend(decider, streamId, command, metadata, context, () => ({
      revision: -1,
      state: decider.initialState(),
    }));
  }

  /**
   * Load → decide → append. `assumed` gives the state to decide on first, without a read (the cached state, or
   * a new stream's), when there is one; anything that first decision cannot confirm by appending (a refusal,
   * nothing to do, a conflict) is decided again on a fresh read.
   */
  private async decideAndAppend<Command, Event extends DomainEvent, State, Context extends DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    streamId: string,
    command: Command,
    metadata: CommandMetadata,
    context: Omit<Context, 'now'> | undefined,
    assumed: () => CachedStreamState<State> | undefined,
  ): Promise<CommandResult<Event, State>> {
    const { store } = this.options;
    if (metadata.idempotencyKey !== undefined) {
      const replay = await this.replay(decider, metadata.idempotencyKey, metadata.requestFingerprint);
      if (replay !== null) return replay;
    }
    let cached = assumed();
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

  /**
   * Many commands, each on its own stream, decided together and appended together: the streams are read
   * in one `readStreams`, every command is decided on its stream's state, and all the events go into one
   * atomic `appendMany`. A refused command is reported in its outcome and does not stop the others. When
   * any stream changed meanwhile the append fails as a whole, and all the commands are read and decided
   * again (at most `maxAttempts` times, then ConcurrencyConflictError) — so every outcome is one that was
   * appended as decided. Each command gets its own causation id (unless the metadata names the cause).
   *
   * On a store without `appendMany` (KurrentDB) each command is handled on its own by `handle`, a few at
   * a time: the same outcomes, but not atomic as a whole. Idempotency keys are per command, so the
   * metadata may not carry one; a stream may appear once per call.
   */
  async handleMany<
    Command,
    Event extends DomainEvent,
    State,
    Context extends DecisionContext = DecisionContext,
  >(
    decider: Decider<Command, Event, State, DomainError, Context>,
    commands: readonly StreamCommand<Command>[],
    metadata: CommandMetadata,
    ...[context]: keyof Omit<Context, 'now'> extends never ? [] : [Omit<Context, 'now'>]
  ): Promise<StreamCommandOutcome<Event, State>[]> {
    if (metadata.idempotencyKey !== undefined)
      throw new RangeError('handleMany takes no idempotency key: a key names one command, not many');
    assertDistinctStreams(commands);
    const { store } = this.options;
    if (store.appendMany === undefined) return this.handleOneByOne(decider, commands, metadata, context);
    for (let attempt = 1; ;) {
      const now = this.options.clock.now();
      const decided = await this.decideAll(decider, commands, { ...context, now } as Context);
      const appends = decided.flatMap((outcome) =>
        outcome.outcome === 'accepted' && outcome.events.length > 0
          ? [
              {
                streamId: outcome.streamId,
                expectedRevision: outcome.revision === -1 ? ('no_stream' as const) : outcome.revision,
                events: this.envelopes(outcome.events, metadata, now),
              },
            ]
          : [],
      );
      if (appends.length === 0) return decided;
      try {
        const appended = await store.appendMany(appends);
        const revisionOf = new Map(appends.map((a, i) => [a.streamId, appended[i]?.nextExpectedRevision]));
        return decided.map((outcome) => {
          const revision = revisionOf.get(outcome.streamId);
          if (outcome.outcome !== 'accepted' || revision === undefined) return outcome;
          this.states.forget(decider, outcome.streamId);
          return { ...outcome, revision };
        });
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= this.maxAttempts) throw new ConcurrencyConflictError(error.streamId, attempt);
        attempt++;
        await backOff(attempt);
      }
    }
  }

  /**
   * What `handleMany` would do, appending nothing: every command decided on its stream as it is now
   * (read in one `readStreams` where the store has it). `revision` is the stream's as read.
   */
  async decideMany<
    Command,
    Event extends DomainEvent,
    State,
    Context extends DecisionContext = DecisionContext,
  >(
    decider: Decider<Command, Event, State, DomainError, Context>,
    commands: readonly StreamCommand<Command>[],
    ...[context]: keyof Omit<Context, 'now'> extends never ? [] : [Omit<Context, 'now'>]
  ): Promise<StreamCommandOutcome<Event, State>[]> {
    assertDistinctStreams(commands);
    return this.decideAll(decider, commands, { ...context, now: this.options.clock.now() } as Context);
  }

  /** Reads the commands' streams and decides each command; `revision` is the one read. */
  private async decideAll<Command, Event extends DomainEvent, State, Context extends DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    commands: readonly StreamCommand<Command>[],
    context: Context,
  ): Promise<StreamCommandOutcome<Event, State>[]> {
    const { store } = this.options;
    const streamIds = commands.map((c) => c.streamId);
    const histories =
      store.readStreams === undefined
        ? new Map(
            await inBatches(
              streamIds,
              ONE_BY_ONE_CONCURRENCY,
              async (id) => [id, await store.readStream(id)] as const,
            ),
          )
        : await store.readStreams(streamIds);
    return commands.map(({ streamId, command }) => {
      const history = histories.get(streamId) ?? [];
      const state = history.reduce(
        (s, e) => decider.evolve(s, toDomainEvent<Event>(e)),
        decider.initialState(),
      );
      const decision = decider.decide(command, state, context);
      if (decision.outcome === 'rejected') return { streamId, outcome: 'rejected', error: decision.error };
      const after = decision.events.reduce(decider.evolve, state);
      return {
        streamId,
        outcome: 'accepted',
        events: decision.events,
        state: after,
        revision: history.length - 1,
      };
    });
  }

  private async handleOneByOne<Command, Event extends DomainEvent, State, Context extends DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    commands: readonly StreamCommand<Command>[],
    metadata: CommandMetadata,
    context: Omit<Context, 'now'> | undefined,
  ): Promise<StreamCommandOutcome<Event, State>[]> {
    const handle = this.handle.bind(this) as (
      ...args: [typeof decider, string, Command, CommandMetadata, Omit<Context, 'now'> | undefined]
    ) => Promise<CommandResult<Event, State>>;
    return inBatches(
      commands,
      ONE_BY_ONE_CONCURRENCY,
      async ({ streamId, command }): Promise<StreamCommandOutcome<Event, State>> => {
        try {
          const result = await handle(decider, streamId, command, metadata, context);
          return {
            streamId,
            outcome: 'accepted',
            events: result.events.map((e) => toDomainEvent<Event>(e)),
            state: result.state,
            revision: result.nextExpectedRevision,
          };
        } catch (error) {
          if (!(error instanceof DomainRejectionError)) throw error;
          return { streamId, outcome: 'rejected', error: error.error };
        }
      },
    );
  }

  /** One command's events as new events: one causation id for all of them. */
  private envelopes(events: readonly DomainEvent[], metadata: CommandMetadata, now: Date): NewEvent[] {
    const causationId = metadata.causationId ?? this.options.ids.next();
    return events.map((event) => this.envelope(event, metadata, causationId, now));
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

const assertDistinctStreams = (commands: readonly StreamCommand<unknown>[]): void => {
  const seen = new Set<string>();
  for (const { streamId } of commands) {
    if (seen.has(streamId)) throw new RangeError(`Stream ${streamId} appears twice in one call`);
    seen.add(streamId);
  }
};

/** `work` over `items`, `size` at a time, results in input order. */
const inBatches = async <Item, Result>(
  items: readonly Item[],
  size: number,
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> => {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
};

/** Jittered, growing pause so racing writers stop colliding in lockstep. */
const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
