import {
  type CloudEvent,
  defineIntegrationEvent,
  parseCloudEvent,
  toCloudEvent,
} from '@qinqing/shared/contracts-kit';
import {
  EmbeddedIntegrationEventBus,
  type IntegrationEventConsumer,
  type IntegrationEventMapper,
  type NewEvent,
  type SqlExecutor,
  toOutboundIntegrationEvent,
  UuidV7Generator,
} from '@qinqing/shared/event-sourcing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testBackends, type TestDatabaseHandle } from '../../test-setup/test-backends';
import { PostgresCheckpointStore } from '../checkpoints/postgres-checkpoint-store';
import { PostgresConsumerInbox } from '../inbox/postgres-consumer-inbox';
import { migrateEventStore } from '../schema/migrate-event-store';
import { PostgresEventStore } from '../store/postgres-event-store';

const TOPIC = 'qinqing.test-ledger.events.v1';
const Deposited = defineIntegrationEvent({
  type: 'cn.qinqing.test-ledger.deposited.v1',
  version: 1,
  topic: TOPIC,
  source: '/qinqing/test-ledger',
  schema: z.object({ accountId: z.string(), amount: z.number().int() }),
});

/** A context whose `Deposited` domain events are public and whose `Audited` events stay private. */
const mapper: IntegrationEventMapper = {
  context: 'test-ledger',
  map: (event) => {
    if (!event.streamId.startsWith('ledger-') || event.type !== 'Deposited') return null;
    const accountId = event.streamId.slice('ledger-'.length);
    const cloudEvent = toCloudEvent(Deposited, {
      id: event.eventId,
      subject: accountId,
      time: event.metadata.occurredAt,
      data: { accountId, amount: (event.data as { amount: number }).amount },
      correlationId: event.metadata.correlationId,
    });
    return { topic: TOPIC, key: accountId, cloudEvent };
  },
};

/** A second mapper of the same deposits (an oversight mapper): who made each, under an id derived from it. */
const DepositedBy = defineIntegrationEvent({
  type: 'cn.qinqing.test-ledger.deposited-by.v1',
  version: 1,
  topic: TOPIC,
  source: '/qinqing/test-ledger',
  schema: z.object({ accountId: z.string(), by: z.string() }),
});
const oversight: IntegrationEventMapper = {
  context: 'test-ledger',
  map: (event) =>
    event.streamId.startsWith('ledger-') && event.type === 'Deposited'
      ? toOutboundIntegrationEvent(DepositedBy, event, {
          subject: event.streamId.slice('ledger-'.length),
          data: { accountId: event.streamId.slice('ledger-'.length), by: event.metadata.actorId },
          derivedId: true,
        })
      : null,
};

const ids = new UuidV7Generator();
const deposit = (amount: number, type = 'Deposited'): NewEvent => ({
  eventId: ids.next(),
  type,
  schemaVersion: 1,
  data: { amount },
  metadata: {
    correlationId: 'bus-test',
    causationId: null,
    actorId: 'tester',
    actorRole: 'system',
    occurredAt: new Date().toISOString(),
  },
});

/** A consumer that folds deposits into a balance table, in the bus's transaction. */
const balances = (name: string, seen: CloudEvent[]): IntegrationEventConsumer => ({
  name,
  topics: [TOPIC],
  handle: async (raw, tx: SqlExecutor) => {
    const event = parseCloudEvent(Deposited, raw);
    seen.push(event);
    await tx.query(
      `INSERT INTO test_balances (consumer, account_id, balance, last_amounts) VALUES ($1, $2, $3, ARRAY[$3::int])
       ON CONFLICT (consumer, account_id) DO UPDATE SET balance = test_balances.balance + $3,
         last_amounts = test_balances.last_amounts || $3::int`,
      [name, event.data.accountId, event.data.amount],
    );
  },
});

