import { LiaisonDirectoryConsumer } from '@qinqing/credit/service';
import {
  PartyBuildingCreditRestrictionsConsumer,
  PartyBuildingDirectoryConsumer,
} from '@qinqing/party-building/service';
import { LiaisonConflictsConsumer, LiaisonVisitProblemsConsumer } from '@qinqing/appeals/service';
import {
  LiaisonCreditRestrictionsConsumer,
  PolicyNoticesConsumer,
  VisitProblemOutcomesConsumer,
} from '@qinqing/liaison/service';
import { RecordFactsConsumer } from '@qinqing/credit/service';
import {
  OfficialFilingsConsumer,
  OfficialPairingsConsumer,
  OfficialRequestActsConsumer,
  OfficialRequestsConsumer,
  RequestStatsConsumer,
  HealthIndexInputsConsumer,
  PolicyRestrictionsConsumer,
  ServiceCentreCreditRestrictionsConsumer,
  ServiceCentreDirectoryConsumer,
} from '@qinqing/service-centre/service';
import {
  deadLetterTopic,
  type IntegrationEventDefinition,
  publishedCloudEventSchema,
} from '@qinqing/shared/contracts-kit';
import { organisationUnitsReplica } from '@qinqing/identity/service';
import { holidaySchedulesReplica } from '@qinqing/calendar/service';
import { CALENDAR, GATEWAY, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { describeEventConsumer, type EventConsumerDescription } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import { KAFKA_VERSION } from '../kafka/kafka-broker';
import { PUBLIC_EVENTS } from './public-events';

interface ContextCatalogue {
  readonly context: string;
  readonly topic: string;
  readonly source: string;
  readonly description: string;
  readonly events: readonly IntegrationEventDefinition[];
}

/**
 * Every publishing context's public events, in the order of the one list of processes (`PLATFORM_SERVICES`, then
 * the gateway's identity, then the calendar its owning service publishes); the events themselves come from each
 * context's contracts (`PUBLIC_EVENTS`).
 */
export const CATALOGUES: readonly ContextCatalogue[] = [...PLATFORM_SERVICES, GATEWAY, CALENDAR].flatMap(
  (process) => {
    if (process.topic === null) return [];
    const events = PUBLIC_EVENTS[process.context];
    if (events === undefined)
      throw new Error(`No public events for ${process.context} (tools/asyncapi/public-events.ts)`);
    return [
      {
        context: process.context,
        topic: process.topic,
        source: `/qinqing/${process.context}`,
        description: process.topicDescription ?? '',
        events,
      },
    ];
  },
);

interface Subscriber {
  readonly context: string;
  readonly consumer: EventConsumerDescription;
  readonly description: string;
}

/** Every context's consumers of other contexts' public events (their consumer group is their name). */
export const SUBSCRIBERS: readonly Subscriber[] = [
  {
    context: 'service-centre',
    consumer: describeEventConsumer(RequestStatsConsumer),
    description:
      'Request statistics per 亲清家园 centre and per department (亲清健康指数: timeliness and satisfaction).',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(ServiceCentreCreditRestrictionsConsumer),
    description:
      'The service centre’s copy of credit’s restrictions (一处失信、处处受限): a policy benefit is withheld from an enterprise restricted for policy-benefits, naming the record.',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(ServiceCentreDirectoryConsumer),
    description:
      'The service centre’s copy of liaison’s enterprise directory (精准推送): each enterprise registered or corrected is matched against the policies in force as it arrives.',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(PolicyRestrictionsConsumer),
    description:
      'Credit’s restrictions on policy benefits applied to policy matches already made (联合惩戒: 限制享受优惠政策): a restricted enterprise is excluded, naming the record; a lift offers the policies again.',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(HealthIndexInputsConsumer),
    description:
      'The 亲清健康指数’s counters from other contexts’ public events (docs/health-index.md lists each indicator’s events): the directory’s areas, pairings and visits, requests, interaction filings, conflicts and recusals, the red/black board.',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(OfficialPairingsConsumer),
    description:
      'Officials’ pairings and the problems raised on their visits, flagged to the discipline inspector alone while a misconduct report on the official is open.',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(OfficialRequestsConsumer),
    description:
      'The state in appeals of the requests raised on officials’ visits, for the same flagged review (discipline inspector only).',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(OfficialFilingsConsumer),
    description:
      'Interaction filings and, per staff account, who filed or decided each (the oversight event), for the same flagged review (discipline inspector only).',
  },
  {
    context: 'service-centre',
    consumer: describeEventConsumer(OfficialRequestActsConsumer),
    description:
      'Each request’s enterprise and, per staff account, the approvals it gave and the requests it acted on (the oversight event), for the same flagged review (discipline inspector only).',
  },
  {
    context: 'liaison',
    consumer: describeEventConsumer(LiaisonCreditRestrictionsConsumer),
    description:
      'Liaison’s copy of credit’s restrictions: pairing an official with an enterprise restricted for key-enterprise-pairing is refused (409 naming the record, rule and source).',
  },
  {
    context: 'credit',
    consumer: describeEventConsumer(RecordFactsConsumer),
    description:
      'Credit’s own restriction reactor: each record’s latest facts (recorded, corrected) are applied to its restrictions by the rule table, as a consumer like any other so it runs the same in both modes.',
  },
  {
    context: 'appeals',
    consumer: describeEventConsumer(LiaisonVisitProblemsConsumer),
    description:
      'Each problem raised on a liaison visit becomes an enterprise request (channel liaison-visit, the official’s unit as first receiver, the problem’s id as the request’s).',
  },
  {
    context: 'appeals',
    consumer: describeEventConsumer(LiaisonConflictsConsumer),
    description:
      'Which staff account keeps away from which enterprise (回避, 晋江 四): a request command on such an enterprise’s request by that account is refused.',
  },
  {
    context: 'liaison',
    consumer: describeEventConsumer(VisitProblemOutcomesConsumer),
    description: 'The state and answer of each visit problem’s request, shown on the visit.',
  },
  {
    context: 'liaison',
    consumer: describeEventConsumer(PolicyNoticesConsumer),
    description:
      '精准推送 by SMS: each enterprise the service centre lists for a published policy is texted once per policy (template policy-push-notice) at the contact mobile only liaison holds; the outcomes are counted for staff.',
  },
  {
    context: 'liaison',
    consumer: describeEventConsumer(holidaySchedulesReplica('liaison')),
    description:
      'The liaison service’s copy of the calendar’s holiday notices (CalendarModule as a replica): interaction filings count their report deadline with the notices administrators load at the owning service.',
  },
  {
    context: 'credit',
    consumer: describeEventConsumer(LiaisonDirectoryConsumer),
    description:
      'Credit’s copy of the enterprise directory (registered name, area, industry) that heads each integrity file.',
  },
  {
    context: 'party-building',
    consumer: describeEventConsumer(PartyBuildingCreditRestrictionsConsumer),
    description:
      'Party building’s copy of credit’s restrictions: an honours recommendation for an enterprise restricted for honours is refused (409 naming the record, rule and source).',
  },
  {
    context: 'party-building',
    consumer: describeEventConsumer(PartyBuildingDirectoryConsumer),
    description:
      'The county and industry section each enterprise is counted under for organisation and work coverage (Qingdao 五(十四)).',
  },
  {
    context: 'party-building',
    consumer: describeEventConsumer(holidaySchedulesReplica('party-building')),
    description:
      'The party-building service’s copy of the calendar’s holiday notices (CalendarModule as a replica): organisation alerts count their deadline in working days.',
  },
  {
    context: 'credit',
    consumer: describeEventConsumer(holidaySchedulesReplica('credit')),
    description:
      'The credit service’s copy of the calendar’s holiday notices (CalendarModule as a replica): objections and repair applications count their working-day time limits with the notices administrators load at the owning service.',
  },
  // Every context service keeps its own copy of identity's organisation units (IdentityServiceModule).
  ...PLATFORM_SERVICES.map((service) => ({
    context: service.context,
    consumer: describeEventConsumer(organisationUnitsReplica(service.context)),
    description: `The ${service.name}’s copy of the organisation units (distributed mode).`,
  })),
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
 * Where the events travel. Production is docker-compose.yml's broker (a test keeps the two in step); local is
 * the broker `npm run kafka:start` and `npm run start:distributed` use on this machine.
 */
export const SERVERS = {
  production: {
    host: 'kafka:9092',
    protocol: 'kafka',
    protocolVersion: KAFKA_VERSION,
    description:
      'The Kafka broker of the production topology (docker-compose.yml, service `kafka`: KRaft, auto topic creation off).',
  },
  local: {
    host: '127.0.0.1:9092',
    protocol: 'kafka',
    protocolVersion: KAFKA_VERSION,
    description:
      'The development broker from tools/kafka (`npm run kafka:start`, or started by `npm run start:distributed`).',
  },
} as const;

/**
 * The Kafka headers of a structured-mode CloudEvent (CloudEvents Kafka protocol binding §3.2): only
 * `content-type`, whose `charset` parameter is case-insensitive (RFC 9110 §8.3.1); the value goes out as
 * `application/cloudevents+json; charset=utf-8`.
 */
const STRUCTURED_MODE_HEADERS = {
  type: 'object',
  properties: {
    'content-type': {
      type: 'string',
      pattern: '^application/cloudevents\\+json(\\s*;\\s*charset=(?:[Uu][Tt][Ff]-8|"[Uu][Tt][Ff]-8"))?$',
      examples: ['application/cloudevents+json; charset=utf-8'],
    },
  },
  required: ['content-type'],
};

const KAFKA_MESSAGE_BINDING = {
  kafka: {
    key: {
      type: 'string',
      minLength: 1,
      description: 'Aggregate id (the CloudEvent subject and partitionkey)',
    },
    bindingVersion: '0.5.0',
  },
};

/**
 * The AsyncAPI 3.1 catalogue of public events, generated from the zod contracts themselves, so it cannot
 * drift from what services publish. A test fails when docs/asyncapi.json is older than the contracts; another
 * validates the messages the relay really puts on a broker against it.
 */
export const asyncApiDocument = (): Record<string, unknown> => {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const catalogue of CATALOGUES) {
    const channelMessages: Record<string, unknown> = {};
    for (const event of catalogue.events) {
      if (event.topic !== catalogue.topic || event.source !== catalogue.source)
        throw new Error(
          `${event.type} is published on ${event.topic} by ${event.source}, not ${catalogue.context}`,
        );
      const name = messageName(event.type);
      messages[name] = {
        name: event.type,
        title: event.type,
        summary: `CloudEvents type ${event.type}, version ${event.version}`,
        contentType: 'application/cloudevents+json',
        headers: STRUCTURED_MODE_HEADERS,
        payload: jsonSchema(publishedCloudEventSchema(event)),
        bindings: KAFKA_MESSAGE_BINDING,
      };
      channelMessages[name] = { $ref: `#/components/messages/${name}` };
    }
    channels[catalogue.context] = {
      address: catalogue.topic,
      description: catalogue.description,
      messages: channelMessages,
      bindings: { kafka: { topic: catalogue.topic, bindingVersion: '0.5.0' } },
    };
    operations[`publish${messageName(catalogue.context)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${catalogue.context}` },
      summary: `The ${catalogue.context} context publishes its public events, keyed by aggregate id.`,
    };
  }
  for (const subscriber of SUBSCRIBERS) {
    const { name } = subscriber.consumer;
    if (!name.startsWith(`${subscriber.context}.`))
      throw new Error(
        `Consumer ${name} must be named <consuming context>.<consumer> (${subscriber.context}.…)`,
      );
    for (const topic of subscriber.consumer.topics) {
      const catalogue = CATALOGUES.find((c) => c.topic === topic);
      if (catalogue === undefined) throw new Error(`${name} reads ${topic}, which no context publishes`);
      operations[`receive${messageName(name)}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${catalogue.context}` },
        summary: `${subscriber.context}: ${subscriber.description}`,
        description: `Messages it cannot handle after its retries go to \`${deadLetterTopic(topic, name)}\`.`,
        bindings: { kafka: { groupId: { type: 'string', enum: [name] }, bindingVersion: '0.5.0' } },
      };
    }
  }
  return {
    asyncapi: '3.1.0',
    info: {
      title: '亲清 platform public events',
      version: '1.0.0',
      description:
        "Public integration events of the 亲清 platform: CloudEvents 1.0 in structured JSON mode (Kafka protocol binding: the value is the event, the only header is `content-type`), one topic per context with its major version in the name, message key = aggregate id. `correlationid` is the request that started the work; `causationid` the command (or event) that caused this event. Consumer groups are named `<consuming context>.<consumer>`; a consumer's dead letters go to `<topic>.dlq.<consumer group>`. Personal data never appears in public events.",
    },
    defaultContentType: 'application/cloudevents+json',
    servers: SERVERS,
    channels,
    operations,
    components: { messages },
  };
};

export const renderAsyncApi = (): string => `${JSON.stringify(asyncApiDocument(), null, 2)}\n`;
