import { APPEALS_TOPIC, RequestSubmittedV1 } from '@qinqing/appeals/contracts';
import { requestIdOfStream } from '@qinqing/appeals/domain';
import { appealsIntegrationMapper, appealsOversightMapper } from '@qinqing/appeals/service';
import { IDENTITY_TOPIC, identityIntegrationMapper, IdentityTokenSigner } from '@qinqing/identity/service';
import { evolveRequestFacts, type RequestFacts } from '@qinqing/service-centre/domain';
import {
  activityOf,
  REQUEST_FACTS_TABLE,
  type RequestFactsRow,
  requestFactsOfRow,
} from '@qinqing/service-centre/service';
import {
  type IntegrationEventMapper,
  type LogCursor,
  mapToIntegrationEvents,
  type OutboundIntegrationEvent,
  systemClock,
} from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PostgresEventStore } from '@qinqing/shared/event-store-postgres';
import { SUBSCRIBERS } from '@qinqing/tools/asyncapi';
import pg from 'pg';
import {
  acknowledgedNotLogged,
  auditConsumer,
  auditRelay,
  type ConsumerAudit,
  readModelDifferences,
  type RelayAudit,
} from './delivery-audit';
import type { FlowStep } from './request-flow';
import { deadLetterCount, groupPositions, type TopicReader } from './topic-reader';

const IDENTITY_TOKEN_HEADER = 'x-qinqing-identity';

/** What each consumer's handlers take, as the event catalogue lists them (the consumers' own decorators). */
const CONSUMED_ROUTES = new Map(SUBSCRIBERS.map(({ consumer }) => [consumer.name, consumer.routes] as const));

const routesOf = (consumer: string) => {
  const routes = CONSUMED_ROUTES.get(consumer);
  if (routes === undefined) {
    throw new Error(
      `${consumer} keeps an inbox but is not in the event catalogue (tools/asyncapi SUBSCRIBERS)`,
    );
  }
  return routes;
};

/** The platform as the audit sees it: each process's database and URL, and the broker. */
export interface AuditedPlatform {
  readonly brokers: string;
  readonly databaseUrls: ReadonlyMap<string, string>;
  readonly serviceUrls: ReadonlyMap<string, string>;
  readonly identityTokenSecret: string;
}

export interface SoakAudit {
  readonly relays: readonly RelayAudit[];
  readonly consumers: readonly ConsumerAudit[];
  /** Acknowledged steps, and those of them the appeals log does not hold. */
  readonly acknowledgedSteps: number;
  readonly acknowledgedMissing: readonly string[];
  /** Request submissions in the appeals log (public events) against the health index's count of them. */
  readonly submissionsInLog: number;
  readonly submissionsCounted: number;
  /** The service centre's request facts against the fold of the appeals log's public events. */
  readonly requestFacts: number;
  readonly requestFactsDiffering: readonly string[];
  /** Each service-centre replica's request statistics: all the same, and counting every request of the log. */
  readonly replicaTotals: ReadonlyMap<string, number>;
  readonly replicasAgree: boolean;
  readonly deadLetters: number;
}

/** Every public event a process's relay must publish, in log order: its log's events through its mappers. */
const publicEventsOf = async (
  url: string,
  mappers: readonly IntegrationEventMapper[],
): Promise<OutboundIntegrationEvent[]> => {
  const db = await openPostgresDatabase(url, { maxConnections: 1 });
  const store = new PostgresEventStore(db);
  const events: OutboundIntegrationEvent[] = [];
  try {
    for (let after: LogCursor | null = null; ;) {
      const page = await store.readAll({ after, limit: 2_000 });
      const last = page.at(-1);
      if (last === undefined) return events;
      for (const event of page) events.push(...mapToIntegrationEvents(mappers, event));
      after = last.cursor;
    }
  } finally {
    await store.close();
    await db.close();
  }
};

const query = async <T extends object>(url: string, sql: string): Promise<T[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
};

/** Every inbox row of every process's database, by consumer. */
const inboxes = async (databaseUrls: ReadonlyMap<string, string>): Promise<Map<string, Set<string>>> => {
  const handled = new Map<string, Set<string>>();
  for (const url of new Set(databaseUrls.values())) {
    const rows = await query<{ consumer: string; message_id: string }>(
      url,
      `SELECT consumer, message_id FROM es_inbox`,
    ).catch(() => []); // a process without consumers has no inbox table
    for (const { consumer, message_id } of rows) {
      const ids = handled.get(consumer) ?? new Set<string>();
      ids.add(message_id);
      handled.set(consumer, ids);
    }
  }
  return handled;
};

/** Messages every consumer group has yet to commit, all together (0 once everything was applied). */
export const totalLag = async (
  brokers: string,
  databaseUrls: ReadonlyMap<string, string>,
): Promise<number> => {
  const positions = await groupPositions(brokers, [...(await inboxes(databaseUrls)).keys()]);
  return [...positions.values()].reduce((sum, { lag }) => sum + lag, 0);
};

const factsKey = (facts: RequestFacts): string =>
  JSON.stringify([
    facts.receivingUnitId,
    facts.departmentId,
    facts.accepted,
    facts.answer?.outcome ?? null,
    facts.answer?.onTime ?? null,
    facts.missedDeadline,
    facts.reopenCount,
    facts.rating,
  ]);

