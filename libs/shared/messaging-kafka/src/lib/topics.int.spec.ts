import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { createKafkaClient } from './kafka-client';
import type { KafkaLogLevel, KafkaLogSink } from './kafka-log';
import { ensureTopics } from './topics';

const brokers = inject('kafkaBrokers');

interface LogLine {
  readonly level: KafkaLogLevel;
  readonly message: string;
  readonly fields: object;
}

const recordingLog = (): { sink: KafkaLogSink; lines: LogLine[] } => {
  const lines: LogLine[] = [];
  const at =
    (level: KafkaLogLevel) =>
    (fields: object, message: string): void => {
      lines.push({ level, message, fields });
    };
  return { sink: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') }, lines };
};

const partitionsOf = async (topics: readonly string[]): Promise<Map<string, number>> => {
  const admin = createKafkaClient({ brokers: brokers ?? '', clientId: 'topics-spec' }).admin();
  await admin.connect();
  try {
    const { topics: found } = await admin.fetchTopicMetadata({ topics: [...topics] });
    return new Map(found.map((t) => [t.name, t.partitions.length]));
  } finally {
    await admin.disconnect();
  }
};

describe.skipIf(brokers === null)('ensureTopics (real broker)', () => {
  it('lets replicas create the same topics at once: all of them return, the topics exist once, no error line', async () => {
    const topics = Array.from({ length: 4 }, (_, i) => `topics-spec.${randomUUID()}.${i}`);
    const replicas = Array.from({ length: 3 }, () => recordingLog());

    await Promise.all(
      replicas.map((replica, i) =>
        ensureTopics(brokers ?? '', topics, 3, { clientId: `replica-${i}`, log: replica.sink }),
      ),
    );

    expect(Object.fromEntries(await partitionsOf(topics))).toEqual(
      Object.fromEntries(topics.map((topic) => [topic, 3])),
    );
    const alarms = replicas.flatMap((r) => r.lines).filter((l) => l.level === 'error' || l.level === 'warn');
    expect(alarms).toEqual([]);
  });

  it('leaves an existing topic as it is and creates only what is missing', async () => {
    const existing = `topics-spec.${randomUUID()}.existing`;
    const missing = `topics-spec.${randomUUID()}.missing`;
    await ensureTopics(brokers ?? '', [existing], 1);

    await ensureTopics(brokers ?? '', [existing, missing], 2);

    expect(Object.fromEntries(await partitionsOf([existing, missing]))).toEqual({
      [existing]: 1,
      [missing]: 2,
    });
  });

  it('throws what stopped it (an invalid topic name), for the app to report as its start failure', async () => {
    const log = recordingLog();
    await expect(
      ensureTopics(brokers ?? '', ['no spaces allowed here'], 1, { log: log.sink }),
    ).rejects.toThrow();
  });
});
