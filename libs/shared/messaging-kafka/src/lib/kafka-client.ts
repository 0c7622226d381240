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
}

/** For clients made outside an app (tools, tests): JSON lines on stderr, warnings and errors only. */
const standaloneLog: KafkaLogSink = pino({ level: 'warn', base: { logger: 'kafkajs' } }, pino.destination(2));

/** One kafkajs client; its producers, consumers and admin share the broker connections' settings. */
export const createKafkaClient = (options: KafkaClientOptions): Kafka => {
  const config: KafkaConfig = {
    clientId: options.clientId ?? 'qinqing',
    brokers: brokerList(options.brokers),
    // INFO and up reach the log creator (which files INFO under debug); DEBUG, a line per request, is not made.
    logLevel: logLevel.INFO,
    logCreator: kafkaLogCreator(options.log ?? standaloneLog),
    retry: { initialRetryTime: 100, retries: 8 },
  };
  return new Kafka(config);
};

/**
 * Retries of the idempotent producers: unbounded, as kafkajs requires for its guarantees (a send waits for
 * the brokers to come back rather than failing a batch half-way), at most 5 s apart.
 */
export const IDEMPOTENT_RETRY = {
  retries: Number.MAX_SAFE_INTEGER,
  initialRetryTime: 100,
  maxRetryTime: 5_000,
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
