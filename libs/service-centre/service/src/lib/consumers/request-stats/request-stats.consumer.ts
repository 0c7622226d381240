import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import { evolveRequestFacts } from '@qinqing/service-centre/domain';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { IntegrationEventConsumer, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { activityOf } from './appeals-activity';
import { loadRequestFacts, saveRequestFacts, setupRequestFactsTable } from './request-facts.table';

export const REQUEST_STATS_CONSUMER = 'service-centre.request-stats';

/**
 * Request statistics per 亲清家园 centre and per department, built only from the appeals context's public
 * events — never its tables or streams — so it runs the same behind the embedded bus or Kafka. `handle`
 * writes in the transaction that records the message in the inbox: a redelivered event changes nothing.
 */
export const requestStatsConsumer: IntegrationEventConsumer & { setup(db: SqlExecutor): Promise<void> } = {
  name: REQUEST_STATS_CONSUMER,
  topics: [APPEALS_TOPIC],
  setup: setupRequestFactsTable,
  handle: async (event: CloudEvent, tx: SqlExecutor): Promise<void> => {
    const activity = activityOf(event);
    if (activity === null) return;
    const before = await loadRequestFacts(tx, activity.requestId);
    const after = evolveRequestFacts(before, activity);
    if (after !== null && after !== before) await saveRequestFacts(tx, after);
  },
};
