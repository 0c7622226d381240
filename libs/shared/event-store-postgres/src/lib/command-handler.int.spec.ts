import { beforeAll, expect, it } from 'vitest';
import { accept, domainError, reject, type Decider, type DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  CommandHandler,
  ConcurrencyConflictError,
  DomainRejectionError,
  ManualClock,
  UuidV7Generator,
  type CommandMetadata,
  type EventStore,
  type IdGenerator,
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

/** The smallest aggregate with a rule: increments must be positive. */
const counter: Decider<Increment, CounterIncremented, Counter> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: (command) =>
    command.by > 0
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
const metadata = (idempotencyKey?: string): CommandMetadata => ({
  correlationId: `request-${uuids.next()}`,
  causationId: 'http-request-1',
  actor: { id: 'official-3', role: 'leading-official' },
  ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
});

/** Wraps a store so that another writer appends to the stream right after each of the first `times` reads. */
const withRivalWriter = (inner: EventStore, times: number): EventStore => {
  let remaining = times;
  return {
    kind: inner.kind,
    readStream: async (streamId) => {
      const history = await inner.readStream(streamId);
      if (remaining > 0) {
        remaining--;
        await inner.appendToStream(
          streamId,
          [
            {
              eventId: uuids.next(),
              type: 'CounterIncremented',
              schemaVersion: 1,
              data: { by: 100 },
              metadata: {
                ...metadata(),
                causationId: null,
                actorId: 'rival',
                actorRole: 'rival',
                occurredAt: '',
              },
            },
          ],
          { expectedRevision: 'any' },
        );
      }
      return history;
    },
    appendToStream: (streamId, events, options) => inner.appendToStream(streamId, events, options),
    readAll: (options) => inner.readAll(options),
    findByIdempotencyKey: (key) => inner.findByIdempotencyKey(key),
    onAppended: (listener) => inner.onAppended(listener),
    compareCursors: (a, b) => inner.compareCursors(a, b),
    close: () => inner.close(),
  };
};

describeEachBackend('CommandHandler', (database) => {
  let store: PostgresEventStore;
  const handlerFor = (options: { store?: EventStore; ids?: IdGenerator; maxAttempts?: number } = {}) =>
    new CommandHandler({
      store: options.store ?? store,
      clock,
      ids: options.ids ?? uuids,
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    });

  beforeAll(async () => {
    await migrateEventStore(database().db);
    store = new PostgresEventStore(database().db);
  });

  it('loads the stream, decides and appends', async () => {
    const handler = handlerFor();
    const streamId = counterId();
    const first = await handler.handle(counter, streamId, { by: 2 }, metadata());
    const second = await handler.handle(counter, streamId, { by: 3 }, metadata());

    expect(first).toMatchObject({ streamId, nextExpectedRevision: 0, state: { total: 2 }, replayed: false });
    expect(second).toMatchObject({ streamId, nextExpectedRevision: 1, state: { total: 5 }, replayed: false });
    expect(second.events).toHaveLength(1);
    expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([{ by: 2 }, { by: 3 }]);
  });

  it('refuses a command the domain rejects with its typed error, appending nothing', async () => {
    const streamId = counterId();
    const error = await handlerFor()
      .handle(counter, streamId, { by: 0 }, metadata())
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DomainRejectionError);
    expect((error as DomainRejectionError).error).toMatchObject({
      kind: 'validation',
      code: 'counter.increment-not-positive',
      field: 'by',
    });
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it('writes who, when and why into the envelope of every event', async () => {
    const issued: string[] = [];
    const ids: IdGenerator = {
      next: () => {
        const id = uuids.next();
        issued.push(id);
        return id;
      },
    };
    const streamId = counterId();
    const command = metadata(`key-${uuids.next()}`);
    const result = await handlerFor({ ids }).handle(counter, streamId, { by: 1 }, command);

    const [stored] = await store.readStream(streamId);
    expect(stored).toEqual(result.events[0]);
    expect(stored).toMatchObject({ eventId: issued[0], type: 'CounterIncremented', schemaVersion: 1 });
    expect(stored?.metadata).toEqual({
      correlationId: command.correlationId,
      causationId: 'http-request-1',
      actorId: 'official-3',
      actorRole: 'leading-official',
      occurredAt: '2025-03-01T08:00:00.000Z',
      idempotencyKey: command.idempotencyKey,
    });
  });

  it('makes a command from outside the cause of its events: a causation id of its own per command', async () => {
    const streamId = counterId();
    const fromOutside: CommandMetadata = {
      correlationId: `request-${uuids.next()}`,
      actor: { id: 'official-3', role: 'leading-official' },
    };
    const handler = handlerFor();
    const first = await handler.handle(counter, streamId, { by: 1 }, fromOutside);
    const second = await handler.handle(counter, streamId, { by: 2 }, { ...fromOutside, causationId: null });

    const [one, two] = await store.readStream(streamId);
    expect(one?.metadata.causationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/u);
    expect(two?.metadata.causationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/u);
    expect(one?.metadata.causationId).not.toBe(two?.metadata.causationId);
    expect(one?.metadata.causationId).not.toBe(first.events[0]?.eventId);
    expect(two?.metadata.causationId).not.toBe(second.events[0]?.eventId);
  });
  it('answers a repeated idempotency key with the first result and appends nothing', async () => {
    const handler = handlerFor();
    const streamId = counterId();
    const key = `key-${uuids.next()}`;
    const first = await handler.handle(counter, streamId, { by: 4 }, metadata(key));
    const again = await handler.handle(counter, streamId, { by: 4 }, metadata(key));

    expect(again).toMatchObject({ streamId, replayed: true, state: { total: 4 }, nextExpectedRevision: 0 });
    expect(again.events).toEqual(first.events);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('handles two identical commands arriving together once', async () => {
    const handler = handlerFor();
    const streamId = counterId();
    const key = `key-${uuids.next()}`;
    const results = await Promise.all([
      handler.handle(counter, streamId, { by: 5 }, metadata(key)),
      handler.handle(counter, streamId, { by: 5 }, metadata(key)),
    ]);

    expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(results[0]?.events).toEqual(results[1]?.events);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('decides on the state it folded last time without reading the stream again', async () => {
    let reads = 0;
    const counting: EventStore = {
      ...store,
      kind: store.kind,
      readStream: (streamId) => {
        reads++;
        return store.readStream(streamId);
      },
      appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
      readAll: (options) => store.readAll(options),
      findByIdempotencyKey: (key) => store.findByIdempotencyKey(key),
      onAppended: (listener) => store.onAppended(listener),
      compareCursors: (a, b) => store.compareCursors(a, b),
      close: () => store.close(),
    };
    const handler = handlerFor({ store: counting });
    const streamId = counterId();
    await handler.handle(counter, streamId, { by: 1 }, metadata());
    const readsAfterFirst = reads;
    const second = await handler.handle(counter, streamId, { by: 2 }, metadata());
    expect(reads).toBe(readsAfterFirst);
    expect(second).toMatchObject({ nextExpectedRevision: 1, state: { total: 3 } });
  });

  it('starts a new stream without reading it, and decides on a fresh read when the stream exists after all', async () => {
    let reads = 0;
    const counting: EventStore = {
      ...store,
      kind: store.kind,
      readStream: (streamId) => {
        reads++;
        return store.readStream(streamId);
      },
      appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
      readAll: (options) => store.readAll(options),
      findByIdempotencyKey: (key) => store.findByIdempotencyKey(key),
      onAppended: (listener) => store.onAppended(listener),
      compareCursors: (a, b) => store.compareCursors(a, b),
      close: () => store.close(),
    };
    const handler = handlerFor({ store: counting });
    const fresh = counterId();
    const started = await handler.handleNew(counter, fresh, { by: 2 }, metadata());
    expect(reads).toBe(0);
    expect(started).toMatchObject({ streamId: fresh, nextExpectedRevision: 0, state: { total: 2 } });

    const existing = counterId();
    await handlerFor().handle(counter, existing, { by: 10 }, metadata());
    const result = await handler.handleNew(counter, existing, { by: 1 }, metadata());
    expect(reads).toBe(1);
    expect(result).toMatchObject({ nextExpectedRevision: 1, state: { total: 11 } });
    expect((await store.readStream(existing)).map((e) => e.data)).toEqual([{ by: 10 }, { by: 1 }]);

    const refused = await handler.handleNew(counter, counterId(), { by: 0 }, metadata()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DomainRejectionError);
  });

  it('notices a cached state gone stale (another writer appended) and decides again on a fresh read', async () => {
    const mine = handlerFor();
    const theirs = handlerFor();
    const streamId = counterId();
    await mine.handle(counter, streamId, { by: 1 }, metadata());
    await theirs.handle(counter, streamId, { by: 10 }, metadata());
    const result = await mine.handle(counter, streamId, { by: 2 }, metadata());
    expect(result).toMatchObject({ nextExpectedRevision: 2, state: { total: 13 } });
    expect((await store.readStream(streamId)).map((e) => e.streamRevision)).toEqual([0, 1, 2]);
  });

  it('retries conflicts until every one of many concurrent commands on one stream is applied', async () => {
    const handler = handlerFor({ maxAttempts: 30 });
    const streamId = counterId();
    const increments = Array.from({ length: 10 }, (_, i) => i + 1);
    await Promise.all(increments.map((by) => handler.handle(counter, streamId, { by }, metadata())));

    const stream = await store.readStream(streamId);
    expect(stream.map((e) => e.streamRevision)).toEqual(increments.map((_, i) => i));
    expect(stream.reduce((total, e) => total + (e.data as { by: number }).by, 0)).toBe(55);
  });

  it('gives up with ConcurrencyConflictError after maxAttempts conflicts in a row', async () => {
    const streamId = counterId();
    const error = await handlerFor({ store: withRivalWriter(store, 1), maxAttempts: 1 })
      .handle(counter, streamId, { by: 1 }, metadata())
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    expect(error).toMatchObject({ streamId, attempts: 1 });
    expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([{ by: 100 }]);

    const recovered = counterId();
    const result = await handlerFor({ store: withRivalWriter(store, 2), maxAttempts: 3 }).handle(
      counter,
      recovered,
      { by: 1 },
      metadata(),
    );
    expect(result).toMatchObject({ nextExpectedRevision: 2, state: { total: 201 } });
  });
});
