import { beforeAll, expect, it } from 'vitest';
import { accept, domainError, reject, type Decider, type DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  CommandHandler,
  ConcurrencyConflictError,
  ManualClock,
  UuidV7Generator,
  type CommandMetadata,
  type EventStore,
  type NewEvent,
} from '@qinqing/shared/event-sourcing';
import { describeEachBackend } from '../test-setup/test-backends';
import { migrateEventStore } from './schema/migrate-event-store';
import { PostgresEventStore } from './store/postgres-event-store';

type CounterIncremented = DomainEvent<'CounterIncremented', { readonly by: number }>;
interface Increment {
  readonly by: number;
}
interface Counter {
  readonly total: number;
}

/** Increments must be positive; an increment of 1000 is nothing to do. */
const counter: Decider<Increment, CounterIncremented, Counter> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: (command) =>
    command.by === 1000
      ? accept<CounterIncremented>()
      : command.by > 0
        ? accept<CounterIncremented>({ type: 'CounterIncremented', data: { by: command.by } })
        : reject(
            domainError(
              'validation',
              'counter.increment-not-positive',
              { zh: '增量必须为正数', en: 'The increment must be positive' },
              'by',
            ),
          ),
};

const uuids = new UuidV7Generator();
const counterId = (): string => `counter-${uuids.next()}`;
const clock = new ManualClock(new Date('2025-03-01T08:00:00.000Z'));
const metadata = (): CommandMetadata => ({
  correlationId: `request-${uuids.next()}`,
  actor: { id: 'official-3', role: 'leading-official' },
});

const rivalEvent = (): NewEvent => ({
  eventId: uuids.next(),
  type: 'CounterIncremented',
  schemaVersion: 1,
  data: { by: 100 },
  metadata: { ...metadata(), causationId: null, actorId: 'rival', actorRole: 'rival', occurredAt: '' },
});

/** The store's methods, bound; `overrides` replace some. Without readStreams/appendMany when `oneByOne`. */
const wrap = (
  inner: PostgresEventStore,
  overrides: Partial<EventStore> = {},
  oneByOne = false,
): EventStore => ({
  kind: inner.kind,
  readStream: (streamId) => inner.readStream(streamId),
  appendToStream: (streamId, events, options) => inner.appendToStream(streamId, events, options),
  ...(oneByOne
    ? {}
    : {
        readStreams: (streamIds: readonly string[]) => inner.readStreams(streamIds),
        appendMany: (appends: Parameters<PostgresEventStore['appendMany']>[0]) => inner.appendMany(appends),
      }),
  readAll: (options) => inner.readAll(options),
  findByIdempotencyKey: (key) => inner.findByIdempotencyKey(key),
  onAppended: (listener) => inner.onAppended(listener),
  compareCursors: (a, b) => inner.compareCursors(a, b),
  close: () => inner.close(),
  ...overrides,
});

