import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { IntegrationEventBatchContext } from '@qinqing/shared/nest-platform';

/**
 * The context a batch handler gets from the embedded bus for `count` messages on `topic`, first attempts at
 * offsets 0, 1, …: for calling a consumer's batch handler directly in a spec.
 */
export const batchContext = (
  consumer: string,
  topic: string,
  transaction: SqlExecutor,
  count: number,
): IntegrationEventBatchContext =>
  new IntegrationEventBatchContext([
    {
      consumer,
      deliveries: Array.from({ length: count }, (_, i) => ({
        consumer,
        topic,
        partition: null,
        offset: String(i),
        attempt: 1,
      })),
      transaction,
    },
  ]);
