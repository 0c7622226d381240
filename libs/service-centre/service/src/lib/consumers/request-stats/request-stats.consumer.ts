import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import { evolveRequestFacts } from '@qinqing/service-centre/domain';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { EventConsumer, IntegrationEventContext, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { activityOf } from './appeals-activity';
import { loadRequestFacts, saveRequestFacts, setupRequestFactsTable } from './request-facts.table';

export const REQUEST_STATS_CONSUMER = 'service-centre.request-stats';

/**
 * Request statistics per 亲清家园 centre and per department, built only from the appeals context's public
 * events — never its tables or streams — so it runs the same behind the embedded bus or Kafka. The effect is
 * written in the transaction that records the message in the inbox: a redelivered event changes nothing.
 */
@EventConsumer(REQUEST_STATS_CONSUMER)
export class RequestStatsConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  /** The table exists before the transport starts consuming (after init) and before anyone queries it. */
  onModuleInit(): Promise<void> {
    return setupRequestFactsTable(this.db);
  }

  @EventPattern(APPEALS_TOPIC)
  async apply(@Payload() event: CloudEvent, @Ctx() context: IntegrationEventContext): Promise<void> {
    const activity = activityOf(event);
    if (activity === null) return;
    const tx = context.getTransaction();
    const before = await loadRequestFacts(tx, activity.requestId);
    const after = evolveRequestFacts(before, activity);
    if (after !== null && after !== before) await saveRequestFacts(tx, after);
  }
}
