import type { ITopicConfig, Kafka } from 'kafkajs';
import { createKafkaClient, type KafkaBrokers } from './kafka-client';

/**
 * Creates the topics that do not exist yet (the brokers run with auto-creation off, so every topic is
 * created on purpose). Idempotent; existing topics are left as they are, whatever their partition count.
 * Waits until the new topics' leaders are known, so producing right after it does not fail.
 */
export const ensureTopics = async (
  brokers: KafkaBrokers,
  topics: readonly string[],
  partitions = 3,
  /** The app's client (its log settings); a standalone one otherwise. */
  kafka: Kafka = createKafkaClient({ brokers, clientId: 'qinqing-admin' }),
): Promise<void> => {
  if (topics.length === 0) return;
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