describeEachBackend('CommandHandler.handleMany', (database) => {
  let store: PostgresEventStore;
  const handlerFor = (on: EventStore, maxAttempts = 5) =>
    new CommandHandler({ store: on, clock, ids: uuids, maxAttempts });

  beforeAll(async () => {
    await migrateEventStore(database().db);
    store = new PostgresEventStore(database().db);
  });

  for (const oneByOne of [false, true]) {
    const how = oneByOne ? 'stream by stream (a store without appendMany)' : 'in one appendMany';
    it(`decides each command on its own stream and appends the accepted ones, ${how}`, async () => {
      const [existing, fresh, refused, idle] = [counterId(), counterId(), counterId(), counterId()];
      await store.appendToStream(existing, [rivalEvent()], { expectedRevision: 'no_stream' });
      let appendManyCalls = 0;
      const counted = wrap(
        store,
        oneByOne
          ? {}
          : {
              appendMany: (appends) => {
                appendManyCalls++;
                return store.appendMany(appends);
              },
            },
        oneByOne,
      );

      const outcomes = await handlerFor(counted).handleMany(
        counter,
        [
          { streamId: existing, command: { by: 2 } },
          { streamId: fresh, command: { by: 3 } },
          { streamId: refused, command: { by: 0 } },
          { streamId: idle, command: { by: 1000 } },
        ],
        metadata(),
      );

      expect(outcomes).toEqual([
        {
          streamId: existing,
          outcome: 'accepted',
          events: [{ type: 'CounterIncremented', data: { by: 2 } }],
          state: { total: 102 },
          revision: 1,
        },
        {
          streamId: fresh,
          outcome: 'accepted',
          events: [{ type: 'CounterIncremented', data: { by: 3 } }],
          state: { total: 3 },
          revision: 0,
        },
        {
          streamId: refused,
          outcome: 'rejected',
          error: expect.objectContaining({ code: 'counter.increment-not-positive', field: 'by' }),
        },
        { streamId: idle, outcome: 'accepted', events: [], state: { total: 0 }, revision: -1 },
      ]);
      expect(appendManyCalls).toBe(oneByOne ? 0 : 1);
      const [existingEvents, freshEvents] = [await store.readStream(existing), await store.readStream(fresh)];
      expect(existingEvents.map((e) => e.data)).toEqual([{ by: 100 }, { by: 2 }]);
      expect(freshEvents.map((e) => e.data)).toEqual([{ by: 3 }]);
      expect(await store.readStream(refused)).toEqual([]);
      expect(await store.readStream(idle)).toEqual([]);
      // Each command is its own cause.
      const causes = [existingEvents[1], freshEvents[0]].map((e) => e?.metadata.causationId);
      expect(new Set(causes).size).toBe(2);
      expect(causes.every((c) => typeof c === 'string')).toBe(true);
    });
  }

  it('reads and decides the whole batch again when another writer changed one of its streams', async () => {
    const [quiet, contested] = [counterId(), counterId()];
    let rivalAppends = 1;
    let reads = 0;
    const rivalled = wrap(store, {
      readStreams: async (streamIds) => {
        reads++;
        const read = await store.readStreams(streamIds);
        if (rivalAppends-- > 0)
          await store.appendToStream(contested, [rivalEvent()], { expectedRevision: 'any' });
        return read;
      },
    });

    const outcomes = await handlerFor(rivalled).handleMany(
      counter,
      [
        { streamId: quiet, command: { by: 1 } },
        { streamId: contested, command: { by: 2 } },
      ],
      metadata(),
    );

    expect(reads).toBe(2);
    expect(outcomes.map((o) => (o.outcome === 'accepted' ? [o.state, o.revision] : o))).toEqual([
      [{ total: 1 }, 0],
      [{ total: 102 }, 1],
    ]);
    expect((await store.readStream(quiet)).map((e) => e.data)).toEqual([{ by: 1 }]);
    expect((await store.readStream(contested)).map((e) => e.data)).toEqual([{ by: 100 }, { by: 2 }]);
  });

  it('gives up with ConcurrencyConflictError after maxAttempts, having appended nothing of the batch', async () => {
    const [quiet, contested] = [counterId(), counterId()];
    const rivalled = wrap(store, {
      readStreams: async (streamIds) => {
        const read = await store.readStreams(streamIds);
        await store.appendToStream(contested, [rivalEvent()], { expectedRevision: 'any' });
        return read;
      },
    });

    const error = await handlerFor(rivalled, 2)
      .handleMany(
        counter,
        [
          { streamId: quiet, command: { by: 1 } },
          { streamId: contested, command: { by: 2 } },
        ],
        metadata(),
      )
      .then(
        () => null,
        (e: unknown) => e,
      );

    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    expect(error).toMatchObject({ streamId: contested, attempts: 2 });
    expect(await store.readStream(quiet)).toEqual([]);
    expect((await store.readStream(contested)).map((e) => e.data)).toEqual([{ by: 100 }, { by: 100 }]);
  });

  it('decideMany decides on the streams as they are and appends nothing', async () => {
    const [existing, fresh] = [counterId(), counterId()];
    await store.appendToStream(existing, [rivalEvent()], { expectedRevision: 'no_stream' });

    const outcomes = await handlerFor(store).decideMany(counter, [
      { streamId: existing, command: { by: 5 } },
      { streamId: fresh, command: { by: -1 } },
    ]);

    expect(outcomes).toEqual([
      {
        streamId: existing,
        outcome: 'accepted',
        events: [{ type: 'CounterIncremented', data: { by: 5 } }],
        state: { total: 105 },
        revision: 0,
      },
      expect.objectContaining({ streamId: fresh, outcome: 'rejected' }),
    ]);
    expect(await store.readStream(existing)).toHaveLength(1);
    expect(await store.readStream(fresh)).toEqual([]);
  });

  it('refuses an idempotency key and a stream named twice', async () => {
    const streamId = counterId();
    const handler = handlerFor(store);
    await expect(
      handler.handleMany(counter, [{ streamId, command: { by: 1 } }], {
        ...metadata(),
        idempotencyKey: 'k-1',
      }),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(
      handler.handleMany(
        counter,
        [
          { streamId, command: { by: 1 } },
          { streamId, command: { by: 2 } },
        ],
        metadata(),
      ),
    ).rejects.toBeInstanceOf(RangeError);
    expect(await store.readStream(streamId)).toEqual([]);
  });
});
