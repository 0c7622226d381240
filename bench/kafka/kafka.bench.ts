/**
 * KafkaRelay throughput and append → effect latency through KafkaRelay and an @EventConsumer on the Nest
 * integration-event transport (KafkaIntegrationEventsServer driving KafkaIntegrationEventBus),
 * against raw kafkajs measured in the same run on the same broker.
 *
 *   npm run bench:kafka
 *
 * Environment (all optional):
 *   KAFKA_BROKERS      broker to use; without it the bench starts one (tools/kafka) and stops it again.
 *   DATABASE_URL       PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres); the bench
 *                      creates bench_kafka_{tp,a,b}_<pid> there and drops them afterwards.
 *   BENCH_MESSAGES     messages per throughput round and side (default 20000); BENCH_ROUNDS rounds
 *                      (default 2, raw and ours alternating).
 *   BENCH_RATE         latency load, messages/s (default 500); BENCH_LATENCY_MS measured (default 20000)
 *                      after BENCH_WARMUP_MS of warm-up (default 3000).
 *   BENCH_WRITE_RESULTS=0  print only, leave bench/RESULTS.md alone.
 */
import { writeResultsSection } from '../results-file';
import { join, resolve } from 'node:path';
import { deadLetterTopic } from '@qinqing/shared/contracts-kit';
import { loadLine, machineLine } from '../store/report';
import {
  createTopics,
  deleteTopics,
  describeServer,
  messagesOnTopic,
  openBroker,
  openDatabase,
  type BenchBroker,
  type BenchDatabase,
} from './environment';
import { benchConsumerName, oursLatency, RelayThroughput } from './ours';
import { perSecond, rawLatency, rawThroughput, type LatencyOptions, type ThroughputResult } from './raw';
import {
  consoleTable,
  markdownTable,
  P95_LIMIT_MS,
  P95_RATIO,
  THROUGHPUT_RATIO,
  verdicts,
  SECTION_HEADING,
  type KafkaBenchFigures,
  type LatencyFigures,
} from './report';
import { aggregateIds, benchTopics, itemRecordedOn, KEY_COUNT, MESSAGE_BYTES, PARTITIONS } from './workload';

// kafkajs 2 warns about its default partitioner on every producer; both sides use that same default.
process.env['KAFKAJS_NO_PARTITIONER_WARNING'] ??= '1';

const RESULTS_PATH = join(resolve(__dirname, '../..'), 'bench/RESULTS.md');

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
};

const SERVER_URL = env('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MESSAGES = Number(env('BENCH_MESSAGES') ?? 20_000);
const ROUNDS = Number(env('BENCH_ROUNDS') ?? 2);
const RAW_BATCH = 100;
const WARMUP_MESSAGES = 1_000;
const LATENCY: LatencyOptions = {
  ratePerSecond: Number(env('BENCH_RATE') ?? 500),
  measureMs: Number(env('BENCH_LATENCY_MS') ?? 20_000),
  warmupMs: Number(env('BENCH_WARMUP_MS') ?? 3_000),
  graceMs: 30_000,
};
const WRITE_RESULTS = env('BENCH_WRITE_RESULTS') !== '0';

const add = (a: ThroughputResult, b: ThroughputResult): ThroughputResult => ({
  messages: a.messages + b.messages,
  seconds: a.seconds + b.seconds,
  valueBytes: (a.valueBytes * a.messages + b.valueBytes * b.messages) / (a.messages + b.messages),
});

const ZERO: ThroughputResult = { messages: 0, seconds: 0, valueBytes: 0 };

const rounded = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Everything the run opened, closed in reverse order at the end or on Ctrl-C. */
class Resources {
  private readonly closers: (() => Promise<void>)[] = [];
  add(close: () => Promise<void>): void {
    this.closers.push(close);
  }
  async closeAll(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) {
      await close().catch((error: unknown) => console.error('cleanup:', error));
    }
  }
}

