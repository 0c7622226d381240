import { Kafka, type KafkaConfig, logLevel, Partitioners, type Producer } from 'kafkajs';
import pino from 'pino';
import { kafkaLogCreator, type KafkaLogSink } from './kafka-log';

/** Where the brokers are: "host:port,host:port" or a list. */
export type KafkaBrokers = string | readonly string[];

export const brokerList = (brokers: KafkaBrokers): string[] =>
  (typeof brokers === 'string' ? brokers.split(',') : [...brokers]).map((b) => b.trim()).filter(Boolean);

export interface KafkaClientOptions {
  readonly brokers: KafkaBrokers;
  readonly clientId?: string;
  /** Where kafkajs logs, at the levels kafkaLogLevelOf gives (the app's logger; stderr at warn otherwise). */
  readonly log?: KafkaLogSink;
  /** Defaults: 1 s to connect, 30 s per request, 8 retries. */
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly retries?: number;
}

/** For clients made outside an app (tools, tests): JSON lines on stderr, warnings and errors only. */
export const standaloneKafkaLog: KafkaLogSink = pino(
  { level: 'warn', base: { logger: 'kafkajs' } },
  pino.destination(2),
);

/**
 * How long a stop waits for work in hand (a batch being handled or sent). Consumers and producers retry
 * without bound through a broker outage, so a stop while the brokers are away would otherwise wait for them.
 */
export const STOP_GRACE_MS = 10_000;

/** Waits for `work`, at most `ms`: true when it settled in time (its rejection counts as settled). */
export const settledWithin = async (work: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
};

/** Longest pause between two attempts of any kafkajs retry of ours. */
export const CLIENT_MAX_RETRY_MS = 2_000;

/** The settings of createKafkaClient, for a caller that builds its own (instrumented) client from them. */
export const kafkaClientConfig = (options: KafkaClientOptions): KafkaConfig => ({
  clientId: options.clientId ?? 'qinqing',
  brokers: brokerList(options.brokers),
  // INFO and up reach the log creator (which files INFO under debug); DEBUG, a line per request, is not made.
  logLevel: logLevel.INFO,
  logCreator: kafkaLogCreator(options.log ?? standaloneKafkaLog),
  ...(options.connectionTimeoutMs === undefined ? {} : { connectionTimeout: options.connectionTimeoutMs }),
  ...(options.requestTimeoutMs === undefined ? {} : { requestTimeout: options.requestTimeoutMs }),
  // Retries at most 2 s apart (kafkajs waits up to 30 s by default): after a broker comes back, connections,
  // fetches and consumer restarts try again within 2 s instead of half a minute.
  retry: { initialRetryTime: 100, maxRetryTime: CLIENT_MAX_RETRY_MS, retries: options.retries ?? 8 },
});

/** One kafkajs client; its producers, consumers and admin share the broker connections' settings. */
export const createKafkaClient = (options: KafkaClientOptions): Kafka =>
  new Kafka(kafkaClientConfig(options));

/**
 * Retries of the idempotent producers: unbounded, as kafkajs requires for its guarantees (a send waits for
 * the brokers to come back rather than failing a batch half-way), at most 2 s apart.
 */
export const IDEMPOTENT_RETRY = {
  retries: Number.MAX_SAFE_INTEGER,
  initialRetryTime: 100,
  maxRetryTime: CLIENT_MAX_RETRY_MS,
};

/**
 * The producer every publisher of the platform uses: idempotent (implies acks = all; kafkajs keeps one
 * request in flight for it, so no reordering and no broker-side duplicates on retries), never creating
 * topics, and partitioning keys like the Java client (murmur2), so an aggregate's events land on the
 * partition any Kafka client would pick for its key.
 */
export const idempotentProducer = (kafka: Kafka): Producer =>
  kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    retry: IDEMPOTENT_RETRY,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
