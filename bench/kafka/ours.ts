/**
 * Our path: events appended to the PostgreSQL event store of "service A", moved to Kafka by KafkaRelay
 * (libs/shared/messaging-kafka), and, for latency, consumed by "service B" the way the services consume: an
 * `@EventConsumer` handler under the Nest transport (`KafkaIntegrationEventsServer`, which drives
 * `KafkaIntegrationEventBus`), whose effect is an INSERT in B's own database.
 */
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import {
  UuidV7Generator,
  type IntegrationEventMapper,
  type RecordedEvent,
  type SqlDatabase,
  type SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import {
  consumerKafkaConfig,
  type KafkaIntegrationEventBus,
  kafkaClientConfig,
  KafkaRelay,
  toKafkaMessage,
} from '@qinqing/shared/messaging-kafka';
import {
  EventConsumer,
  IntegrationEventContext,
  KafkaIntegrationEventsServer,
} from '@qinqing/shared/nest-platform';
import type { BenchDatabase } from './environment';
import { runPaced } from './pacing';
import { ProbedKafka, probedStore, StageClock } from './probes';
import type { LatencyOptions, LatencyRun, ThroughputResult } from './raw';
import { LatencyRecorder, waitUntil } from './stats';
import {
  itemData,
  itemMapper,
  itemRecorded,
  PARTITIONS,
  streamIdOf,
  type ItemRecordedDefinition,
} from './workload';

/** Appends to the store like concurrent commands would: one event per append, each on its aggregate's stream. */
class Appender {
  private readonly ids = new UuidV7Generator();
  private readonly revisions = new Map<string, number>();
  private next = 0;

  constructor(
    private readonly database: BenchDatabase,
    private readonly keys: readonly string[],
  ) {}

  /** Appends the event for the next index; `eventId` lets the caller register it before it exists. */
  async appendNext(eventId: string = this.ids.next()): Promise<RecordedEvent> {
    const index = this.next++;
    const aggregateId = this.keys[index % this.keys.length] as string;
    const streamId = streamIdOf(aggregateId);
    const head = this.revisions.get(streamId) ?? -1;
    this.revisions.set(streamId, head + 1);
    const data = itemData(aggregateId, Math.floor(index / this.keys.length));
    const { events } = await this.database.stack.store.appendToStream(
      streamId,
      [itemRecorded(eventId, data)],
      {
        expectedRevision: head === -1 ? 'no_stream' : head,
      },
    );
    return events[0] as RecordedEvent;
  }

  newId(): string {
    return this.ids.next();
  }

  /** `count` events, `concurrency` appends at a time (not timed: this is the log the relay will read). */
  async appendMany(count: number, concurrency: number): Promise<RecordedEvent[]> {
    const recorded: RecordedEvent[] = [];
    let left = count;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left > 0) {
          left--;
          recorded.push(await this.appendNext());
        }
      }),
    );
    return recorded;
  }
}

const valueBytes = (mapper: IntegrationEventMapper, events: readonly RecordedEvent[]): number => {
  const sample = events.slice(0, 100);
  const total = sample.reduce((n, event) => {
    const outbound = mapper.map(event);
    return n + (outbound === null ? 0 : Buffer.byteLength(toKafkaMessage(outbound).value as string));
  }, 0);
  return sample.length === 0 ? 0 : total / sample.length;
};

/** The relay over a log of already appended events, from its checkpoint to the end (relay.drain()). */
export class RelayThroughput {
  private readonly appender: Appender;
  private readonly mapper: IntegrationEventMapper;
  private readonly relay: KafkaRelay;

  constructor(
    private readonly database: BenchDatabase,
    brokers: string,
    definition: ItemRecordedDefinition,
    keys: readonly string[],
    name: string,
  ) {
    this.appender = new Appender(database, keys);
    this.mapper = itemMapper(definition);
    const { store, db, checkpoints } = database.stack;
    this.relay = new KafkaRelay({ store, db, checkpoints, mappers: [this.mapper], brokers, name });
  }

  /** Connects the producer and moves `count` events through once, untimed (JIT, connections, metadata). */
  async warmUp(count: number): Promise<void> {
    await this.appender.appendMany(count, 8);
    await this.relay.drain();
  }

  async measure(count: number): Promise<ThroughputResult> {
    const events = await this.appender.appendMany(count, 8);
    const start = performance.now();
    const passed = await this.relay.drain();
    const seconds = (performance.now() - start) / 1000;
    if (passed !== count) throw new Error(`relay passed ${passed} events, expected ${count}`);
    return { messages: count, seconds, valueBytes: valueBytes(this.mapper, events) };
  }

  async close(): Promise<void> {
    await this.relay.stop();
  }
}

/**
 * The bus's database with a clock on it: `committed` runs right after a transaction's COMMIT returned,
 * with the executor the transaction's work ran on. That is where the consumer's effect became durable and
 * visible, before the bus commits the Kafka offset.
 */
const clockedDatabase = (db: SqlDatabase, committed: (tx: SqlExecutor, at: number) => void): SqlDatabase => ({
  dialect: db.dialect,
  query: (text, params) => db.query(text, params),
  transaction: async <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    let executor: SqlExecutor | null = null;
    const result = await db.transaction((tx) => {
      executor = tx;
      return work(tx);
    });
    const at = performance.now();
    if (executor !== null) committed(executor, at);
    return result;
  },
  close: () => db.close(),
});

