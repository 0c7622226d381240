import {
  ensureKafkaArtifacts,
  KAFKA_VERSION,
  kafkaToolingAvailable,
  startKafkaBroker,
} from '@qinqing/tools/kafka';
import {
  createPostgresEventStoreStack,
  openPostgresDatabase,
  type PostgresEventStoreStack,
} from '@qinqing/shared/event-store-postgres';
import { createKafkaClient, ensureTopics } from '@qinqing/shared/messaging-kafka';
import { describePostgresSettings, freshDatabase } from '../postgres-server';
import { PARTITIONS } from './workload';

/** The broker of the run: KAFKA_BROKERS when set, else one started here and stopped by close(). */
export interface BenchBroker {
  readonly brokers: string;
  readonly description: string;
  close(): Promise<void>;
}

export const openBroker = async (): Promise<BenchBroker> => {
  if (!process.env['KAFKA_BROKERS']?.trim()) {
    const tooling = kafkaToolingAvailable();
    if (!tooling.ok) throw new Error(`Set KAFKA_BROKERS, or make a local broker possible: ${tooling.reason}`);
    await ensureKafkaArtifacts();
  }
  const broker = await startKafkaBroker(); // uses KAFKA_BROKERS when set (and then stop() does nothing)
  return {
    brokers: broker.brokers,
    description: broker.external
      ? `external broker at ${broker.brokers} (KAFKA_BROKERS)`
      : `Kafka ${KAFKA_VERSION} single KRaft node started by the bench at ${broker.brokers}`,
    close: () => broker.stop(),
  };
};

/** Fresh topics of PARTITIONS partitions; deleteTopics() removes them again (best effort). */
export const createTopics = (brokers: string, topics: readonly string[]): Promise<void> =>
  ensureTopics(brokers, topics, PARTITIONS);

export const deleteTopics = async (brokers: string, topics: readonly string[]): Promise<void> => {
  const admin = createKafkaClient({ brokers, clientId: 'bench-admin' }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const mine = topics.filter((topic) => existing.has(topic));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine });
  } finally {
    await admin.disconnect();
  }
};

/** Messages on a topic (sum over partitions of high − low watermark). */
export const messagesOnTopic = async (brokers: string, topic: string): Promise<number> => {
  const admin = createKafkaClient({ brokers, clientId: 'bench-admin' }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
};

/** One fresh PostgreSQL database of the run, with the event-store schema, dropped again by close(). */
export interface BenchDatabase {
  readonly name: string;
  readonly stack: PostgresEventStoreStack;
  close(): Promise<void>;
}

const POOL_SIZE = 10;

export const openDatabase = async (serverUrl: string, name: string): Promise<BenchDatabase> => {
  const { url, drop } = await freshDatabase(serverUrl, name);
  try {
    const stack = await createPostgresEventStoreStack(
      await openPostgresDatabase(url, { maxConnections: POOL_SIZE }),
    );
    return {
      name,
      stack,
      close: async () => {
        try {
          await stack.close();
        } finally {
          await drop();
        }
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
};

/** Server version and the settings that decide what a commit costs. */
export const describeServer = (stack: PostgresEventStoreStack): Promise<string> =>
  describePostgresSettings(stack.db, 'PostgreSQL');
