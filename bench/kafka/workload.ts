import { randomUUID } from 'node:crypto';
import { defineIntegrationEvent, publicTopic } from '@qinqing/shared/contracts-kit';
import {
  type IntegrationEventMapper,
  type NewEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';
import { z } from 'zod';

/** Target size of a message value: the structured CloudEvent JSON. */
export const MESSAGE_BYTES = 500;
/** Aggregates the messages are keyed by (the Kafka key, spread over the topic's partitions). */
export const KEY_COUNT = 1000;
export const PARTITIONS = 3;

/** The domain event type of the bench's aggregate in the store of "service A". */
export const DOMAIN_EVENT_TYPE = 'bench.ItemRecorded';

export interface ItemData {
  readonly aggregateId: string;
  readonly sequence: number;
  readonly note: string;
}

const itemSchema = z.object({ aggregateId: z.string(), sequence: z.number().int(), note: z.string() });

/** The topics of one run: fresh names, so nothing of an earlier run (or another engineer's) is read. */
export interface BenchTopics {
  readonly throughputRaw: string;
  readonly throughputOurs: string;
  readonly latencyRaw: string;
  readonly latencyOurs: string;
}

export const benchTopics = (runId: string): BenchTopics => ({
  throughputRaw: `bench.kafka.${runId}.throughput-raw.v1`,
  throughputOurs: `bench.kafka.${runId}.throughput-relay.v1`,
  latencyRaw: `bench.kafka.${runId}.latency-raw.v1`,
  // Read by an @EventConsumer, whose patterns are public topics (qinqing.<context>.events.v<major>).
  latencyOurs: publicTopic(`bench-${runId}`, 1),
});

export const itemRecordedOn = (topic: string) =>
  defineIntegrationEvent({
    type: 'cn.qinqing.bench.item-recorded.v1',
    version: 1,
    topic,
    source: '/qinqing/bench',
    schema: itemSchema,
  });

export type ItemRecordedDefinition = ReturnType<typeof itemRecordedOn>;

/** The aggregate ids (message keys), fixed for a run. */
export const aggregateIds = (): readonly string[] => Array.from({ length: KEY_COUNT }, () => randomUUID());

export const streamIdOf = (aggregateId: string): string => `benchitem-${aggregateId}`;

const CORRELATION_ID = '0190a4c2-6f1e-7a55-9d3b-5a1f0c2e4b7d';

/**
 * The CloudEvent as the raw producer builds it: a plain object with the same attributes toCloudEvent
 * sets (no schema validation: raw kafkajs has none).
 */
export const rawCloudEvent = (
  definition: ItemRecordedDefinition,
  id: string,
  time: string,
  data: ItemData,
): Record<string, unknown> => ({
  specversion: '1.0',
  id,
  source: definition.source,
  type: definition.type,
  time,
  subject: data.aggregateId,
  datacontenttype: 'application/json',
  dataschema: `urn:qinqing:schema:${definition.type}:v${definition.version}`,
  partitionkey: data.aggregateId,
  correlationid: CORRELATION_ID,
  data,
});

/** Filler that brings a typical message value (UUIDv7 id, 4-digit sequence) to MESSAGE_BYTES. */
const NOTE = ((): string => {
  const sample = rawCloudEvent(
    itemRecordedOn('bench.kafka.sample.v1'),
    '0190a4c2-6f1e-7a55-9d3b-5a1f0c2e4b7d',
    new Date().toISOString(),
    { aggregateId: randomUUID(), sequence: 1000, note: '' },
  );
  const overhead = Buffer.byteLength(JSON.stringify(sample));
  const words = 'Visited the enterprise on site, reviewed the open request and agreed next steps. ';
  return words
    .repeat(Math.ceil(MESSAGE_BYTES / words.length))
    .slice(0, Math.max(0, MESSAGE_BYTES - overhead));
})();

export const itemData = (aggregateId: string, sequence: number): ItemData => ({
  aggregateId,
  sequence,
  note: NOTE,
});

/** The domain event a command of "service A" would append. */
export const itemRecorded = (
  eventId: string,
  data: ItemData,
): NewEvent<typeof DOMAIN_EVENT_TYPE, ItemData> => ({
  eventId,
  type: DOMAIN_EVENT_TYPE,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: CORRELATION_ID,
    causationId: null,
    actorId: 'bench',
    actorRole: 'system',
    occurredAt: new Date().toISOString(),
  },
});

/** The context's explicit mapping, as a real context writes it: domain event → validated CloudEvent. */
export const itemMapper = (definition: ItemRecordedDefinition): IntegrationEventMapper => ({
  context: 'bench',
  map: (event) => {
    if (event.type !== DOMAIN_EVENT_TYPE) return null;
    const data = event.data as ItemData;
    return toOutboundIntegrationEvent(definition, event, { subject: data.aggregateId, data });
  },
});
