import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { RecordedEvent } from './envelope';
import type { SqlExecutor } from './sql.port';

/**
 * A public event ready for the bus. `key` is the aggregate id: the Kafka message key, so each
 * aggregate's events stay in order on one partition. How it is framed on the wire (headers, content mode)
 * is the transport's business, not the mapper's: the Kafka adapter writes CloudEvents structured mode.
 */
export interface OutboundIntegrationEvent {
  readonly topic: string;
  readonly key: string;
  readonly cloudEvent: CloudEvent;
}

/**
 * The explicit mapping of one context's domain events to its public events. Events that are private
 * to the context map to null. A mapper gives at most one public event per domain event, whose CloudEvent id
 * is the domain event id: relays may resend it, consumers de-duplicate on it. A context may register a second
 * mapper for another audience (its oversight mapper: who acted, for the discipline desk); that mapper's events
 * take an id derived from the domain event id and their type (`toOutboundIntegrationEvent`'s `derivedId`).
 */
export interface IntegrationEventMapper {
  readonly context: string;
  /** The topics `map` publishes to; the distributed mode creates them before the relay starts. */
  readonly topics?: readonly string[];
  /**
   * The domain event types `map` gives a public event for; it maps every other type to null. Followers of the
   * log read only these in full (`LogFollower`'s `eventTypes`); absent, they read every event. A type mapped
   * but not listed would never reach the mapper there: each context's mapper test checks the list against
   * every domain event type it defines (`describeMapperEventTypes` in `@qinqing/shared/testing`).
   */
  readonly eventTypes?: readonly string[];
  map(event: RecordedEvent): OutboundIntegrationEvent | null;
}

/** Where a message came from and how often it has been tried, as the bus that delivers it knows it. */
export interface IntegrationEventDelivery {
  /** The consumer (group) it is delivered to, `<consuming context>.<consumer>`. */
  readonly consumer: string;
  readonly topic: string;
  /** The Kafka partition; null on the embedded bus, whose global log has none. */
  readonly partition: number | null;
  /** The Kafka offset; on the embedded bus the domain event's global position in the log. */
  readonly offset: string;
  /**
   * 1 on the first try, n on the n-th try of this message after it failed n − 1 times. A batch transaction
   * that fails because of another message does not count: it is rolled back and tried again.
   */
  readonly attempt: number;
}

/** One message of a batch as a bus hands it over: the public event and its delivery. */
export interface IntegrationEventMessage {
  readonly event: CloudEvent;
  readonly delivery: IntegrationEventDelivery;
}

/**
 * A consumer of public events as the buses see it. Its effect runs in `tx`, the transaction that records
 * the event as handled (inbox row, checkpoint): it commits, or rolls back, with them. Contexts do not
 * implement it: they write `@EventPattern` handlers, which the Nest transport (`nest-platform`) turns into these.
 */
export interface IntegrationEventConsumer {
  /** Consumer group name; also the name of its checkpoint and de-duplication records. */
  readonly name: string;
  readonly topics: readonly string[];
  /** The buses always pass `delivery`; code that applies an event by hand (a test, a tool) may not have one. */
  handle(event: CloudEvent, tx: SqlExecutor, delivery?: IntegrationEventDelivery): Promise<void>;
  /**
   * Handles several new messages of one batch (already marked in the inbox) in `tx`, with the effect of handling
   * them one by one in their order; absent: the buses call `handle` for each. A replica of a city's directory
   * writes a batch of enterprises in one statement instead of one each. When it fails, the bus rolls the batch
   * back and hands its messages over one by one (`handle`), so the failing message is found and its attempts
   * counted on their own.
   */
  handleBatch?(messages: readonly IntegrationEventMessage[], tx: SqlExecutor): Promise<void>;
  /**
   * Whether `handle` does anything with an event of this CloudEvent type on this topic; absent: every event. The
   * embedded bus passes the others over like private events — no inbox row, no transaction — so a consumer of one
   * type on a busy topic (a conflict register on liaison's topic, which carries a city's directory) does not
   * record a million messages it ignores.
   */
  handles?(topic: string, type: string): boolean;
}

/** Whether the consumer handles an event of this type on this topic: its `handles`, or every event when it has none. */
export const consumerHandles = (consumer: IntegrationEventConsumer, topic: string, type: string): boolean =>
  consumer.handles?.(topic, type) ?? true;

/** The publish/subscribe port: the embedded bus and the Kafka adapter both implement it. */
export interface IntegrationEventBus {
  readonly kind: 'embedded' | 'kafka';
  subscribe(consumer: IntegrationEventConsumer): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every public event of one domain event, in the mappers' order (a context's main mapper first, so on one key
 * its oversight event follows the main one). Two with one CloudEvent id would be taken by a consumer's inbox
 * for one message and the second dropped: that is a mapper's bug, refused here.
 */
export const mapToIntegrationEvents = (
  mappers: readonly IntegrationEventMapper[],
  event: RecordedEvent,
): readonly OutboundIntegrationEvent[] => {
  const mapped: OutboundIntegrationEvent[] = [];
  for (const mapper of mappers) {
    const outbound = mapper.map(event);
    if (outbound === null) continue;
    if (mapped.some((m) => m.cloudEvent.id === outbound.cloudEvent.id))
      throw new Error(
        `Two public events of domain event ${event.eventId} (${event.type}) share the id ${outbound.cloudEvent.id}`,
      );
    mapped.push(outbound);
  }
  return mapped;
};

/**
 * The domain event types that can give a public event on one of `topics` (every topic when absent): the union
 * of the mappers' `eventTypes` that publish there. Undefined when one of those mappers does not declare its
 * types (then every event must be read).
 */
export const mappedEventTypes = (
  mappers: readonly IntegrationEventMapper[],
  topics?: ReadonlySet<string>,
): readonly string[] | undefined => {
  const types = new Set<string>();
  for (const mapper of mappers) {
    if (topics !== undefined && mapper.topics !== undefined && !mapper.topics.some((t) => topics.has(t)))
      continue;
    if (mapper.eventTypes === undefined) return undefined;
    for (const type of mapper.eventTypes) types.add(type);
  }
  return [...types];
};

/**
 * Remembers which messages a consumer has handled, in the consumer's own database, inside the
 * transaction of the effect: a redelivered message is recognised and skipped.
 */
export interface ConsumerInbox {
  setup(db: SqlExecutor): Promise<void>;
  /** Records the message as handled by the consumer; false when it already was. */
  markHandled(tx: SqlExecutor, consumer: string, messageId: string): Promise<boolean>;
  /**
   * Records several messages as handled by the consumer at once (one statement for a batch of the log);
   * answers those that were not handled already.
   */
  markAllHandled(
    tx: SqlExecutor,
    consumer: string,
    messageIds: readonly string[],
  ): Promise<ReadonlySet<string>>;
}
