import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import {
  type EventStore,
  type IntegrationEventMapper,
  ManualClock,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { PostgresCheckpointStore } from '@qinqing/shared/event-store-postgres';
import { createKafkaClient, ensureTopics, headersAsText, KafkaRelay } from '@qinqing/shared/messaging-kafka';
import { ContextRegistry, EVENT_STORE, EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asyncApiDocument, CatalogueValidator, type WireMessage } from '@qinqing/tools/asyncapi';
import { driveRemainingPublicEvents } from './public-event-tour';

const brokers = inject('kafkaBrokers');

/**
 * The real mappers, publishing to topics of this run's own (the broker is shared with other suites): the
 * messages are byte for byte what the relay writes for them; the catalogue is checked against the topic the
 * mapper chose.
 */
const onTopicsOfThisRun = (mappers: readonly IntegrationEventMapper[], suffix: string) => {
  const realTopic = new Map<string, string>();
  const retargeted = mappers.map((mapper): IntegrationEventMapper => ({
    context: mapper.context,
    map: (event) => {
      const outbound = mapper.map(event);
      if (outbound === null) return null;
      const topic = `${outbound.topic}.${suffix}`;
      realTopic.set(topic, outbound.topic);
      return { ...outbound, topic };
    },
  }));
  const topics = mappers.flatMap((m) => m.topics ?? []).map((topic) => `${topic}.${suffix}`);
  return { retargeted, topics, realTopic };
};

/** Everything on the topics, as a consumer outside the platform reads it. */
const readEverything = async (topics: readonly string[], expected: number): Promise<WireMessage[]> => {
  const consumer = createKafkaClient({ brokers: brokers ?? '', clientId: 'catalogue-check' }).consumer({
    groupId: `catalogue-check-${randomUUID()}`,
  });
  const messages: WireMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        messages.push({
          topic,
          key: message.key?.toString() ?? null,
          headers: headersAsText(message.headers),
          value: message.value?.toString('utf8') ?? null,
        });
      },
    });
    await eventually(async () => (messages.length >= expected ? true : undefined), 30_000);
    await new Promise((done) => setTimeout(done, 500)); // anything beyond `expected` shows up too
  } finally {
    await consumer.disconnect();
  }
  return messages;
};

/**
 * docs/asyncapi.json against the wire: the one-process platform runs its real commands (the demo history,
 * then what it lacks for every public event to occur), the relay publishes them with the real appeals and identity mappers, and every
 * message on the topics must conform to the catalogue — headers, envelope, `data` and key — checked with Ajv
 * as an outside consumer would check it.
 */
describe.skipIf(brokers === null)('the event catalogue matches the wire', () => {
  let app: NestExpressApplication;
  let clock: ManualClock;

  beforeAll(async () => {
    const config = loadEmbeddedConfig({
      DATA_DIR: `memory://catalogue-${process.pid}-${Date.now()}`,
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    });
    // A fixed day whose working-day calendar is loaded, so the whole demo history is seeded.
    clock = new ManualClock(new Date('2026-06-01T02:00:00.000Z'));
    app = await createEmbeddedApp(config, clock);
    await app.listen(0, '127.0.0.1');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('every message the relay publishes conforms to docs/asyncapi.json, and every catalogued event occurs', async () => {
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await driveRemainingPublicEvents(app, baseUrl, clock);
    await app.get(EventSourcingHost).settle();

    const store = app.get<EventStore>(EVENT_STORE);
    const db = app.get<SqlDatabase>(SQL_DATABASE);
    const { retargeted, topics, realTopic } = onTopicsOfThisRun(
      app.get(ContextRegistry).mappers,
      `catalogue-${randomUUID().slice(0, 8)}`,
    );
    await ensureTopics(brokers ?? '', topics, 3);
    const relay = new KafkaRelay({
      store,
      db,
      checkpoints: new PostgresCheckpointStore(),
      mappers: retargeted,
      brokers: brokers ?? '',
      name: `relay:catalogue-${randomUUID()}`,
    });
    await relay.drain();
    await relay.stop();
    const sent = relay.status().messagesSent;
    expect(sent).toBeGreaterThan(0);

    const committed = JSON.parse(
      readFileSync(resolve(__dirname, '../../docs/asyncapi.json'), 'utf8'),
    ) as unknown;
    const validator = new CatalogueValidator(committed);
    const wire = await readEverything(topics, sent);
    expect(wire).toHaveLength(sent);

    const failures: string[] = [];
    const seen = new Set<string>();
    for (const message of wire) {
      const { message: name, problems } = validator.validate({
        ...message,
        topic: realTopic.get(message.topic) ?? message.topic,
      });
      if (name !== null) seen.add(name);
      if (problems.length > 0)
        failures.push(`${name ?? '?'} ${message.value?.slice(0, 200)}: ${problems.join('; ')}`);
    }
    expect(failures.slice(0, 10), `${failures.length} of ${wire.length} messages do not conform`).toEqual([]);

    // Every catalogued message really occurred (the tour reaches each), so none of them is unchecked.
    const catalogued = Object.keys(
      (asyncApiDocument()['components'] as { messages: Record<string, unknown> }).messages,
    );
    expect([...seen].sort()).toEqual([...catalogued].sort());

    // Tracing attributes travel on every message: the request that started the work, and what caused it.
    for (const message of wire) {
      const event = JSON.parse(message.value ?? '{}') as Record<string, unknown>;
      expect(event['correlationid'], message.value ?? '').toEqual(expect.any(String));
      expect(event['causationid'], message.value ?? '').toEqual(expect.any(String));
      expect(Object.keys(message.headers)).toEqual(['content-type']);
    }
  }, 180_000);
});
