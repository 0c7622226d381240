import { randomUUID } from 'node:crypto';
import { KurrentDBClient, jsonEvent } from '@kurrent/kurrentdb-client';
import {
  DuplicateEventIdError,
  IdempotencyKeyUsedError,
  ManualClock,
  UuidV7Generator,
  WrongExpectedRevisionError,
} from '@qinqing/shared/event-sourcing';
import type { LogCursor, NewEvent, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IDEMPOTENCY_KEY_RESERVED, reservationStreamId } from './idempotency-reservation';
import type { IdempotencyKeyReserved } from './idempotency-reservation';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * What the shared contract cannot see: idempotency reservations, the crash window, KurrentDB's own
 * idempotency on event ids, bookkeeping streams kept out of $all, and namespaces. Runs against a real
 * KurrentDB only; every store here works in a namespace of its own run.
 */
const connectionString = inject('kurrentDbConnectionString');
const ids = new UuidV7Generator();
const LEASE_MS = 60_000;

const newEvent = (type: string, data: unknown): NewEvent => ({
  eventId: ids.next(),
  type,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: ids.next(),
    causationId: null,
    actorId: 'int-actor',
    actorRole: 'int-tester',
    occurredAt: '2025-01-02T03:04:05.678Z',
  },
});

const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to fail, but it succeeded');
};

