import { KafkaJSError, type ITopicConfig, type Kafka } from 'kafkajs';
import { createKafkaClient, type KafkaBrokers } from './kafka-client';

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
 * Creates the topics that do not exist yet (the brokers run with auto-creation off, so every topic is
 * created on purpose). Idempotent; existing topics are left as they are, whatever their partition count.
 * Waits until the new topics' leaders are known, so producing right after it does not fail; a broker that
 * is still settling after a restart is retried for up to 30 s.
 */
export const ensureTopics = async (
  brokers: KafkaBrokers,
  topics: readonly string[],
  partitions = 3,
  /** The app's client (its log settings); a standalone one otherwise. */
  kafka: Kafka = createKafkaClient({ brokers, clientId: 'qinqing-admin' }),
): Promise<void> => {
  if (topics.length === 0) return;
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
