/**
 * The baseline: plain kafkajs, none of our code on the path. The same CloudEvent JSON values (built as
 * plain objects), the same keys and headers, an idempotent producer with acks = all like the relay's.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, type Message, type Producer } from 'kafkajs';
import { runPaced, type PacedRun } from './pacing';
import { LatencyRecorder, waitUntil } from './stats';
import { itemData, rawCloudEvent, type ItemRecordedDefinition } from './workload';

const CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

const rawKafka = (brokers: string): Kafka =>
  new Kafka({ clientId: 'bench-raw', brokers: brokers.split(','), logLevel: logLevel.WARN });

const rawProducer = async (kafka: Kafka): Promise<Producer> => {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  return producer;
};

/** One message: `index` picks the key, round-robin over the aggregates. */
const rawMessage = (
  definition: ItemRecordedDefinition,
  keys: readonly string[],
  index: number,
  id: string = randomUUID(),
): Message => {
  const aggregateId = keys[index % keys.length] as string;
  const time = new Date();
  const cloudEvent = rawCloudEvent(
    definition,
    id,
    time.toISOString(),
    itemData(aggregateId, Math.floor(index / keys.length)),
  );
  return {
    key: aggregateId,
    value: JSON.stringify(cloudEvent),
    headers: { 'content-type': CONTENT_TYPE },
    timestamp: String(time.getTime()),
  };
};

export interface ThroughputResult {
  readonly messages: number;
  readonly seconds: number;
  readonly valueBytes: number;
}

export const perSecond = (r: ThroughputResult): number => (r.seconds === 0 ? 0 : r.messages / r.seconds);

/**
 * `count` messages in batches of `batchSize`, each batch one send awaited before the next (acks = all),
 * after a warm-up of `warmup` messages on the same topic (not timed).
 */
export const rawThroughput = async (
  brokers: string,
  definition: ItemRecordedDefinition,
  keys: readonly string[],
  count: number,
  batchSize: number,
  warmup: number,
): Promise<ThroughputResult> => {
  const producer = await rawProducer(rawKafka(brokers));
  try {
    const sendAll = async (n: number, offset: number): Promise<number> => {
      let bytes = 0;
      for (let sent = 0; sent < n; sent += batchSize) {
        const messages = Array.from({ length: Math.min(batchSize, n - sent) }, (_, i) =>
          rawMessage(definition, keys, offset + sent + i),
        );
        for (const m of messages) bytes += Buffer.byteLength(m.value as string);
        await producer.send({ topic: definition.topic, messages, acks: -1 });
      }
      return bytes;
    };
    await sendAll(warmup, 0);
    const start = performance.now();
    const bytes = await sendAll(count, warmup);
    return { messages: count, seconds: (performance.now() - start) / 1000, valueBytes: bytes / count };
  } finally {
    await producer.disconnect();
  }
};

export interface LatencyRun {
  readonly recorder: LatencyRecorder;
  readonly paced: PacedRun;
  /** Measured messages not seen within the grace period after the last send. */
  readonly missing: number;
}

export interface LatencyOptions {
  readonly ratePerSecond: number;
  readonly warmupMs: number;
  readonly measureMs: number;
  readonly graceMs: number;
}

/**
 * Produce → consume: one message per send (awaited, acks = all) at a fixed rate; a raw consumer in its
 * own group takes the time in eachMessage. Both in this process, one clock (performance.now()).
 */
export const rawLatency = async (
  brokers: string,
  definition: ItemRecordedDefinition,
  keys: readonly string[],
  options: LatencyOptions,
): Promise<LatencyRun> => {
  const kafka = rawKafka(brokers);
  const recorder = new LatencyRecorder();
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await consumer.connect();
  const producer = await rawProducer(kafka);
  try {
    await consumer.subscribe({ topic: definition.topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const at = performance.now();
        const id = message.headers?.['bench-id']?.toString();
        if (id !== undefined) recorder.arrived(id, at);
      },
    });
    const send = async (index: number, dueAt: number, measured: boolean): Promise<void> => {
      const id = randomUUID();
      const message = rawMessage(definition, keys, index, id);
      recorder.expect(id, dueAt, measured);
      await producer.send({
        topic: definition.topic,
        messages: [{ ...message, headers: { ...message.headers, 'bench-id': id } }],
        acks: -1,
      });
    };
    // One message through first: the group has joined and the path is live before the clock starts.
    const primer = randomUUID();
    recorder.expect(primer, performance.now(), false);
    const first = rawMessage(definition, keys, 0, primer);
    await producer.send({
      topic: definition.topic,
      messages: [{ ...first, headers: { ...first.headers, 'bench-id': primer } }],
      acks: -1,
    });
    if (!(await waitUntil(() => !recorder.isOutstanding(primer), 60_000)))
      throw new Error('raw consumer saw nothing within 60 s');
    const paced = await runPaced({ ...options, maxInFlight: 1, send });
    await waitUntil(() => recorder.outstanding() === 0, options.graceMs);
    return { recorder, paced, missing: recorder.outstanding() };
  } finally {
    await producer.disconnect();
    await consumer.disconnect();
  }
};