describe.each(testBackends())('embedded integration-event bus on $name', (backend) => {
  let handle: TestDatabaseHandle;
  let store: PostgresEventStore;
  const checkpoints = new PostgresCheckpointStore();
  const inbox = new PostgresConsumerInbox();

  const busOf = (mappers: readonly IntegrationEventMapper[]) =>
    new EmbeddedIntegrationEventBus({ store, db: handle.db, checkpoints, inbox, mappers });
  const newBus = (name: string, seen: CloudEvent[]) => {
    const bus = busOf([mapper]);
    bus.subscribe(balances(name, seen));
    return bus;
  };
  const balanceOf = async (consumer: string, accountId: string) =>
    (
      await handle.db.query<{ balance: number; last_amounts: number[] }>(
        'SELECT balance, last_amounts FROM test_balances WHERE consumer = $1 AND account_id = $2',
        [consumer, accountId],
      )
    ).rows[0];

  beforeAll(async () => {
    if (backend.skipReason !== undefined) return;
    handle = await backend.open();
    await migrateEventStore(handle.db);
    store = new PostgresEventStore(handle.db);
    await handle.db.query(
      `CREATE TABLE test_balances (consumer text, account_id text, balance int, last_amounts int[],
         PRIMARY KEY (consumer, account_id))`,
    );
  });
  afterAll(async () => handle?.dispose());

  it.skipIf(backend.skipReason !== undefined)(
    'delivers public events as valid CloudEvents, in order per aggregate, private ones not at all',
    async () => {
      await store.appendToStream('ledger-a', [deposit(10), deposit(5, 'Audited'), deposit(7)], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream('ledger-b', [deposit(1)], { expectedRevision: 'no_stream' });
      const seen: CloudEvent[] = [];
      const bus = newBus('order', seen);
      await bus.start();
      await bus.drain();
      await bus.stop();
      expect(seen.map((e) => [e.subject, (e.data as { amount: number }).amount])).toEqual([
        ['a', 10],
        ['a', 7],
        ['b', 1],
      ]);
      expect(seen.every((e) => e.specversion === '1.0' && e.correlationid === 'bus-test')).toBe(true);
      expect(await balanceOf('order', 'a')).toEqual({ balance: 17, last_amounts: [10, 7] });
    },
  );

  it.skipIf(backend.skipReason !== undefined)(
    'is durable: a new bus after a restart continues from its checkpoint',
    async () => {
      const first = newBus('durable', []);
      await first.start();
      await first.drain();
      await first.stop();
      const before = await balanceOf('durable', 'a');
      await store.appendToStream('ledger-a', [deposit(100)], { expectedRevision: 2 });
      const restarted = newBus('durable', []);
      await restarted.start();
      await restarted.drain();
      await restarted.stop();
      expect((await balanceOf('durable', 'a'))?.balance).toBe((before?.balance ?? 0) + 100);
    },
  );

  it.skipIf(backend.skipReason !== undefined)(
    'never applies a redelivered event twice (inbox de-duplication by CloudEvent id)',
    async () => {
      const bus = newBus('dedupe', []);
      await bus.start();
      await bus.drain();
      await bus.stop();
      const settled = await balanceOf('dedupe', 'a');
      // Rewind the checkpoint as a crash between effect and checkpoint (or a replay) would: everything is redelivered.
      await handle.db.transaction((tx) => checkpoints.save(tx, 'consumer:dedupe', null));
      const again: CloudEvent[] = [];
      const replay = newBus('dedupe', again);
      await replay.start();
      await replay.drain();
      await replay.stop();
      expect(again).toEqual([]);
      expect(await balanceOf('dedupe', 'a')).toEqual(settled);
    },
  );

  it.skipIf(backend.skipReason !== undefined)(
    'delivers every public event of a domain event (two mappers), each once, after a redelivery too',
    async () => {
      const seen: CloudEvent[] = [];
      const both = () => {
        const bus = busOf([mapper, oversight]);
        bus.subscribe({ name: 'two-mappers', topics: [TOPIC], handle: async (raw) => void seen.push(raw) });
        return bus;
      };
      const bus = both();
      await bus.start();
      await bus.drain();
      await bus.stop();
      const ofA = seen.filter((e) => e.subject === 'a');
      // Per deposit (10, 7, 100) the main event, then the oversight one: in order on the aggregate.
      expect(ofA.map((e) => e.type)).toEqual([10, 7, 100].flatMap(() => [Deposited.type, DepositedBy.type]));
      expect(ofA.filter((e) => e.type === DepositedBy.type).map((e) => e.data)).toEqual(
        [10, 7, 100].map(() => ({ accountId: 'a', by: 'tester' })),
      );
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      await handle.db.transaction((tx) => checkpoints.save(tx, 'consumer:two-mappers', null));
      const count = seen.length;
      const replay = both();
      await replay.start();
      await replay.drain();
      await replay.stop();
      expect(seen).toHaveLength(count);
    },
  );

  it.skipIf(backend.skipReason !== undefined)(
    "reads only the domain event types its topics' mappers declare, and delivers the same as reading all",
    async () => {
      const reads: { readonly how: 'all' | 'typed'; readonly types?: readonly string[] }[] = [];
      const watched = new Proxy(store, {
        get: (target, key, receiver) => {
          const value: unknown = Reflect.get(target, key, receiver);
          if (key === 'readAll')
            return (options: Parameters<PostgresEventStore['readAll']>[0]) => {
              reads.push({ how: 'all' });
              return target.readAll(options);
            };
          if (key === 'readAllOfTypes')
            return (options: Parameters<PostgresEventStore['readAllOfTypes']>[0]) => {
              reads.push({ how: 'typed', types: options.types });
              return target.readAllOfTypes(options);
            };
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      // A mapper of another topic that declares nothing must not make this consumer read everything.
      const elsewhere: IntegrationEventMapper = {
        context: 'other',
        topics: ['qinqing.other.v1'],
        map: () => null,
      };
      const run = async (name: string, mappers: readonly IntegrationEventMapper[]) => {
        const seen: CloudEvent[] = [];
        reads.length = 0;
        const bus = new EmbeddedIntegrationEventBus({
          store: watched,
          db: handle.db,
          checkpoints,
          inbox,
          mappers,
        });
        bus.subscribe({ name, topics: [TOPIC], handle: async (raw) => void seen.push(raw) });
        await bus.start();
        await bus.drain();
        await bus.stop();
        return { seen: seen.map((e) => [e.type, e.subject, e.data]), reads: [...reads] };
      };
      const declared = { ...mapper, topics: [TOPIC], eventTypes: ['Deposited'] };
      const declaredOversight = { ...oversight, topics: [TOPIC], eventTypes: ['Deposited'] };

      const typed = await run('typed', [declared, declaredOversight, elsewhere]);
      expect(typed.reads.length).toBeGreaterThan(0);
      expect(typed.reads.every((r) => r.how === 'typed' && r.types?.join() === 'Deposited')).toBe(true);

      // One mapper of its topics that does not say which types it maps: every event is read.
      const untyped = await run('untyped', [declared, oversight]);
      expect(untyped.reads.every((r) => r.how === 'all')).toBe(true);
      expect(typed.seen).toEqual(untyped.seen);
      expect(typed.seen.filter(([type]) => type === Deposited.type)).toHaveLength(4);
    },
  );

  it.skipIf(backend.skipReason !== undefined)(
    'passes over the public events a consumer does not handle: no delivery, no inbox row',
    async () => {
      const seen: CloudEvent[] = [];
      const bus = busOf([mapper, oversight]);
      bus.subscribe({
        name: 'only-who',
        topics: [TOPIC],
        handles: (topic, type) => topic === TOPIC && type === DepositedBy.type,
        handle: async (raw) => void seen.push(raw),
      });
      await bus.drain();
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((e) => e.type === DepositedBy.type)).toBe(true);
      const { rows } = await handle.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM es_inbox WHERE consumer = 'only-who'",
      );
      expect(rows[0]?.n).toBe(seen.length);
    },
  );

  it.skipIf(backend.skipReason !== undefined)(
    'rolls a batch back whole when one message fails, inbox marks too, and hands that message over again',
    async () => {
      const attempts: [number, number][] = [];
      let failing = true;
      const bus = busOf([mapper]);
      const folding = balances('flaky', []);
      bus.subscribe({
        ...folding,
        handle: async (raw, tx, delivery) => {
          const amount = (raw.data as { amount: number }).amount;
          attempts.push([amount, delivery?.attempt ?? 0]);
          if (failing && amount === 7) throw new Error('the effect failed once');
          await folding.handle(raw, tx, delivery);
        },
      });
      await expect(bus.drain()).rejects.toThrow('the effect failed once');
      // Nothing of the failed batch stayed: no effect, no inbox mark (a mark would skip the message for good).
      expect(await balanceOf('flaky', 'a')).toBeUndefined();
      failing = false;
      await bus.drain();
      expect(attempts.filter(([amount]) => amount === 7).map(([, attempt]) => attempt)).toEqual([1, 2]);
      expect(attempts.filter(([amount]) => amount === 10).map(([, attempt]) => attempt)).toEqual([1, 1]);
      expect((await balanceOf('flaky', 'a'))?.last_amounts).toEqual([10, 7, 100]);
    },
  );

  it.skipIf(backend.skipReason !== undefined)('keeps each consumer on its own checkpoint', async () => {
    const late: CloudEvent[] = [];
    const bus = newBus('late-joiner', late);
    await bus.start();
    await bus.drain();
    await bus.stop();
    expect(late.filter((e) => e.subject === 'a').map((e) => (e.data as { amount: number }).amount)).toEqual([
      10, 7, 100,
    ]);
  });
});
