import {
  type CheckpointStore,
  type ConsumerInbox,
  EmbeddedIntegrationEventBus,
  type EventStore,
  type IntegrationEventConsumer,
  type IntegrationEventMapper,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  createKafkaClient,
  ensureTopics,
  KafkaBrokerProbe,
  type KafkaBrokerHealth,
  KafkaIntegrationEventBus,
  type KafkaLogSink,
  KafkaRelay,
} from '@qinqing/shared/messaging-kafka';
import type { MessagingOptions } from './event-sourcing.options';

/** One line of the followers' status, for readiness and metrics, whichever bus carries the events. */
export interface MessagingStatus {
  readonly name: string;
  readonly running: boolean;
  readonly eventsApplied: number;
  readonly lastError: string | null;
}

/** The integration-event side of one app: the bus its consumers listen on and, on Kafka, its relay. */
export interface IntegrationMessaging {
  readonly kind: 'embedded' | 'kafka';
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Delivers what is in the log now: embedded consumers catch up; on Kafka the relay sends it. */
  drain(): Promise<void>;
  status(): readonly MessagingStatus[];
  /** Whether the transport is reachable now (Kafka: the brokers answer); absent for the embedded bus. */
  readonly checkTransport?: () => Promise<KafkaBrokerHealth>;
}

export interface IntegrationMessagingParts {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly inbox: ConsumerInbox;
  readonly mappers: readonly IntegrationEventMapper[];
  readonly consumers: readonly IntegrationEventConsumer[];
  /** The public topics this app publishes to (its contexts' mappers' topics), created when missing. */
  readonly publishedTopics: readonly string[];
  readonly pollIntervalMs?: number;
  readonly onError: (follower: string, error: unknown) => void;
  /** The app's log, for the Kafka client's own lines. */
  readonly kafkaLog?: KafkaLogSink;
}

const embeddedMessaging = (parts: IntegrationMessagingParts): IntegrationMessaging => {
  const bus = new EmbeddedIntegrationEventBus({
    store: parts.store,
    db: parts.db,
    checkpoints: parts.checkpoints,
    inbox: parts.inbox,
    mappers: parts.mappers,
    onError: parts.onError,
    ...(parts.pollIntervalMs === undefined ? {} : { pollIntervalMs: parts.pollIntervalMs }),
  });
  for (const consumer of parts.consumers) bus.subscribe(consumer);
  return {
    kind: 'embedded',
    start: () => bus.start(),
    stop: () => bus.stop(),
    drain: () => bus.drain(),
    status: () => bus.status(),
  };
};

const kafkaMessaging = (
  parts: IntegrationMessagingParts,
  options: Extract<MessagingOptions, { bus: 'kafka' }>,
): IntegrationMessaging => {
  const kafka = createKafkaClient({
    brokers: options.brokers,
    clientId: options.serviceName,
    ...(parts.kafkaLog === undefined ? {} : { log: parts.kafkaLog }),
  });
  const relay =
    parts.mappers.length === 0
      ? null
      : new KafkaRelay({
          store: parts.store,
          db: parts.db,
          checkpoints: parts.checkpoints,
          mappers: parts.mappers,
          brokers: options.brokers,
          kafka,
          name: `relay:${options.serviceName}`,
          onError: (error) => parts.onError(`relay:${options.serviceName}`, error),
          ...(parts.pollIntervalMs === undefined ? {} : { pollIntervalMs: parts.pollIntervalMs }),
        });
  const bus = new KafkaIntegrationEventBus({
    brokers: options.brokers,
    kafka,
    clientId: options.serviceName,
    ...(parts.kafkaLog === undefined ? {} : { log: parts.kafkaLog }),
    db: parts.db,
    inbox: parts.inbox,
    onError: parts.onError,
  });
  for (const consumer of parts.consumers) bus.subscribe(consumer);
  const probe = new KafkaBrokerProbe({
    brokers: options.brokers,
    ...(parts.kafkaLog === undefined ? {} : { log: parts.kafkaLog }),
  });
  const partitions = options.topicPartitions ?? 3;
  return {
    kind: 'kafka',
    async start() {
      // Topics are created on purpose (the brokers refuse auto-creation): our own and those we read.
      const topics = [...parts.publishedTopics, ...parts.consumers.flatMap((c) => c.topics)];
      await ensureTopics(options.brokers, topics, partitions, kafka);
      await relay?.start();
      await bus.start();
    },
    async stop() {
      await relay?.stop();
      await bus.stop();
      await probe.stop();
    },
    async drain() {
      await relay?.drain();
    },
    status: () => [
      ...(relay === null
        ? []
        : [relay.status()].map((s) => ({
            name: s.name,
            running: s.running,
            eventsApplied: s.eventsRelayed,
            lastError: s.lastError,
          }))),
      ...bus.status().map((s) => ({
        name: s.name,
        running: s.running,
        eventsApplied: s.messagesHandled,
        lastError: s.lastError,
      })),
    ],
    checkTransport: () => probe.check(),
  };
};

/** The bus the configuration asks for; contexts register the same mappers and consumers either way. */
export const createIntegrationMessaging = (
  parts: IntegrationMessagingParts,
  options: MessagingOptions = { bus: 'embedded' },
): IntegrationMessaging =>
  options.bus === 'kafka' ? kafkaMessaging(parts, options) : embeddedMessaging(parts);
