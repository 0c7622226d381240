import { KafkaJSError, type ITopicConfig, type Kafka } from 'kafkajs';
import { createKafkaClient, standaloneKafkaLog, type KafkaBrokers } from './kafka-client';
import type { KafkaLogSink } from './kafka-log';

/** How long topic creation keeps retrying a broker that answers but is not ready (just restarted). */
const READY_WITHIN_MS = 30_000;
const RETRY_DELAY_MS = 250;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A broker that has just come back answers metadata before it hosts every partition again: kafkajs reports
 * "This server does not host this topic-partition" (UNKNOWN_TOPIC_OR_PARTITION, retriable) while it waits
 * for the leaders, and only retries LEADER_NOT_AVAILABLE itself.
 */
const retriable = (error: unknown): boolean => error instanceof KafkaJSError && error.retriable;

const createMissing = async (kafka: Kafka, topics: readonly string[], partitions: number): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing: ITopicConfig[] = [...new Set(topics)]
      .filter((topic) => !existing.has(topic))
      .map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 }));
    if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
};

/**
 * The log of topic creation: kafkajs' connection logs every broker answer that carries an error at ERROR,
 * but while topics are being created two of them are steps of a healthy start, not faults. Replicas of one
 * service start together and create the same topics: the slower one is told TOPIC_ALREADY_EXISTS ("Topic
 * creation errors", which kafkajs' admin then treats as done). And right after a creation the broker may not
 * host the new partitions yet ("This server does not host this topic-partition"), which ensureTopics
 * retries. Neither can be told from a real fault by the log line alone, so the admin's lines are filed at
 * info, and ensureTopics itself decides: it returns when the topics exist, or throws the error that stopped
 * it, for the app to report as its start failure.
 */
export const topicCreationLog = (sink: KafkaLogSink): KafkaLogSink => ({
  error: (fields, message) => sink.info({ ...fields, during: 'topic creation' }, message),
  warn: (fields, message) => sink.info({ ...fields, during: 'topic creation' }, message),
  info: (fields, message) => sink.info(fields, message),
  debug: (fields, message) => sink.debug(fields, message),
});

export interface EnsureTopicsOptions {
  /** The app's client id and log (kafkajs' lines of the creation, filed by topicCreationLog). */
  readonly clientId?: string;
  readonly log?: KafkaLogSink;
}

/**
 * Creates the topics that do not exist yet (the brokers run with auto-creation off, so every topic is
 * created on purpose). Idempotent, and safe for replicas creating the same topics at once; existing topics
 * are left as they are, whatever their partition count. Waits until the new topics' leaders are known, so
 * producing right after it does not fail; a broker that is still settling after a restart is retried for
 * up to 30 s. A failure is thrown, not logged.
 */
export const ensureTopics = async (
  brokers: KafkaBrokers,
  topics: readonly string[],
  partitions = 3,
  options: EnsureTopicsOptions = {},
): Promise<void> => {
  if (topics.length === 0) return;
  const kafka = createKafkaClient({
    brokers,
    clientId: options.clientId ?? 'qinqing-admin',
    log: topicCreationLog(options.log ?? standaloneKafkaLog),
  });
  const giveUpAt = Date.now() + READY_WITHIN_MS;
  for (;;) {
    try {
      return await createMissing(kafka, topics, partitions);
    } catch (error) {
      if (!retriable(error) || Date.now() >= giveUpAt) throw error;
      await sleep(RETRY_DELAY_MS);
    }
  }
};
