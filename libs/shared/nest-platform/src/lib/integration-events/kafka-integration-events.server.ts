import type { ConsumerInbox, IntegrationEventConsumer, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  createKafkaClient,
  ensureTopics,
  KafkaIntegrationEventBus,
  type KafkaIntegrationEventBusOptions,
  type KafkaLogSink,
} from '@qinqing/shared/messaging-kafka';
import type { MessagingStatus } from './messaging-status';
import { IntegrationEventsServer } from './integration-events.server';

export interface KafkaIntegrationEventsServerOptions {
  /** Bootstrap servers, "host:port,host:port". */
  readonly brokers: string;
  /** The service's name: client id of its Kafka clients. */
  readonly clientId: string;
  /** Partitions of the topics it reads, created when they do not exist yet (default 3). */
  readonly topicPartitions?: number;
  /** The service's own database: inbox rows and effects commit there together. */
  readonly db: SqlDatabase;
  readonly inbox: ConsumerInbox;
  readonly log?: KafkaLogSink;
  readonly onError?: (consumer: string, error: unknown) => void;
  /** Retry budget, back-off and dead-letter hook of the bus (tests shorten them). */
  readonly retries?: Pick<KafkaIntegrationEventBusOptions, 'maxAttempts' | 'retryBackoffMs' | 'onDeadLetter'>;
  /** The consumers' kafkajs client, instead of the bus's own (a benchmark hands in an instrumented one). */
  readonly consumerKafka?: KafkaIntegrationEventBusOptions['consumerKafka'];
  readonly ready: () => boolean;
}

/**
 * The integration-event transport of the distributed mode: the `KafkaIntegrationEventBus`, unchanged — a
 * consumer group per consumer driven by kafkajs `eachBatch`, up to 100 messages of a partition in one SQL
 * transaction with their inbox rows, one offset commit per batch, bounded retries one message at a time,
 * then the dead-letter topic. Nest's own `ServerKafka` hands handlers one message per `eachMessage` call, so
 * one transaction each (docs/architecture.md); here only the call of the handler goes through Nest.
 */
export class KafkaIntegrationEventsServer extends IntegrationEventsServer {
  private bus: KafkaIntegrationEventBus | null = null;

  constructor(private readonly options: KafkaIntegrationEventsServerOptions) {
    super(options.ready);
  }

  unwrap<T>(): T {
    if (this.bus === null) throw new Error('The Kafka integration-event bus is not started');
    return this.bus as T;
  }

  /** Kafka consumers take messages as they come; there is nothing in this process to wait for. */
  async drain(): Promise<void> {
    return;
  }

  consumerStatus(): readonly MessagingStatus[] {
    if (this.bus !== null) {
      return this.bus.status().map((s) => ({
        name: s.name,
        running: s.running,
        eventsApplied: s.messagesHandled,
        lastError: s.lastError,
      }));
    }
    return this.registeredConsumers().map(({ name }) => ({
      name,
      running: false,
      eventsApplied: 0,
      lastError: null,
    }));
  }

  protected async start(consumers: readonly IntegrationEventConsumer[]): Promise<void> {
    if (consumers.length === 0) return; // an app that consumes nothing (the gateway) opens no Kafka client
    const { brokers, clientId, log, db, inbox, onError, retries, consumerKafka } = this.options;
    const kafka = createKafkaClient({ brokers, clientId, ...(log === undefined ? {} : { log }) });
    // Topics are created on purpose (the brokers refuse auto-creation), those it reads included.
    const topics = consumers.flatMap((c) => c.topics);
    await ensureTopics(brokers, topics, this.options.topicPartitions ?? 3, {
      clientId,
      ...(log === undefined ? {} : { log }),
    });
    const bus = new KafkaIntegrationEventBus({
      brokers,
      kafka,
      clientId,
      db,
      inbox,
      ...(log === undefined ? {} : { log }),
      ...(onError === undefined ? {} : { onError }),
      ...(consumerKafka === undefined ? {} : { consumerKafka }),
      ...retries,
    });
    for (const consumer of consumers) bus.subscribe(consumer);
    this.bus = bus;
    await bus.start();
  }

  protected async stop(): Promise<void> {
    await this.bus?.stop();
  }
}