/** The request statistics' totals as one replica answers them, asked directly with a signed supervisor identity. */
const replicaTotal = async (url: string, secret: string): Promise<number> => {
  const token = new IdentityTokenSigner({ secret, ttlSeconds: 30 }, systemClock).sign({
    kind: 'staff',
    id: '01960000-0000-7000-8000-000000000004',
    role: 'supervisor',
    displayName: '陈静',
  });
  const answer = await fetch(`${url}/api/service-centre/request-stats`, {
    headers: { [IDENTITY_TOKEN_HEADER]: token },
  });
  if (!answer.ok) throw new Error(`${url} request-stats: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { totals: { requests: number } }).totals.requests;
};

/**
 * The soak's audit, once the load has stopped: relays (the log's public events all on the wire), consumers
 * (every event of their topics in their inbox, none from elsewhere), effects (a counter and a read model equal to
 * the fold of the log: an event applied twice would count twice), acknowledged commands (all in the log) and
 * replicas (their answers agree).
 */
export const auditPlatform = async (
  platform: AuditedPlatform,
  reader: TopicReader,
  acknowledged: ReadonlyMap<string, readonly FlowStep[]>,
): Promise<SoakAudit> => {
  const appealsUrl = platform.databaseUrls.get('appeals-service') ?? '';
  const serviceCentreUrl = platform.databaseUrls.get('service-centre-service') ?? '';
  const appealsEvents = await publicEventsOf(appealsUrl, [appealsIntegrationMapper, appealsOversightMapper]);
  const identityEvents = await publicEventsOf(platform.databaseUrls.get('gateway') ?? '', [
    identityIntegrationMapper,
  ]);
  const relays = [
    auditRelay(
      'appeals-service',
      new Set(appealsEvents.map((e) => e.cloudEvent.id)),
      reader.copies.get(APPEALS_TOPIC) ?? new Map(),
    ),
    auditRelay(
      'gateway (identity)',
      new Set(identityEvents.map((e) => e.cloudEvent.id)),
      reader.copies.get(IDENTITY_TOPIC) ?? new Map(),
    ),
  ];

  const handled = await inboxes(platform.databaseUrls);
  // Every consumer of the catalogue (one whose inbox is still empty too) and every inbox's.
  const names = [...new Set([...CONSUMED_ROUTES.keys(), ...handled.keys()])].sort();
  const consumers = names.map((consumer) =>
    auditConsumer(
      consumer,
      routesOf(consumer),
      reader.copies,
      reader.types,
      handled.get(consumer) ?? new Set(),
    ),
  );

  const logged = await query<{ stream_id: string; event_type: string }>(
    appealsUrl,
    `SELECT stream_id, event_type FROM es_events WHERE stream_id LIKE 'appeals-request-%'`,
  );
  const loggedSteps = new Set(logged.map((row) => `${requestIdOfStream(row.stream_id)} ${row.event_type}`));
  const acknowledgedMissing = acknowledgedNotLogged(acknowledged, loggedSteps);

  const submissionsInLog = appealsEvents.filter((e) => e.cloudEvent.type === RequestSubmittedV1.type).length;
  const [counted] = await query<{ submissions: string }>(
    serviceCentreUrl,
    `SELECT coalesce(sum(base), 0) AS submissions FROM service_centre_health_inputs
     WHERE indicator = 'repeat-requests'`,
  );

  const folded = new Map<string, RequestFacts>();
  for (const event of appealsEvents) {
    const activity = activityOf(event.cloudEvent);
    if (activity === null) continue;
    const after = evolveRequestFacts(folded.get(activity.requestId) ?? null, activity);
    if (after !== null) folded.set(activity.requestId, after);
  }
  const stored = await query<RequestFactsRow>(serviceCentreUrl, `SELECT * FROM ${REQUEST_FACTS_TABLE}`);
  const requestFactsDiffering = readModelDifferences(
    new Map([...folded].map(([id, facts]) => [id, factsKey(facts)])),
    new Map(stored.map((row) => [row.request_id, factsKey(requestFactsOfRow(row))])),
  );

  const replicaTotals = new Map<string, number>();
  for (const [name, url] of platform.serviceUrls)
    if (name.startsWith('service-centre-service'))
      replicaTotals.set(name, await replicaTotal(url, platform.identityTokenSecret));
  const totals = new Set(replicaTotals.values());

  const deadLetters = await deadLetterCount(platform.brokers);

  return {
    relays,
    consumers,
    acknowledgedSteps: [...acknowledged.values()].reduce((sum, steps) => sum + steps.length, 0),
    acknowledgedMissing,
    submissionsInLog,
    submissionsCounted: Number(counted?.submissions ?? 0),
    requestFacts: folded.size,
    requestFactsDiffering,
    replicaTotals,
    replicasAgree: totals.size === 1 && totals.has(folded.size),
    deadLetters,
  };
};

/** True when the audit found nothing lost, nothing applied twice, every acknowledged step logged. */
export const auditPassed = (audit: SoakAudit): boolean =>
  audit.relays.every((relay) => relay.unpublished.length === 0) &&
  audit.consumers.every((c) => c.missing.length === 0 && c.unexpected.length === 0) &&
  audit.acknowledgedMissing.length === 0 &&
  audit.submissionsInLog === audit.submissionsCounted &&
  audit.requestFactsDiffering.length === 0 &&
  audit.replicasAgree &&
  audit.deadLetters === 0;
