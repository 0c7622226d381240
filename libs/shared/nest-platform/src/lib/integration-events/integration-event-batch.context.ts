import { BaseRpcContext } from '@nestjs/microservices';
import type { IntegrationEventDelivery, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** What the transport hands a batch handler besides the events: their deliveries, in order, and the transaction. */
export interface IntegrationEventBatchArgs {
  readonly consumer: string;
  readonly deliveries: readonly IntegrationEventDelivery[];
  readonly transaction: SqlExecutor;
}

/**
 * The `@Ctx()` of an `@IntegrationEventBatchPattern` handler: the transaction that records the batch's messages
 * as handled (inbox rows; on the embedded bus the checkpoint too), so the effect and the records commit or roll
 * back together, and each message's delivery, in the order of the events.
 */
export class IntegrationEventBatchContext extends BaseRpcContext<[IntegrationEventBatchArgs]> {
  /** The transaction the effect must be written in; never commit or roll it back yourself. */
  getTransaction(): SqlExecutor {
    return this.args[0].transaction;
  }

  /** The consumer (group) name, `<consuming context>.<consumer>`. */
  getConsumerName(): string {
    return this.args[0].consumer;
  }

  /** Each event's delivery (topic, partition, offset, attempt), in the order of the events. */
  getDeliveries(): readonly IntegrationEventDelivery[] {
    return this.args[0].deliveries;
  }
}
