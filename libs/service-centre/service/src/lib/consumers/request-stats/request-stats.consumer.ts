import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import { evolveRequestFacts, type RequestFacts } from '@qinqing/service-centre/domain';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { activityOf } from './appeals-activity';
import { loadRequestFacts, saveRequestFacts, setupRequestFactsTable } from './request-facts.table';

export const REQUEST_STATS_CONSUMER = 'service-centre.request-stats';

/**
 * Request statistics per 亲清家园 centre and per department, built only from the appeals context's public
 * events — never its tables or streams — so it runs the same behind the embedded bus or Kafka. The effect is
 * written in the transaction that records the messages in the inbox: a redelivered event changes nothing. A
 * batch at a time: the requests' facts read in one statement, evolved in event order, the changed ones written
 * in one — a city's year of requests is millions of events.
 */
@EventConsumer(REQUEST_STATS_CONSUMER)
export class RequestStatsConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  /** The table exists before the transport starts consuming (after init) and before anyone queries it. */
  onModuleInit(): Promise<void> {
    return setupRequestFactsTable(this.db);
  }

  @IntegrationEventBatchPattern(APPEALS_TOPIC)
  async apply(
    @Payload() events: readonly CloudEvent[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    const activities = events.flatMap((event) => activityOf(event) ?? []);
    if (activities.length === 0) return;
    const tx = context.getTransaction();
    const facts = await loadRequestFacts(tx, [...new Set(activities.map((a) => a.requestId))]);
    const changed = new Map<string, RequestFacts>();
    for (const activity of activities) {
      const before = facts.get(activity.requestId) ?? null;
      const after = evolveRequestFacts(before, activity);
      if (after === null || after === before) continue;
      facts.set(activity.requestId, after);
      changed.set(activity.requestId, after);
    }
    await saveRequestFacts(tx, [...changed.values()]);
  }
}