const main = async (): Promise<void> => {
  const started = new Date();
  const machine = machineLine();
  const loadBefore = loadLine();
  const resources = new Resources();
  const interrupted = (): void => {
    void resources.closeAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  try {
    const broker: BenchBroker = await openBroker();
    resources.add(() => broker.close());
    const runId = `${started.getTime().toString(36)}${process.pid}`;
    const topics = benchTopics(runId);
    const consumerName = benchConsumerName(runId);
    const allTopics = [...Object.values(topics), deadLetterTopic(topics.latencyOurs, consumerName)];
    await createTopics(broker.brokers, Object.values(topics));
    resources.add(() => deleteTopics(broker.brokers, allTopics));
    const open = async (role: string): Promise<BenchDatabase> => {
      const database = await openDatabase(SERVER_URL, `bench_kafka_${role}_${process.pid}`);
      resources.add(() => database.close());
      return database;
    };
    const throughputStore = await open('tp');
    const serviceA = await open('a');
    const serviceB = await open('b');
    const server = await describeServer(serviceA.stack);
    const keys = aggregateIds();
    console.log(`bench:kafka — ${machine}`);
    console.log(`${broker.description}; ${server}`);

    // 1. Throughput: raw, ours, ours, raw, … so drift on the machine weighs on both alike.
    console.log(
      `\nThroughput: ${rounded(MESSAGES)} messages × ${ROUNDS} rounds per side, ~${MESSAGE_BYTES} B values, ` +
        `${KEY_COUNT} keys, ${PARTITIONS} partitions`,
    );
    const rawTopic = itemRecordedOn(topics.throughputRaw);
    const oursTopic = itemRecordedOn(topics.throughputOurs);
    const relay = new RelayThroughput(
      throughputStore,
      broker.brokers,
      oursTopic,
      keys,
      `relay:bench-${runId}`,
    );
    resources.add(() => relay.close());
    await relay.warmUp(WARMUP_MESSAGES);
    let raw = ZERO;
    let ours = ZERO;
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? ['raw', 'ours'] : ['ours', 'raw']) {
        if (side === 'raw') {
          const r = await rawThroughput(broker.brokers, rawTopic, keys, MESSAGES, RAW_BATCH, WARMUP_MESSAGES);
          raw = add(raw, r);
          console.log(`  raw kafkajs  ${rounded(perSecond(r))} messages/s (${r.seconds.toFixed(2)} s)`);
        } else {
          const r = await relay.measure(MESSAGES);
          ours = add(ours, r);
          console.log(`  KafkaRelay   ${rounded(perSecond(r))} messages/s (${r.seconds.toFixed(2)} s)`);
        }
      }
    }
    const onRaw = await messagesOnTopic(broker.brokers, topics.throughputRaw);
    const onOurs = await messagesOnTopic(broker.brokers, topics.throughputOurs);
    if (onRaw !== ROUNDS * (MESSAGES + WARMUP_MESSAGES) || onOurs !== ROUNDS * MESSAGES + WARMUP_MESSAGES) {
      throw new Error(`unexpected message counts on the throughput topics: raw ${onRaw}, relay ${onOurs}`);
    }

    // 2. Latency at a fixed rate.
    console.log(
      `\nLatency: ${LATENCY.ratePerSecond} messages/s for ${LATENCY.measureMs / 1000} s after ` +
        `${LATENCY.warmupMs / 1000} s warm-up`,
    );
    const rawRun = await rawLatency(broker.brokers, itemRecordedOn(topics.latencyRaw), keys, LATENCY);
    const rawFigures: LatencyFigures = {
      summary: rawRun.recorder.summary(),
      missing: rawRun.missing,
      late: rawRun.paced.late,
      duplicates: rawRun.recorder.duplicates,
    };
    console.log(
      `  raw kafkajs  p50 ${rawFigures.summary.p50.toFixed(1)} ms, p95 ${rawFigures.summary.p95.toFixed(1)} ms ` +
        `(${rawRun.paced.late} sends started > 10 ms late, ${rawRun.missing} missing)`,
    );
    const oursRun = await oursLatency(
      broker.brokers,
      serviceA,
      serviceB,
      itemRecordedOn(topics.latencyOurs),
      keys,
      runId,
      LATENCY,
    );
    const oursFigures: LatencyFigures = {
      summary: oursRun.recorder.summary(),
      missing: oursRun.missing,
      late: oursRun.paced.late,
      duplicates: oursRun.recorder.duplicates,
    };
    console.log(
      `  ours         p50 ${oursFigures.summary.p50.toFixed(1)} ms, p95 ${oursFigures.summary.p95.toFixed(1)} ms ` +
        `(${oursRun.paced.late} appends started > 10 ms late, ${oursRun.missing} missing, ` +
        `${oursRun.effectRows} effect rows in service B for ${oursRun.paced.sent + 1} events, ` +
        `committed in ${oursRun.effectTransactions} transactions)`,
    );
    const breakdown = oursRun.stages.breakdown();
    for (const { step, summary } of breakdown) {
      console.log(
        `    ${step.padEnd(22)} p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms, ` +
          `p99 ${summary.p99.toFixed(1)} ms`,
      );
    }
    if (oursRun.relayError !== null) console.log(`  relay's last error: ${oursRun.relayError}`);
    if (oursRun.busError !== null) console.log(`  bus's last error: ${oursRun.busError}`);
    if (oursRun.effectRows !== oursRun.paced.sent + 1 - oursRun.missing) {
      console.log(`  NOTE: effect rows (${oursRun.effectRows}) ≠ events seen committed`);
    }

    const figures: KafkaBenchFigures = {
      rawThroughput: raw,
      oursThroughput: ours,
      rawLatency: rawFigures,
      oursLatency: oursFigures,
    };
    const seconds = (Date.now() - started.getTime()) / 1000;
    const load = `load average ${loadBefore} before, ${loadLine()} after`;
    const v = verdicts(figures);
    console.log(`\n${consoleTable(figures)}\n`);
    const failed = [v.throughput, v.p95Limit, v.p95Multiple].filter((x) => x === 'FAIL').length;
    console.log(
      failed === 0
        ? 'All targets met.'
        : `${failed} of 3 targets MISSED (see FAIL above). Exit code stays 0: this is a measurement.`,
    );
    console.log(`Finished in ${seconds.toFixed(0)} s (${load}).`);

    const run = [
      `### Run ${started.toISOString().replace(/\.\d+Z$/, 'Z')}`,
      '',
      `- Machine: ${machine}`,
      `- Broker: ${broker.description}`,
      `- Database: ${server}`,
      `- Message values: raw ${raw.valueBytes.toFixed(0)} B, ours ${ours.valueBytes.toFixed(0)} B on average`,
      `- Throughput: ${rounded(MESSAGES)} messages × ${ROUNDS} rounds per side, alternating; latency: ` +
        `${LATENCY.ratePerSecond}/s for ${LATENCY.measureMs / 1000} s after ${LATENCY.warmupMs / 1000} s ` +
        `warm-up; sends started > 10 ms late: raw ${rawFigures.late}, ours ${oursFigures.late}; ` +
        `duplicates seen: raw ${rawFigures.duplicates}, ours ${oursFigures.duplicates}`,
      `- Where our latency goes (p50 / p95 per step; "read": the relay's read of the log returned it, ` +
        `"acked": the relay's sendBatch resolved, "fetched": the consumer's fetch holding it returned, ` +
        `"received": the batch holding it handed to the bus): ` +
        breakdown
          .map(({ step, summary }) => `${step} ${summary.p50.toFixed(1)} / ${summary.p95.toFixed(1)} ms`)
          .join('; '),
      `- Run took ${seconds.toFixed(0)} s, ${load}`,
      '',
      markdownTable(figures),
    ].join('\n');
    if (WRITE_RESULTS) {
      writeResultsSection(RESULTS_PATH, SECTION_HEADING, SECTION_INTRO, run);
      console.log(`Wrote ${RESULTS_PATH}`);
    } else {
      console.log(`\n${run}\n`);
    }
  } finally {
    process.off('SIGINT', interrupted);
    await resources.closeAll();
  }
};

