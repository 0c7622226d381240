import { randomUUID } from 'node:crypto';
import { type CloudEvent, deadLetterTopic, parseCloudEvent } from '@qinqing/shared/contracts-kit';
import {
  type CheckpointStore,
  type IntegrationEventConsumer,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  migrateEventStore,
  PgliteDatabase,
  PostgresCheckpointStore,
  PostgresConsumerInbox,
  PostgresEventStore,
} from '@qinqing/shared/event-store-postgres';
import {
  CloudEvent as SdkCloudEvent,
  Kafka as CloudEventsKafka,
  type KafkaMessage as CloudEventsKafkaMessage,
} from 'cloudevents';
import type { KafkaMessage } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CLOUD_EVENTS_CONTENT_TYPE, headersAsText } from './cloud-event-message';
import { createKafkaClient } from './kafka-client';
import {
  DEAD_LETTER_HEADERS,
  KafkaIntegrationEventBus,
  type KafkaConsumerStatus,
} from './kafka-integration-event-bus';
import { KafkaRelay } from './kafka-relay';
import { ensureTopics } from './topics';
import { deposit, ledgerContext } from '../test-setup/ledger';
import { testSessionTimeouts } from '../test-setup/test-broker';
import { eventually } from '@qinqing/shared/testing';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const brokers = inject('kafkaBrokers');

/** Every message on a topic (all partitions), read by a throwaway consumer group. */
const readTopic = async (topic: string, expected: number): Promise<KafkaMessage[]> => {
  const kafka = createKafkaClient({ brokers: brokers ?? '', clientId: 'test-reader' });
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
      },
    });
    await eventually(async () => (messages.length >= expected ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything beyond `expected` shows up too
  } finally {
    await consumer.disconnect();
  }
  return messages;
};