describe.skipIf(connectionString === null)('KurrentDbEventStore on KurrentDB: adapter specifics', () => {
  const namespace = `int-${randomUUID().slice(0, 8)}-`;
  const clock = new ManualClock(new Date('2025-01-02T03:04:05.000Z'));
  let client: KurrentDBClient;
  let store: KurrentDbEventStore;

  /** Everything after `after` in this store's log. */
  const logAfter = async (after: LogCursor | null): Promise<RecordedEvent[]> => [
    ...(await store.readAll({ after })),
  ];

  beforeAll(() => {
    client = KurrentDBClient.connectionString(connectionString ?? '');
    store = new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString ?? ''), {
      namespace,
      clock,
      reservationLeaseMs: LEASE_MS,
    });
  });

  afterAll(async () => {
    await store.close();
    await client.dispose();
  });

  it('keeps streams under the namespace and hands out un-prefixed stream ids', async () => {
    const streamId = `order-${ids.next()}`;
    const { events } = await store.appendToStream(streamId, [newEvent('Placed', { n: 1 })], {
      expectedRevision: 'no_stream',
    });
    expect(events[0]?.streamId).toBe(streamId);
    const raw = [];
    for await (const { event } of client.readStream(`${namespace}${streamId}`)) raw.push(event?.id);
    expect(raw).toEqual([events[0]?.eventId]);
  });

  it('returns the stored events for a retried append with the same ids at the same expected revision', async () => {
    const streamId = `retry-${ids.next()}`;
    const sent = [newEvent('Placed', { n: 1 }), newEvent('Placed', { n: 2 })];
    const first = await store.appendToStream(streamId, sent, { expectedRevision: 'no_stream' });
    const retried = await store.appendToStream(streamId, sent, { expectedRevision: 'no_stream' });
    expect(retried).toEqual(first);
    expect(await store.readStream(streamId)).toHaveLength(2);
  });

  it('refuses the same ids with other content as DuplicateEventIdError and stores nothing new', async () => {
    const streamId = `reuse-${ids.next()}`;
    const sent = newEvent('Placed', { n: 1 });
    await store.appendToStream(streamId, [sent], { expectedRevision: 'no_stream' });
    const error = await rejectionOf(
      store.appendToStream(streamId, [{ ...sent, data: { n: 2 } }], { expectedRevision: 'no_stream' }),
    );
    expect(error).toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream(streamId)).toMatchObject([{ data: { n: 1 } }]);
  });

  it('reserves a key before the append, finds the events by it, and refuses the key for other events', async () => {
    const key = `key-${ids.next()}`;
    const streamId = `keyed-${ids.next()}`;
    const { events } = await store.appendToStream(streamId, [newEvent('Placed', {})], {
      expectedRevision: 'no_stream',
      idempotencyKey: key,
    });
    expect(events[0]?.metadata.idempotencyKey).toBe(key);
    expect(await store.findByIdempotencyKey(key)).toEqual(events);
    expect(await store.findByIdempotencyKey(`never-${ids.next()}`)).toBeNull();

    const used = await rejectionOf(
      store.appendToStream(`other-${ids.next()}`, [newEvent('Placed', {})], {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      }),
    );
    expect(used).toBeInstanceOf(IdempotencyKeyUsedError);
  });

  it('replays a retried keyed append, and refuses its event ids in another stream', async () => {
    const key = `key-${ids.next()}`;
    const sent = [newEvent('Placed', {})];
    const first = await store.appendToStream(`keyed-${ids.next()}`, sent, {
      expectedRevision: 'no_stream',
      idempotencyKey: key,
    });
    const streamId = first.events[0]?.streamId ?? '';
    const again = await store.appendToStream(streamId, sent, {
      expectedRevision: 'no_stream',
      idempotencyKey: key,
    });
    expect(again).toEqual(first);
    const elsewhere = await rejectionOf(
      store.appendToStream(`elsewhere-${ids.next()}`, sent, {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      }),
    );
    expect(elsewhere).toBeInstanceOf(DuplicateEventIdError);
  });

  it("finds events appended with 'any' and a key by their ids", async () => {
    const key = `key-${ids.next()}`;
    const streamId = `any-${ids.next()}`;
    await store.appendToStream(streamId, [newEvent('Placed', { n: 0 })], { expectedRevision: 'any' });
    const { events } = await store.appendToStream(streamId, [newEvent('Placed', { n: 1 })], {
      expectedRevision: 'any',
      idempotencyKey: key,
    });
    expect(await store.findByIdempotencyKey(key)).toEqual(events);
  });

  it('frees the key at once when the business append is refused, so the retry completes', async () => {
    const key = `key-${ids.next()}`;
    const streamId = `refused-${ids.next()}`;
    await store.appendToStream(streamId, [newEvent('Placed', {})], { expectedRevision: 'no_stream' });
    const refused = await rejectionOf(
      store.appendToStream(streamId, [newEvent('Shipped', {})], {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      }),
    );
    expect(refused).toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.findByIdempotencyKey(key)).toBeNull();
    const { events } = await store.appendToStream(streamId, [newEvent('Shipped', {})], {
      expectedRevision: 0,
      idempotencyKey: key,
    });
    expect(await store.findByIdempotencyKey(key)).toEqual(events);
  });

  it('crash window: a reservation without events blocks the key until its lease ends, then is taken over', async () => {
    const key = `key-${ids.next()}`;
    const streamId = `crashed-${ids.next()}`;
    // What a process leaves behind when it dies between the reservation and the business append.
    const orphan: IdempotencyKeyReserved = {
      idempotencyKey: key,
      streamId,
      firstRevision: 0,
      count: 1,
      eventIds: [ids.next()],
      reservedAt: clock.now().toISOString(),
    };
    await client.appendToStream(
      `${namespace}${reservationStreamId(key)}`,
      jsonEvent({ type: IDEMPOTENCY_KEY_RESERVED, data: orphan }),
      { streamState: 'no_stream' },
    );
    expect(await store.findByIdempotencyKey(key)).toBeNull();

    const retry = (): Promise<unknown> =>
      store.appendToStream(streamId, [newEvent('Placed', {})], {
        expectedRevision: 'no_stream',
        idempotencyKey: key,
      });
    expect(await rejectionOf(retry())).toBeInstanceOf(IdempotencyKeyUsedError);
    expect(await store.readStream(streamId)).toEqual([]);

    clock.advanceMs(LEASE_MS);
    const completed = (await retry()) as { events: RecordedEvent[] };
    expect(await store.findByIdempotencyKey(key)).toEqual(completed.events);
  });

  it('lets exactly one of two concurrent appends with the same key through', async () => {
    const key = `key-${ids.next()}`;
    const results = await Promise.allSettled(
      [1, 2].map((n) =>
        store.appendToStream(`race-${n}-${ids.next()}`, [newEvent('Placed', { n })], {
          expectedRevision: 'no_stream',
          idempotencyKey: key,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(IdempotencyKeyUsedError);
  });

  it('reads $all in order with "<commit>/<prepare>" cursors, without bookkeeping or other namespaces', async () => {
    const before = await logAfter(null);
    const start = before[before.length - 1]?.cursor ?? null;
    const outsider = new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString ?? ''), {
      namespace: `other-${randomUUID().slice(0, 8)}-`,
    });
    try {
      await outsider.appendToStream(`order-${ids.next()}`, [newEvent('Placed', {})], {
        expectedRevision: 'no_stream',
      });
    } finally {
      await outsider.close();
    }
    const streamId = `log-${ids.next()}`;
    const { events } = await store.appendToStream(streamId, [newEvent('A', {}), newEvent('B', {})], {
      expectedRevision: 'no_stream',
      idempotencyKey: `key-${ids.next()}`,
    });

    const after = await logAfter(start);
    expect(after.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
    for (const event of after) {
      expect(event.cursor).toMatch(/^\d+\/\d+$/);
      expect(event.globalPosition).toBe(BigInt(event.cursor.split('/')[0] ?? ''));
    }
    const [first] = after;
    expect(await store.readAll({ after: first?.cursor ?? null, limit: 10 })).toEqual(after.slice(1));
  });
});
