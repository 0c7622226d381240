import { BaseRpcContext } from '@nestjs/microservices';
import type { IntegrationEventDelivery, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** What the transport hands an `@EventPattern` handler besides the event: the delivery and its transaction. */
export interface IntegrationEventDeliveryArgs extends IntegrationEventDelivery {
  readonly transaction: SqlExecutor;
}

/**
 * The `@Ctx()` of an integration-event handler, as `KafkaContext` is for Nest's Kafka transport. The
 * handler writes its effect with `getTransaction()`: the transaction that records the event as handled
 * (inbox row; on the embedded bus the checkpoint too), so effect and record commit or roll back together.
 */
export class IntegrationEventContext extends BaseRpcContext<[IntegrationEventDeliveryArgs]> {
  /** The transaction the effect must be written in; never commit or roll it back yourself. */
  getTransaction(): SqlExecutor {
    return this.args[0].transaction;
  }

  /** The consumer (group) name, `<consuming context>.<consumer>`. */
  getConsumerName(): string {
    return this.args[0].consumer;
  }

  getTopic(): string {
    return this.args[0].topic;
  }

  /** The Kafka partition; null on the embedded bus. */
  getPartition(): number | null {
    return this.args[0].partition;
  }

  /** The Kafka offset; on the embedded bus the domain event's global position in the log. */
  getOffset(): string {
    return this.args[0].offset;
  }

  /** 1 on the first try; more when the bus tries the message again after it failed. */
  getAttempt(): number {
    return this.args[0].attempt;
  }
}