const SECTION_INTRO = `One run, one broker, one PostgreSQL server; raw kafkajs and ours measured alternately in the same run.
Messages are structured CloudEvents (JSON value padded up to ${MESSAGE_BYTES} B; the envelope of these events is already
a little larger, so each run states the measured average; a \`content-type\` header),
keyed by one of ${KEY_COUNT} aggregate ids, on fresh topics of ${PARTITIONS} partitions.

- **Throughput.** Raw: an idempotent kafkajs producer (acks = all, one request in flight) sends batches of
  ${RAW_BATCH} messages, each awaited before the next. Ours: \`KafkaRelay.drain()\` from its checkpoint to the end
  of a log of events already appended (one event per append) to a \`PostgresEventStore\` on a fresh
  database, with its defaults (500 events per read, one \`sendBatch\` per read, checkpoint after the ack).
  Target: ours ≥ ${THROUGHPUT_RATIO * 100} % of raw messages/s. Both sides warm up on ${WARMUP_MESSAGES} messages first.
- **Latency** at a fixed rate (open loop: latency counts from the time a message was due, so a sender
  falling behind shows). Raw: one message per \`send()\`, awaited, to a raw consumer in its own group;
  time taken in \`eachMessage\`. Ours: "service A" appends one event per append to its event store
  (database \`bench_kafka_a\`) with its \`KafkaRelay\` running (woken by the appends); "service B" is a Nest
  microservice on the integration-event transport (\`KafkaIntegrationEventsServer\` driving
  \`KafkaIntegrationEventBus\`, as the services run), whose \`@EventConsumer\` handler INSERTs a row into its own
  database (\`bench_kafka_b\`) in the bus's transaction with the inbox row; time taken in the process right after that transaction's COMMIT
  returned (before the offset commit). Targets: ours p95 ≤ ${P95_LIMIT_MS} ms and ≤ ${P95_RATIO}× raw p95.`;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
