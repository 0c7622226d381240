import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { RecordedEvent } from './envelope';
import type { EventStore } from './event-store.port';
import {
  consumerHandles,
  mapToIntegrationEvents,
  mappedEventTypes,
  type ConsumerInbox,
  type IntegrationEventBus,
  type IntegrationEventConsumer,
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
} from './integration-events.port';
import { LogFollower, type LogFollowerStatus } from './log-follower';
import type { CheckpointStore } from './projection';
import type { SqlDatabase, SqlExecutor } from './sql.port';

export interface EmbeddedIntegrationEventBusOptions {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly inbox: ConsumerInbox;
  readonly mappers: readonly IntegrationEventMapper[];
  readonly pollIntervalMs?: number;
  readonly onError?: (consumer: string, error: unknown) => void;
}

/**
 * The most messages one consumer transaction handles (the log follower's own batch): a consumer catching up with
 * a city's directory reads windows of thousands of wanted events, and a transaction open for all of them held the
 * log's horizon back for every follower — minutes on a 9 M-event log, until a drain gave up.
 */
const MESSAGES_PER_TRANSACTION = 500;

/**
 * The integration-event bus of the one-process mode. The global log is the outbox: each consumer follows
 * it from its own checkpoint, maps domain events to public events with the contexts' explicit mappers,
 * and handles those on its topics. The effect, the inbox record (de-duplication by CloudEvent id) and the
 * checkpoint commit in one transaction per batch of the log: durable, ordered per aggregate (the log's order), and effectively
 * exactly once. Events cross as JSON, exactly as they would on Kafka, so no object is shared by reference.
 */
export class EmbeddedIntegrationEventBus implements IntegrationEventBus {
  readonly kind = 'embedded' as const;
  private readonly followers = new Map<string, LogFollower>();
  private started = false;

  constructor(private readonly options: EmbeddedIntegrationEventBusOptions) {}

  subscribe(consumer: IntegrationEventConsumer): void {
    if (this.followers.has(consumer.name)) throw new Error(`Consumer ${consumer.name} is already subscribed`);
    const topics = new Set(consumer.topics);
    const { store, db, checkpoints, inbox, mappers } = this.options;
    // A failed batch is rolled back and read again from the checkpoint: the event that failed is tried again.
    let failed: { readonly id: string; readonly attempt: number } | null = null;
    // The public events of a log event on this consumer's topics that it handles; mapped once per event read.
    const mapped = new WeakMap<RecordedEvent, readonly OutboundIntegrationEvent[]>();
    const onTopics = (event: RecordedEvent): readonly OutboundIntegrationEvent[] => {
      let outbound = mapped.get(event);
      if (outbound === undefined) {
        outbound = mapToIntegrationEvents(mappers, event).filter(
          (o) => topics.has(o.topic) && consumerHandles(consumer, o.topic, o.cloudEvent.type),
        );
        mapped.set(event, outbound);
      }
      return outbound;
    };
    // Only the domain event types the mappers of its topics map come in full (all, if one does not say).
    const eventTypes = mappedEventTypes(mappers, topics);
    // A batch that failed in the consumer's own batch handler is handed over again one message at a time, which
    // finds the message that fails and counts its attempts.
    let oneByOne = false;
    // A batch of the log: its messages marked in the inbox in one statement, then the new ones handled in log
    // order — together by the consumer's batch handler, or each on its own. Several public events of one domain
    // event (a context's main and oversight events) are several messages, each de-duplicated on its own id; all
    // in the one transaction of the batch.
    const handleBatch = async (events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> => {
      const messages = events.flatMap((event) =>
        onTopics(event).map((outbound) => ({
          event: JSON.parse(JSON.stringify(outbound.cloudEvent)) as CloudEvent,
          delivery: {
            consumer: consumer.name,
            topic: outbound.topic,
            partition: null,
            offset: String(event.globalPosition),
            attempt: 1,
          },
        })),
      );
      const fresh = new Set(
        await inbox.markAllHandled(
          tx,
          consumer.name,
          messages.map((message) => message.event.id),
        ),
      );
      // Handled before (a redelivery), or earlier in this batch (the same message twice).
      const news = messages.filter((message) => fresh.delete(message.event.id));
      if (news.length === 0) return;
      if (consumer.handleBatch !== undefined && !oneByOne) {
        try {
          await consumer.handleBatch(news, tx);
          return;
        } catch (error) {
          oneByOne = true;
          throw error;
        }
      }
      for (const { event, delivery } of news) {
        const attempt = failed?.id === event.id ? failed.attempt + 1 : 1;
        try {
          await consumer.handle(event, tx, { ...delivery, attempt });
        } catch (error) {
          failed = { id: event.id, attempt };
          throw error;
        }
      }
      oneByOne = false;
    };
    const follower = new LogFollower({
      name: `consumer:${consumer.name}`,
      store,
      db,
      checkpoints,
      ...(eventTypes === undefined ? {} : { eventTypes }),
      wants: (event) => onTopics(event).length > 0,
      handle: (event, tx) => handleBatch([event], tx),
      handleBatch,
      // A wide typed window of wanted events is committed a part at a time (at most this many log events each).
      maxPerTransaction: MESSAGES_PER_TRANSACTION,
      ...(this.options.pollIntervalMs === undefined ? {} : { pollIntervalMs: this.options.pollIntervalMs }),
      onError: (error) => this.options.onError?.(consumer.name, error),
    });
    this.followers.set(consumer.name, follower);
    if (this.started) follower.start();
  }

  async start(): Promise<void> {
    await this.options.checkpoints.setup(this.options.db);
    await this.options.inbox.setup(this.options.db);
    this.started = true;
    for (const follower of this.followers.values()) follower.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.followers.values()].map((f) => f.stop()));
  }

  /** Delivers everything in the log now; for tests and start-up. */
  async drain(): Promise<void> {
    for (const follower of this.followers.values()) await follower.catchUp();
  }

  status(): readonly LogFollowerStatus[] {
    return [...this.followers.values()].map((f) => f.status());
  }
}
