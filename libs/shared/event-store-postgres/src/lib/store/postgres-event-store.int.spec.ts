import { beforeAll, expect, it } from 'vitest';
import {
  DuplicateEventIdError,
  IdempotencyKeyUsedError,
  UuidV7Generator,
  WrongExpectedRevisionError,
  type EventMetadata,
  type LogCursor,
  type NewEvent,
} from '@qinqing/shared/event-sourcing';
import { describeEachBackend, postgresOnly } from '../../test-setup/test-backends';
import { migrateEventStore } from '../schema/migrate-event-store';
import { PostgresEventStore } from './postgres-event-store';

const ids = new UuidV7Generator();
const metadata: EventMetadata = {
  correlationId: 'correlation-1',
  causationId: null,
  actorId: 'staff-1',
  actorRole: 'service-staff',
  occurredAt: '2025-01-02T03:04:05.000Z',
};
const event = (data: unknown): NewEvent => ({
  eventId: ids.next(),
  type: 'Noted',
  schemaVersion: 1,
  data,
  metadata,
});
const streamId = (purpose: string): string => `pg-${purpose}-${ids.next()}`;

/** Behaviour beyond the shared contract: the parts the PostgreSQL design decides. */
describeEachBackend('PostgresEventStore', (database, backend) => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    await migrateEventStore(database().db);
    store = new PostgresEventStore(database().db);
  });

  it('names its kind after the database dialect', () => {
    expect(store.kind).toBe(backend.name === 'PGlite' ? 'pglite' : 'postgres');
  });

  it('refuses the same ids at the same place when the content differs', async () => {
    const stream = streamId('content');
    const original = [event({ n: 1 }), event({ n: 2 })];
    await store.appendToStream(stream, original, { expectedRevision: 'no_stream' });
    const changed = [original[0] as NewEvent, { ...(original[1] as NewEvent), data: { n: 99 } }];

    await expect(
      store.appendToStream(stream, changed, { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(
      store.appendToStream(stream, [original[1] as NewEvent], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(
      store.appendToStream(stream, [...original, event({ n: 3 })], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it("treats a retried 'any' append as the same append", async () => {
    const stream = streamId('any-retry');
    const events = [event({ n: 1 })];
    const first = await store.appendToStream(stream, events, { expectedRevision: 'any' });
    expect(await store.appendToStream(stream, events, { expectedRevision: 'any' })).toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('refuses the same id twice within one append', async () => {
    const twice = event({ n: 1 });
    const stream = streamId('twice');
    await expect(
      store.appendToStream(stream, [twice, twice], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream(stream)).toEqual([]);
  });

  it('checks the expected revision of an empty append without writing', async () => {
    const stream = streamId('empty');
    expect(await store.appendToStream(stream, [], { expectedRevision: 'no_stream' })).toEqual({
      nextExpectedRevision: -1,
      events: [],
    });
    await store.appendToStream(stream, [event({})], { expectedRevision: 'no_stream' });
    expect((await store.appendToStream(stream, [], { expectedRevision: 0 })).nextExpectedRevision).toBe(0);
    await expect(store.appendToStream(stream, [], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
  });

  it('calls append listeners after successful appends only, and survives a failing one', async () => {
    let calls = 0;
    const unsubscribe = store.onAppended(() => calls++);
    const unsubscribeFailing = store.onAppended(() => {
      throw new Error('listener bug');
    });
    const stream = streamId('listeners');
    await store.appendToStream(stream, [event({})], { expectedRevision: 'no_stream' });
    await expect(
      store.appendToStream(stream, [event({})], { expectedRevision: 'no_stream' }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
    unsubscribe();
    unsubscribeFailing();
    await store.appendToStream(stream, [event({})], { expectedRevision: 0 });
    expect(calls).toBe(1);
  });

  it('reports positions beyond 2^53 exactly', async () => {
    await database().db.query(
      `SELECT setval(pg_get_serial_sequence('es_events', 'global_position'), 9007199254740993)`,
    );
    const { events } = await store.appendToStream(streamId('big'), [event({})], {
      expectedRevision: 'no_stream',
    });
    expect(events[0]?.globalPosition).toBe(9007199254740994n);
    expect(events[0]?.cursor).toMatch(/^\d+:9007199254740994$/);
  });

  it('refuses cursors of other stores and limits that are not positive integers', async () => {
    await expect(store.readAll({ after: 'commit:1/prepare:1' as LogCursor })).rejects.toThrow(/cursor/);
    await expect(store.readAll({ limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(store.readAll({ limit: 1.5 })).rejects.toBeInstanceOf(RangeError);
  });

  it('is unusable after close, leaving the database open', async () => {
    const closing = new PostgresEventStore(database().db);
    await closing.close();
    await expect(closing.readStream(streamId('closed'))).rejects.toThrow(/closed/);
    expect(await store.readStream(streamId('still-open'))).toEqual([]);
  });
});

/**
 * Appends that arrive while the store's one append slot is busy are combined into one statement (group
 * commit). Calls made in one synchronous run all arrive while the first is in flight, so which appends are
 * combined is decided by the test, not by timing.
 */
describeEachBackend('PostgresEventStore combining concurrent appends', (database) => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    await migrateEventStore(database().db);
    store = new PostgresEventStore(database().db, { appendSlots: 1 });
  });

  const transactionOf = (result: { events: readonly { cursor: LogCursor }[] }): string =>
    String(result.events[0]?.cursor).split(':')[0] as string;

  it('commits the appends that waited for the busy slot together, each at its own revisions', async () => {
    const streams = Array.from({ length: 6 }, (_, n) => streamId(`together-${n}`));
    const results = await Promise.all(
      streams.map((stream, n) =>
        store.appendToStream(stream, [event({ n }), event({ n, second: true })], {
          expectedRevision: 'no_stream',
        }),
      ),
    );

    expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 1, 1, 1, 1, 1]);
    const waited = results.slice(1).map(transactionOf);
    expect(new Set(waited).size).toBe(1);
    expect(waited[0]).not.toBe(transactionOf(results[0] as (typeof results)[0]));
    for (const [n, stream] of streams.entries()) {
      expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ n }, { n, second: true }]);
    }
  });

  it('gives a stale append its own WrongExpectedRevisionError and lets the others of its statement land', async () => {
    const stale = streamId('stale');
    await store.appendToStream(stale, [event({ n: 0 }), event({ n: 1 })], { expectedRevision: 'no_stream' });
    const others = [streamId('fresh-a'), streamId('fresh-b')];

    const [first, staleOutcome, ...rest] = await Promise.allSettled([
      store.appendToStream(streamId('first'), [event({})], { expectedRevision: 'no_stream' }),
      store.appendToStream(stale, [event({ n: 2 })], { expectedRevision: 0 }),
      ...others.map((stream) => store.appendToStream(stream, [event({})], { expectedRevision: 'no_stream' })),
    ]);

    expect(first.status).toBe('fulfilled');
    expect(staleOutcome.status === 'rejected' && staleOutcome.reason).toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    expect(rest.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await store.readStream(stale)).toHaveLength(2);
    for (const stream of others) expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('appends twice to one stream in order when both wait: the second goes in the next statement', async () => {
    const stream = streamId('twice-waiting');
    const results = await Promise.all([
      store.appendToStream(streamId('first'), [event({})], { expectedRevision: 'no_stream' }),
      store.appendToStream(stream, [event({ n: 0 })], { expectedRevision: 'no_stream' }),
      store.appendToStream(stream, [event({ n: 1 })], { expectedRevision: 0 }),
    ]);

    expect(results.map((r) => r.nextExpectedRevision)).toEqual([0, 0, 1]);
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }]);
  });

  it('refuses a used idempotency key to its append only, and replays a retried append', async () => {
    const key = `key-${ids.next()}`;
    await store.appendToStream(streamId('keyed'), [event({})], {
      expectedRevision: 'no_stream',
      idempotencyKey: key,
    });
    const retried = streamId('retried');
    const retriedEvents = [event({ retry: true })];
    const original = await store.appendToStream(retried, retriedEvents, { expectedRevision: 'no_stream' });

    const [, reused, retry, fresh] = await Promise.allSettled([
      store.appendToStream(streamId('first'), [event({})], { expectedRevision: 'no_stream' }),
      store.appendToStream(streamId('reuse'), [event({})], {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      }),
      store.appendToStream(retried, retriedEvents, { expectedRevision: 'no_stream' }),
      store.appendToStream(streamId('fresh'), [event({})], { expectedRevision: 'no_stream' }),
    ]);

    expect(reused.status === 'rejected' && reused.reason).toBeInstanceOf(IdempotencyKeyUsedError);
    expect(retry.status === 'fulfilled' && retry.value.events.map((e) => e.cursor)).toEqual(
      original.events.map((e) => e.cursor),
    );
    expect(fresh.status).toBe('fulfilled');
  });
});

describeEachBackend(
  'PostgresEventStore under concurrent transactions',
  (database) => {
    let store: PostgresEventStore;
    beforeAll(async () => {
      await migrateEventStore(database().db);
      store = new PostgresEventStore(database().db);
    });

    it('never lets a reader pass an event whose transaction is still open (the gap problem)', async () => {
      const start = (await store.readAll()).at(-1)?.cursor ?? null;
      const slow = await database().connectAgain();
      let releaseSlow: () => void = () => undefined;
      const slowMayCommit = new Promise<void>((resolve) => (releaseSlow = resolve));
      let slowStarted: () => void = () => undefined;
      const slowHasXid = new Promise<void>((resolve) => (slowStarted = resolve));
      const slowEvent = event({ slow: true });
      // A writer that got its transaction id first, but inserts and commits last.
      const slowWriter = slow.transaction(async (tx) => {
        await tx.query('SELECT pg_current_xact_id()');
        slowStarted();
        await slowMayCommit;
        await tx.query(
          `INSERT INTO es_events (event_id, stream_id, stream_revision, event_type, schema_version, data, metadata)
         VALUES ($1, $2, 0, 'Noted', 1, '{}', $3)`,
          [slowEvent.eventId, streamId('slow'), JSON.stringify(metadata)],
        );
      });
      await slowHasXid;
      const fast = await store.appendToStream(streamId('fast'), [event({ fast: true })], {
        expectedRevision: 'no_stream',
      });

      const whileOpen = await store.readAll({ after: start });
      releaseSlow();
      await slowWriter;
      // Another session's long transaction on this server may hold the horizon back for a while.
      let afterCommit = await store.readAll({ after: start });
      for (const deadline = Date.now() + 20_000; afterCommit.length < 2 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        afterCommit = await store.readAll({ after: start });
      }

      expect(whileOpen.map((e) => e.eventId)).not.toContain(fast.events[0]?.eventId);
      const order = afterCommit.map((e) => e.eventId);
      expect(order).toEqual([slowEvent.eventId, fast.events[0]?.eventId]);
      // Read order follows transactions, not positions: the slow event has the higher position.
      expect((afterCommit[0]?.globalPosition ?? 0n) > (afterCommit[1]?.globalPosition ?? 0n)).toBe(true);
    });

    it("lets concurrent 'any' appends to one stream all land, with contiguous revisions", async () => {
      const stream = streamId('any-race');
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          store.appendToStream(stream, [event({ n })], { expectedRevision: 'any' }),
        ),
      );
      expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b)).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7,
      ]);
      expect((await store.readStream(stream)).map((e) => e.streamRevision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });
  },
  postgresOnly(),
);
