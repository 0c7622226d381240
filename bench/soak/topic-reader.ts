import { randomUUID } from 'node:crypto';
import { brokerList, createKafkaClient } from '@qinqing/shared/messaging-kafka';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Every CloudEvent id on the public topics, with how many copies and its type, read from the beginning by a group
 * of its own.
 */
export interface TopicReader {
  readonly copies: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Each id's CloudEvent type. */
  readonly types: ReadonlyMap<string, string>;
  /** True once it has read up to the end each partition had when asked. */
  caughtUp(): Promise<boolean>;
  stop(): Promise<void>;
}

export const readTopics = async (brokers: string, topics: readonly string[]): Promise<TopicReader> => {
  const copies = new Map<string, Map<string, number>>(topics.map((topic) => [topic, new Map()]));
  const types = new Map<string, string>();
  /** Next offset to read, by "topic partition". */
  const next = new Map<string, bigint>();
  const kafka = new Kafka({
    brokers: brokerList(brokers),
    clientId: 'soak-audit',
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `soak-audit-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [...topics], fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const onTopic = copies.get(batch.topic);
      for (const message of batch.messages) {
        try {
          const { id, type } = JSON.parse(message.value?.toString('utf8') ?? '{}') as {
            id?: string;
            type?: string;
          };
          if (id !== undefined) onTopic?.set(id, (onTopic.get(id) ?? 0) + 1);
          if (id !== undefined && type !== undefined) types.set(id, type);
        } catch {
          // not a structured CloudEvent: not an event a consumer applies either
        }
        next.set(`${batch.topic} ${batch.partition}`, BigInt(message.offset) + 1n);
      }
    },
  });
  const admin = createKafkaClient({ brokers, clientId: 'soak-audit-admin' }).admin();
  await admin.connect();
  return {
    copies,
    types,
    async caughtUp() {
      for (const topic of topics) {
        for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
          const read = next.get(`${topic} ${partition}`) ?? BigInt(low);
          if (read < BigInt(high)) return false;
        }
      }
      return true;
    },
    async stop() {
      await consumer.disconnect();
      await admin.disconnect();
    },
  };
};

/** The topics a consumer group has committed offsets on, and how many messages it has yet to commit there. */
export const groupPositions = async (
  brokers: string,
  groups: readonly string[],
): Promise<Map<string, { topics: string[]; lag: number }>> => {
  const admin = createKafkaClient({ brokers, clientId: 'soak-audit-admin' }).admin();
  await admin.connect();
  try {
    const ends = new Map<string, Map<number, { high: bigint; low: bigint }>>();
    const endsOf = async (topic: string) => {
      let known = ends.get(topic);
      if (known === undefined) {
        known = new Map(
          (await admin.fetchTopicOffsets(topic)).map((p) => [
            p.partition,
            { high: BigInt(p.high), low: BigInt(p.low) },
          ]),
        );
        ends.set(topic, known);
      }
      return known;
    };
    const positions = new Map<string, { topics: string[]; lag: number }>();
    for (const groupId of groups) {
      const committed = await admin.fetchOffsets({ groupId });
      let lag = 0;
      const topics: string[] = [];
      for (const { topic, partitions } of committed) {
        if (partitions.every((p) => p.offset === '-1')) continue;
        topics.push(topic);
        const topicEnds = await endsOf(topic);
        for (const { partition, offset } of partitions) {
          const end = topicEnds.get(partition);
          if (end === undefined) continue;
          const at = offset === '-1' ? end.low : BigInt(offset);
          lag += Number(end.high - at);
        }
      }
      positions.set(groupId, { topics, lag });
    }
    return positions;
  } finally {
    await admin.disconnect();
  }
};

/** Messages on the dead-letter topics (`<topic>.dlq.<group>`): events a consumer gave up on. */
export const deadLetterCount = async (brokers: string): Promise<number> => {
  const admin = createKafkaClient({ brokers, clientId: 'soak-audit-admin' }).admin();
  await admin.connect();
  try {
    let count = 0;
    for (const topic of (await admin.listTopics()).filter((name) => name.includes('.dlq.')))
      for (const { high, low } of await admin.fetchTopicOffsets(topic)) count += Number(high) - Number(low);
    return count;
  } finally {
    await admin.disconnect();
  }
};
