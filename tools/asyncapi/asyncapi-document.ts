import { APPEALS_PUBLIC_EVENTS, APPEALS_SOURCE, APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import { requestStatsConsumer } from '@qinqing/service-centre/service';
import { cloudEventSchema, type IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import type { IntegrationEventConsumer } from '@qinqing/shared/event-sourcing';
import {
  IDENTITY_PUBLIC_EVENTS,
  IDENTITY_SOURCE,
  IDENTITY_TOPIC,
  organisationUnitsReplica,
} from '@qinqing/shared/identity';
import { z } from 'zod';

interface ContextCatalogue {
  readonly context: string;
  readonly topic: string;
  readonly source: string;
  readonly description: string;
  readonly events: readonly IntegrationEventDefinition[];
}

/** Every context's public events; a new context adds its line here and the catalogue follows. */
export const CATALOGUES: readonly ContextCatalogue[] = [
  {
    context: 'appeals',
    topic: APPEALS_TOPIC,
    source: APPEALS_SOURCE,
    description:
      'Enterprise requests (企业诉求): intake, routing, working-day clocks, supervision (督办), feedback.',
    events: APPEALS_PUBLIC_EVENTS,
  },
  {
    context: 'identity',
    topic: IDENTITY_TOPIC,
    source: IDENTITY_SOURCE,
    description:
      'The organisation-unit catalogue (departments, 亲清家园 centres, receiving units) services route and name by. ' +
      'Published by the gateway, where identity lives in the distributed mode.',
    events: IDENTITY_PUBLIC_EVENTS,
  },
];

interface Subscriber {
  readonly context: string;
  readonly consumer: Pick<IntegrationEventConsumer, 'name' | 'topics'>;
  readonly description: string;
}

/** Every context's consumers of other contexts' public events (their consumer group is their name). */
export const SUBSCRIBERS: readonly Subscriber[] = [
  {
    context: 'service-centre',
    consumer: requestStatsConsumer,
    description:
      'Request statistics per 亲清家园 centre and per department (亲清健康指数: timeliness and satisfaction).',
  },
  {
    context: 'appeals',
    consumer: organisationUnitsReplica('appeals-service'),
    description:
      'The appeals service’s copy of the organisation units (distributed mode): hand-off checks, unit names.',
  },
  {
    context: 'service-centre',
    consumer: organisationUnitsReplica('service-centre-service'),
    description: 'The service-centre service’s copy of the organisation units (distributed mode).',
  },
];

const messageName = (type: string): string =>
  type
    .replace(/^cn\.qinqing\./, '')
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

const jsonSchema = (schema: z.ZodType): unknown =>
  z.toJSONSchema(schema, { target: 'draft-07', io: 'output' });

/**
 * The AsyncAPI 3.0 catalogue of public events, generated from the zod contracts themselves, so it cannot
 * drift from what services publish. A test fails when docs/asyncapi.json is older than the contracts.
 */
export const asyncApiDocument = (): Record<string, unknown> => {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const catalogue of CATALOGUES) {
    const channelMessages: Record<string, unknown> = {};
    for (const event of catalogue.events) {
      const name = messageName(event.type);
      messages[name] = {
        name: event.type,
        title: event.type,
        summary: `CloudEvents type ${event.type}, version ${event.version}`,
        contentType: 'application/cloudevents+json',
        headers: {
          type: 'object',
          properties: {
            'content-type': { type: 'string', const: 'application/cloudevents+json; charset=UTF-8' },
          },
        },
        payload: {
          allOf: [
            jsonSchema(cloudEventSchema.omit({ data: true })),
            {
              type: 'object',
              properties: {
                type: { const: event.type },
                source: { const: catalogue.source },
                data: jsonSchema(event.schema),
              },
              required: ['data'],
            },
          ],
        },
        bindings: { kafka: { key: { type: 'string', description: 'Aggregate id (CloudEvent subject)' } } },
      };
      channelMessages[name] = { $ref: `#/components/messages/${name}` };
    }
    channels[catalogue.context] = {
      address: catalogue.topic,
      description: catalogue.description,
      messages: channelMessages,
      bindings: { kafka: { topic: catalogue.topic } },
    };
    operations[`publish${messageName(catalogue.context)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${catalogue.context}` },
      summary: `The ${catalogue.context} context publishes its public events, keyed by aggregate id.`,
    };
  }
  for (const subscriber of SUBSCRIBERS) {
    for (const topic of subscriber.consumer.topics) {
      const catalogue = CATALOGUES.find((c) => c.topic === topic);
      if (catalogue === undefined)
        throw new Error(`${subscriber.consumer.name} reads ${topic}, which no context publishes`);
      operations[`receive${messageName(subscriber.consumer.name)}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${catalogue.context}` },
        summary: `${subscriber.context}: ${subscriber.description}`,
        bindings: { kafka: { groupId: { type: 'string', enum: [subscriber.consumer.name] } } },
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: '亲清 platform public events',
      version: '1.0.0',
      description:
        'Public integration events of the 亲清 platform: CloudEvents 1.0 in structured JSON mode, one topic per context with its major version in the name, message key = aggregate id. Personal data never appears in public events.',
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: { messages },
  };
};

export const renderAsyncApi = (): string => `${JSON.stringify(asyncApiDocument(), null, 2)}\n`;