const messagesOnTopic = async (topic: string): Promise<number> => {
  const admin = createKafkaClient({ brokers: brokers ?? '' }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
};

describe.skipIf(brokers === null)(`Kafka integration events (broker ${brokers ?? 'none'})`, () => {
  let source: PgliteDatabase; // the publishing context: event store + relay checkpoint
  let target: PgliteDatabase; // the consuming context: inbox + effects
  let store: PostgresEventStore;
  const checkpoints = new PostgresCheckpointStore();
  const inbox = new PostgresConsumerInbox();

  beforeAll(async () => {
    source = await openTestPglite();
    target = await openTestPglite();
    await migrateEventStore(source);
    await checkpoints.setup(source);
    store = new PostgresEventStore(source);
    await target.query(
      `CREATE TABLE test_balances (consumer text, account_id text, balance int, amounts int[],
         PRIMARY KEY (consumer, account_id))`,
    );
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  const balances = (
    name: string,
    ledger: ReturnType<typeof ledgerContext>,
    options: { seen?: CloudEvent[]; failOn?: number } = {},
  ): IntegrationEventConsumer => ({
    name,
    topics: [ledger.topic],
    handle: async (raw, tx) => {
      const event = parseCloudEvent(ledger.Deposited, raw);
      if (event.data.amount === options.failOn) throw new Error(`cannot take ${event.data.amount}`);
      options.seen?.push(event);
      await tx.query(
        `INSERT INTO test_balances (consumer, account_id, balance, amounts) VALUES ($1, $2, $3, ARRAY[$3::int])
         ON CONFLICT (consumer, account_id) DO UPDATE SET balance = test_balances.balance + $3,
           amounts = test_balances.amounts || $3::int`,
        [name, event.data.accountId, event.data.amount],
      );
    },
  });
  const balanceOf = async (consumer: string, account: string) =>
    (
      await target.query<{ balance: number; amounts: number[] }>(
        'SELECT balance, amounts FROM test_balances WHERE consumer = $1 AND account_id = $2',
        [consumer, account],
      )
    ).rows[0];
  const newBus = (db: SqlDatabase = target) =>
    new KafkaIntegrationEventBus({
      brokers: brokers ?? '',
      db,
      inbox,
      retryBackoffMs: 50,
      heartbeatIntervalMs: 1_000,
    });
  const newRelay = (
    ledger: ReturnType<typeof ledgerContext>,
    checkpointStore: CheckpointStore = checkpoints,
  ) =>
    new KafkaRelay({
      store,
      db: source,
      checkpoints: checkpointStore,
      mappers: [ledger.mapper],
      brokers: brokers ?? '',
      name: `relay:${ledger.context}`,
    });

  it('carries an appended event to a consumer as a structured-mode CloudEvent (cloudevents Kafka binding)', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    await store.appendToStream(ledger.stream('a'), [deposit(10), deposit(5, 'Audited'), deposit(7)], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream(ledger.stream('b'), [deposit(1)], { expectedRevision: 'no_stream' });
    const relay = newRelay(ledger);
    await relay.start(); // running relay: woken by the appends
    const seen: CloudEvent[] = [];
    const bus = newBus();
    bus.subscribe(balances('round-trip', ledger, { seen }));
    await bus.start();
    try {
      await eventually(async () => (seen.length >= 3 ? true : undefined));
      await store.appendToStream(ledger.stream('a'), [deposit(100)], { expectedRevision: 2 });
      await eventually(async () => (seen.length >= 4 ? true : undefined));
    } finally {
      await bus.stop();
      await relay.stop();
    }
    expect(bus.kind).toBe('kafka');
    expect(seen.filter((e) => e.subject === 'a').map((e) => (e.data as { amount: number }).amount)).toEqual([
      10, 7, 100,
    ]);
    expect(await balanceOf('round-trip', 'a')).toEqual({ balance: 117, amounts: [10, 7, 100] });
    expect(relay.status()).toMatchObject({ eventsRelayed: 5, messagesSent: 4, lastError: null });

    // On the wire: exactly what the cloudevents package's Kafka binding writes and reads.
    const messages = await readTopic(ledger.topic, 4);
    expect(messages).toHaveLength(4);
    for (const message of messages) {
      const headers = headersAsText(message.headers);
      expect(headers['content-type']).toBe(CLOUD_EVENTS_CONTENT_TYPE);
      const parsed = CloudEventsKafka.toEvent({
        key: message.key?.toString() ?? '',
        value: message.value?.toString() ?? '',
        headers,
        body: message.value?.toString() ?? '',
      } as CloudEventsKafkaMessage<string>) as SdkCloudEvent<{ accountId: string; amount: number }>;
      expect(parsed.validate()).toBe(true);
      expect(parsed.specversion).toBe('1.0');
      expect(parsed.source).toBe(`/qinqing/${ledger.context}`);
      expect(parsed['partitionkey']).toBe(parsed.subject); // key = aggregate id
      expect(parsed.data?.accountId).toBe(parsed.subject);
      expect(parsed['correlationid']).toBe('kafka-test');
      // Same headers as the SDK's own structured serialisation.
      const sdk = CloudEventsKafka.structured(new SdkCloudEvent({ ...parsed.toJSON() }));
      expect(headers['content-type']).toBe(sdk.headers['content-type']);
      expect(JSON.parse(message.value?.toString() ?? '')).toEqual(JSON.parse(String(sdk.value)));
    }
  });

  it('passes over the messages of types a consumer has no handler for: no transaction, no inbox row', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    await store.appendToStream(ledger.stream('i'), [deposit(1), deposit(2), deposit(3)], {
      expectedRevision: 'no_stream',
    });
    const relay = newRelay(ledger);
    await relay.start();
    const seen: CloudEvent[] = [];
    const bus = newBus();
    bus.subscribe({
      ...balances('ignores-deposits', ledger, { seen }),
      handles: (topic, type) => topic === ledger.topic && type !== ledger.Deposited.type,
    });
    await bus.start();
    try {
      const status = await eventually(async () => {
        const s = bus.status()[0];
        return s && s.messagesPassedOver >= 3 ? s : undefined;
      });
      expect(status).toMatchObject({ messagesHandled: 0, duplicatesSkipped: 0, deadLetters: 0 });
    } finally {
      await bus.stop();
      await relay.stop();
    }
    expect(seen).toEqual([]);
    const { rows } = await target.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM es_inbox WHERE consumer = 'ignores-deposits'",
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('publishes each event exactly once in a fault-free run, with drain() called while the relay loop runs (a seeder settling at start)', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    const relay = newRelay(ledger);
    await relay.start(); // the loop is woken by every append below
    const appended: string[] = [];
    try {
      for (let round = 0; round < 12; round++) {
        const events = [deposit(round), deposit(round + 100), deposit(round + 200)];
        appended.push(...events.map((e) => e.eventId));
        await store.appendToStream(ledger.stream(`once${round % 4}`), events, { expectedRevision: 'any' });
        // What the appeals demo seeder does at a first start: settle (drain) while the loop is sending.
        if (round % 3 === 2) await Promise.all([relay.drain(), relay.drain()]);
      }
      await relay.drain();
    } finally {
      await relay.stop();
    }
    const messages = await readTopic(ledger.topic, appended.length);
    const copies = new Map<string, number>();
    for (const message of messages) {
      const id = (JSON.parse(message.value?.toString() ?? '{}') as { id: string }).id;
      copies.set(id, (copies.get(id) ?? 0) + 1);
    }
    const twice = [...copies].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
    expect(twice, 'CloudEvent ids on the topic more than once').toEqual([]);
    expect([...copies.keys()].sort()).toEqual([...appended].sort());
    expect(relay.status().messagesSent).toBe(appended.length);
  });

  it("publishes a backlog bigger than one partition's largest record batch (the broker's message.max.bytes): nothing stuck, nothing lost", async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    // One account: every message goes to one partition. 3,000 CloudEvents of ~0.5 KB each are ~1.5 MB, past the
    // broker's default 1 MiB, and the relay reads them in one window (its types in full, eight batches wide).
    const appended: string[] = [];
    for (let part = 0; part < 6; part++) {
      const events = Array.from({ length: 500 }, (_, i) => deposit(part * 500 + i));
      appended.push(...events.map((e) => e.eventId));
      await store.appendToStream(ledger.stream('backlog'), events, { expectedRevision: 'any' });
    }
    const relay = newRelay(ledger);
    try {
      expect(await relay.drain()).toBeGreaterThanOrEqual(appended.length);
    } finally {
      await relay.stop();
    }
    expect(relay.status()).toMatchObject({ lastError: null, messagesSent: appended.length });
    const messages = await readTopic(ledger.topic, appended.length);
    const ids = messages.map(
      (message) => (JSON.parse(message.value?.toString() ?? '{}') as { id: string }).id,
    );
    expect(ids).toEqual(appended); // one partition: in the log's order, each once
  });

  it('resends after a crash between send and checkpoint; the consumer applies each event once', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    await store.appendToStream(ledger.stream('c'), [deposit(1), deposit(2), deposit(3)], {
      expectedRevision: 'no_stream',
    });
    // The process "dies" after the brokers acknowledged the batch, before the checkpoint commits.
    const crashing: CheckpointStore = {
      setup: (db) => checkpoints.setup(db),
      loadForUpdate: (tx, name) => checkpoints.loadForUpdate(tx, name),
      save: async () => {
        throw new Error('crash before the checkpoint');
      },
    };
    const doomed = newRelay(ledger, crashing);
    await expect(doomed.drain()).rejects.toThrow('crash before the checkpoint');
    await doomed.stop();
    expect(await messagesOnTopic(ledger.topic)).toBe(3);

    const recovered = newRelay(ledger);
    expect(await recovered.drain()).toBeGreaterThanOrEqual(3); // from the old checkpoint: the batch again
    await recovered.stop();
    expect(await messagesOnTopic(ledger.topic)).toBe(6); // duplicates on the topic, nothing lost

    const bus = newBus();
    bus.subscribe(balances('crash-once', ledger));
    await bus.start();
    try {
      await eventually(async () => {
        const [s] = bus.status();
        return s && s.messagesHandled + s.duplicatesSkipped >= 6 ? s : undefined;
      });
    } finally {
      await bus.stop();
    }
    expect(bus.status()[0]).toMatchObject({ messagesHandled: 3, duplicatesSkipped: 3, deadLetters: 0 });
    expect(await balanceOf('crash-once', 'c')).toEqual({ balance: 6, amounts: [1, 2, 3] });
  });

  it('dead-letters a poison message after the retry budget and goes on with the partition', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    await store.appendToStream(ledger.stream('p'), [deposit(1), deposit(13), deposit(2)], {
      expectedRevision: 'no_stream',
    });
    const relay = newRelay(ledger);
    await relay.drain();
    await relay.stop();
    // And bytes that are no CloudEvent at all, on the same key (so the same partition), then a good one.
    const producer = createKafkaClient({ brokers: brokers ?? '' }).producer({
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    await producer.send({ topic: ledger.topic, messages: [{ key: 'p', value: 'not json' }] });
    await producer.disconnect();
    await store.appendToStream(ledger.stream('p'), [deposit(4)], { expectedRevision: 2 });
    await newRelay(ledger).drain();

    const attempts: number[] = [];
    const bus = new KafkaIntegrationEventBus({
      brokers: brokers ?? '',
      db: target,
      inbox,
      maxAttempts: 3,
      retryBackoffMs: 50,
      onError: () => attempts.push(Date.now()),
    });
    bus.subscribe(balances('poison', ledger, { failOn: 13 }));
    await bus.start();
    try {
      await eventually(async () => {
        const [s] = bus.status();
        return s && s.messagesHandled >= 3 && s.deadLetters >= 2 ? s : undefined;
      });
    } finally {
      await bus.stop();
    }
    expect(attempts).toHaveLength(3); // the poison CloudEvent was tried 3 times; junk is not retried
    expect(await balanceOf('poison', 'p')).toEqual({ balance: 7, amounts: [1, 2, 4] });

    const dead = await readTopic(deadLetterTopic(ledger.topic, 'poison'), 2);
    expect(dead).toHaveLength(2);
    const [poison, junk] = dead.map((m) => ({
      headers: headersAsText(m.headers),
      value: m.value?.toString(),
    }));
    expect(poison?.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.topic]: ledger.topic,
      [DEAD_LETTER_HEADERS.key]: 'p',
      [DEAD_LETTER_HEADERS.offset]: '1',
      [DEAD_LETTER_HEADERS.group]: 'poison',
      [DEAD_LETTER_HEADERS.error]: 'cannot take 13',
      [DEAD_LETTER_HEADERS.attempts]: '3',
      'content-type': CLOUD_EVENTS_CONTENT_TYPE,
    });
    expect(poison?.headers[DEAD_LETTER_HEADERS.partition]).toMatch(/^\d+$/);
    expect(JSON.parse(poison?.value ?? '{}')).toMatchObject({ data: { amount: 13 } });
    expect(junk?.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.offset]: '3',
      [DEAD_LETTER_HEADERS.errorName]: 'NotACloudEventMessageError',
      [DEAD_LETTER_HEADERS.attempts]: '0',
    });
    expect(junk?.value).toBe('not json');
  });

  it('resumes from the committed offsets after a consumer restart', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 3);
    const relay = newRelay(ledger);
    await store.appendToStream(ledger.stream('r'), [deposit(1), deposit(2)], {
      expectedRevision: 'no_stream',
    });
    await relay.drain();

    const first = newBus();
    first.subscribe(balances('restart', ledger));
    await first.start();
    try {
      await eventually(async () => ((first.status()[0]?.messagesHandled ?? 0) >= 2 ? true : undefined));
    } finally {
      await first.stop();
    }
    await store.appendToStream(ledger.stream('r'), [deposit(30), deposit(40)], { expectedRevision: 1 });
    await relay.drain();
    await relay.stop();

    const seen: CloudEvent[] = [];
    const second = newBus();
    second.subscribe(balances('restart', ledger, { seen }));
    await second.start();
    try {
      await eventually(async () => ((second.status()[0]?.messagesHandled ?? 0) >= 2 ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await second.stop();
    }
    // Only the new messages were delivered: not redelivered and skipped by the inbox, but never fetched.
    expect(second.status()[0]).toMatchObject({ messagesHandled: 2, duplicatesSkipped: 0 });
    expect(seen.map((e) => (e.data as { amount: number }).amount)).toEqual([30, 40]);
    expect(await balanceOf('restart', 'r')).toEqual({ balance: 73, amounts: [1, 2, 30, 40] });
  });
  it('keeps the group membership through a handler several session timeouts long: no rebalance, no redelivery', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 1);
    const timeouts = await testSessionTimeouts(brokers ?? '');
    // kafkajs heartbeats only between fetches and when asked to: without the bus's own beats this member
    // would be dropped twice over. (1.5 s sessions on the dev broker; 6 s on one with the stock minimum.)
    const slowMs = 3 * timeouts.sessionTimeoutMs;
    const SLOW = 50;
    await store.appendToStream(ledger.stream('s'), [deposit(1), deposit(SLOW), deposit(2), deposit(3)], {
      expectedRevision: 'no_stream',
    });
    const relay = newRelay(ledger);
    await relay.drain();

    const inner = balances('long-handler', ledger);
    let slowRuns = 0;
    const bus = new KafkaIntegrationEventBus({ brokers: brokers ?? '', db: target, inbox, ...timeouts });
    bus.subscribe({
      ...inner,
      handle: async (raw, tx) => {
        if ((raw.data as { amount: number }).amount === SLOW) {
          slowRuns++;
          await new Promise((resolve) => setTimeout(resolve, slowMs));
        }
        await inner.handle(raw, tx);
      },
    });
    // Until `handled` messages are in, or the consumer is down for good (a crash kafkajs does not restart).
    const settled = (handled: number, timeoutMs?: number) =>
      eventually(async () => {
        const s = bus.status()[0];
        return s && (s.messagesHandled >= handled || !s.running) ? s : undefined;
      }, timeoutMs);
    const started = Date.now();
    await bus.start();
    let status: KafkaConsumerStatus;
    try {
      await settled(4, slowMs + 15_000);
      // One more event after the slow one: by the time it is handled, a member dropped during the slow
      // handler has rejoined and been handed the uncommitted messages again (they come first).
      await store.appendToStream(ledger.stream('s'), [deposit(4)], { expectedRevision: 3 });
      await relay.drain();
      status = await settled(5);
    } finally {
      await bus.stop();
      await relay.stop();
    }
    expect(Date.now() - started).toBeGreaterThan(slowMs); // the handler really outlived the session
    expect(status).toMatchObject({
      running: true,
      messagesHandled: 5,
      duplicatesSkipped: 0, // nothing redelivered
      deadLetters: 0,
      groupJoins: 1, // never dropped from the group
      lastError: null,
    });
    expect(slowRuns).toBe(1);
    expect(await balanceOf('long-handler', 's')).toEqual({ balance: 60, amounts: [1, SLOW, 2, 3, 4] });
  }, 60_000);

  it('rejoins after a stall longer than the session (the member was dropped): redelivered, applied once, still running', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 1);
    const timeouts = await testSessionTimeouts(brokers ?? '');
    const STALL = 50;
    await store.appendToStream(ledger.stream('t'), [deposit(1), deposit(STALL), deposit(2)], {
      expectedRevision: 'no_stream',
    });
    const relay = newRelay(ledger);
    await relay.drain();
    const inner = balances('stalled', ledger);
    let stalls = 0;
    const bus = new KafkaIntegrationEventBus({ brokers: brokers ?? '', db: target, inbox, ...timeouts });
    bus.subscribe({
      ...inner,
      handle: async (raw, tx) => {
        if ((raw.data as { amount: number }).amount === STALL && stalls++ === 0) {
          // A stop-the-world pause (a long GC, a CPU-bound handler): no timer runs, no heartbeat goes out,
          // and the broker drops the member. Its commit is then refused; it must rejoin, not stop.
          const until = Date.now() + 2 * timeouts.sessionTimeoutMs;
          while (Date.now() < until) {
            // blocking on purpose
          }
        }
        await inner.handle(raw, tx);
      },
    });
    let status: KafkaConsumerStatus | undefined;
    try {
      await bus.start();
      await eventually(async () => {
        const s = bus.status()[0];
        return s && s.groupJoins >= 2 && s.running ? true : undefined;
      }, 30_000);
      await store.appendToStream(ledger.stream('t'), [deposit(3)], { expectedRevision: 2 });
      await relay.drain();
      await eventually(async () => {
        const balance = await balanceOf('stalled', 't');
        return (balance?.amounts.length ?? 0) >= 4 ? true : undefined;
      }, 30_000);
      status = bus.status()[0];
    } finally {
      await bus.stop();
      await relay.stop();
    }
    expect(status).toMatchObject({ running: true, deadLetters: 0 });
    expect(status?.groupJoins).toBeGreaterThanOrEqual(2); // dropped once, joined again
    expect(await balanceOf('stalled', 't')).toEqual({ balance: 56, amounts: [1, STALL, 2, 3] });
  }, 90_000);

  it('rides out a rebalance in the middle of a long handler (a second instance joins): nothing lost, nothing twice, both keep running', async () => {
    const ledger = ledgerContext();
    await ensureTopics(brokers ?? '', [ledger.topic], 1);
    const timeouts = await testSessionTimeouts(brokers ?? '');
    const SLOW = 50;
    const slowMs = 2 * timeouts.sessionTimeoutMs;
    await store.appendToStream(ledger.stream('r'), [deposit(1), deposit(SLOW), deposit(2), deposit(3)], {
      expectedRevision: 'no_stream',
    });
    const relay = newRelay(ledger);
    await relay.drain();

    const inner = balances('scale-out', ledger);
    let slowStarted = false;
    const instance = () => {
      const bus = new KafkaIntegrationEventBus({ brokers: brokers ?? '', db: target, inbox, ...timeouts });
      bus.subscribe({
        ...inner,
        handle: async (raw, tx) => {
          if ((raw.data as { amount: number }).amount === SLOW) {
            slowStarted = true;
            await new Promise((resolve) => setTimeout(resolve, slowMs));
          }
          await inner.handle(raw, tx);
        },
      });
      return bus;
    };
    const first = instance();
    const second = instance();
    const applied = () => balanceOf('scale-out', 'r');
    try {
      await first.start();
      await eventually(async () => (slowStarted ? true : undefined));
      // The group rebalances while the first instance is inside the slow handler: its heartbeats and its
      // offset commit are refused, and it must rejoin rather than stop.
      await second.start();
      await eventually(
        async () => (((await applied())?.amounts.length ?? 0) >= 4 ? true : undefined),
        slowMs + 30_000,
      );
      await store.appendToStream(ledger.stream('r'), [deposit(4)], { expectedRevision: 3 });
      await relay.drain();
      await eventually(
        async () => (((await applied())?.amounts.length ?? 0) >= 5 ? true : undefined),
        30_000,
      );
      // Both members are still in service after the dust settles.
      await eventually(async () =>
        [...first.status(), ...second.status()].every((s) => s.running) ? true : undefined,
      );
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await relay.stop();
    }
    expect(await applied()).toEqual({ balance: 60, amounts: [1, SLOW, 2, 3, 4] });
    const statuses = [...first.status(), ...second.status()];
    expect(statuses.reduce((n, s) => n + s.messagesHandled, 0)).toBe(5);
    expect(statuses.reduce((n, s) => n + s.deadLetters, 0)).toBe(0);
  }, 90_000);
});