export interface OursLatencyRun extends LatencyRun {
  /** Effect rows in service B's table at the end (every message that went through, warm-up included). */
  readonly effectRows: number;
  /** Committed transactions of the bus that carried effects (it may handle several messages in one). */
  readonly effectTransactions: number;
  readonly relayError: string | null;
  readonly busError: string | null;
  readonly stages: StageClock;
}

/** The consumer group of service B's consumer in run `runId` (its dead letters' topic carries it too). */
export const benchConsumerName = (runId: string): string => `bench.effects-${runId}`;

/**
 * Append → effect committed: service A appends one event per command at a fixed rate, with its KafkaRelay
 * running (woken by the appends); service B, a Nest microservice on the integration-event transport, runs
 * an `@EventConsumer` whose effect is an INSERT into B's table, in the bus's transaction with the inbox row.
 * Time is taken in this process when that transaction's COMMIT has returned (see clockedDatabase).
 */
export const oursLatency = async (
  brokers: string,
  serviceA: BenchDatabase,
  serviceB: BenchDatabase,
  definition: ItemRecordedDefinition,
  keys: readonly string[],
  runId: string,
  options: LatencyOptions,
): Promise<OursLatencyRun> => {
  const recorder = new LatencyRecorder();
  const stages = new StageClock();
  // The clients the relay and the bus would make themselves, plus the probes (one JSON.parse per message
  // and stage).
  const relayName = `relay:bench-latency-${runId}`;
  const kafka = new ProbedKafka(kafkaClientConfig({ brokers, clientId: relayName }), stages);
  const consumerKafka = new ProbedKafka(consumerKafkaConfig({ brokers, clientId: 'bench-ours' }), stages);
  const appender = new Appender(serviceA, keys);
  const { store, db, checkpoints } = serviceA.stack;
  const relay = new KafkaRelay({
    store: probedStore(store, stages),
    db,
    checkpoints,
    mappers: [itemMapper(definition)],
    brokers,
    kafka,
    name: relayName,
  });

  const b = serviceB.stack;
  await b.db.query(`CREATE TABLE bench_effects (
    event_id text PRIMARY KEY,
    aggregate_id text NOT NULL,
    sequence int NOT NULL,
    inserted_at timestamptz NOT NULL DEFAULT clock_timestamp()
  )`);
  // The bus may handle several messages in one transaction: every id handled in it, by transaction.
  const handledIn = new WeakMap<SqlExecutor, string[]>();
  let effectTransactions = 0;
  @EventConsumer(benchConsumerName(runId))
  class BenchEffectsConsumer {
    @EventPattern(definition.topic)
    async apply(@Payload() event: CloudEvent, @Ctx() context: IntegrationEventContext): Promise<void> {
      const tx = context.getTransaction();
      const data = event.data as { aggregateId: string; sequence: number };
      await tx.query('INSERT INTO bench_effects (event_id, aggregate_id, sequence) VALUES ($1, $2, $3)', [
        event.id,
        data.aggregateId,
        data.sequence,
      ]);
      handledIn.set(tx, [...(handledIn.get(tx) ?? []), event.id]);
    }
  }
  @Module({ controllers: [BenchEffectsConsumer] })
  class ServiceBModule {}
  const consumers = new KafkaIntegrationEventsServer({
    brokers,
    clientId: 'bench-ours',
    topicPartitions: PARTITIONS,
    db: clockedDatabase(b.db, (tx, at) => {
      const ids = handledIn.get(tx) ?? [];
      if (ids.length > 0) effectTransactions++;
      for (const id of ids) {
        recorder.arrived(id, at);
        stages.mark(id, 'committed', at);
      }
      handledIn.delete(tx);
    }),
    inbox: b.inbox,
    consumerKafka,
    ready: () => true,
  });
  const serviceBApp = await NestFactory.createMicroservice(ServiceBModule, {
    strategy: consumers,
    logger: false,
  });

  await serviceBApp.listen();
  await relay.start();
  try {
    const send = async (_index: number, dueAt: number, measured: boolean): Promise<void> => {
      const eventId = appender.newId();
      recorder.expect(eventId, dueAt, measured);
      if (measured) stages.due(eventId, dueAt);
      await appender.appendNext(eventId);
      stages.mark(eventId, 'appended', performance.now());
    };
    const primer = appender.newId();
    recorder.expect(primer, performance.now(), false);
    await appender.appendNext(primer);
    if (!(await waitUntil(() => !recorder.isOutstanding(primer), 60_000)))
      throw new Error('service B committed no effect within 60 s');
    // Up to 8 appends in flight, as concurrent commands would be; at 500/s one usually is.
    const paced = await runPaced({ ...options, maxInFlight: 8, send });
    await waitUntil(() => recorder.outstanding() === 0, options.graceMs);
    const { rows } = await b.db.query<{ n: string }>('SELECT count(*)::text AS n FROM bench_effects');
    return {
      recorder,
      paced,
      missing: recorder.outstanding(),
      effectRows: Number(rows[0]?.n ?? 0),
      effectTransactions,
      relayError: relay.status().lastError,
      busError: consumers.unwrap<KafkaIntegrationEventBus>().status()[0]?.lastError ?? null,
      stages,
    };
  } finally {
    await relay.stop();
    await serviceBApp.close();
  }
};
