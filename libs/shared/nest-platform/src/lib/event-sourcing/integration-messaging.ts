import type {
  CheckpointStore,
  EventStore,
  IntegrationEventMapper,
  SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  createKafkaClient,
  ensureTopics,
  KafkaBrokerProbe,
  type KafkaBrokerHealth,
  type KafkaLogSink,
  KafkaRelay,
} from '@qinqing/shared/messaging-kafka';
import type { MessagingStatus } from '../integration-events/messaging-status';
import type { MessagingOptions } from './event-sourcing.options';

/**
 * The publishing side of one app's integration events. Embedded: nothing to run, the global log is the
 * outbox the consumers follow. Kafka: the relay that moves this service's public events to their topics.
 * The consuming side is the integration-event transport (`IntegrationEventsServer`).
 */
export interface IntegrationMessaging {
  readonly kind: 'embedded' | 'kafka';
  /** On every replica, once: creates the topics it publishes to. */
  prepare(): Promise<void>;
  /** Starts the relay; only on the holder of the followers lease. */
  start(): Promise<void>;
  /** Stops the relay (another replica may start its own). */
  stop(): Promise<void>;
  /** Stops the relay and everything else for good. */
  close(): Promise<void>;
  /** On Kafka, sends what is in the log now. */
  drain(): Promise<void>;
  status(): readonly MessagingStatus[];
  /** Whether the transport is reachable now (Kafka: the brokers answer); absent for the embedded bus. */
  readonly checkTransport?: () => Promise<KafkaBrokerHealth>;
}

export interface IntegrationMessagingParts {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly mappers: readonly IntegrationEventMapper[];
  /** The public topics this app publishes to (its contexts' mappers' topics), created when missing. */
  readonly publishedTopics: readonly string[];
  readonly pollIntervalMs?: number;
  readonly onError: (follower: string, error: unknown) => void;
  /** The app's log, for the Kafka client's own lines. */
  readonly kafkaLog?: KafkaLogSink;
}

const embeddedMessaging: IntegrationMessaging = {
  kind: 'embedded',
  prepare: async () => undefined,
  start: async () => undefined,
  stop: async () => undefined,
  close: async () => undefined,
  drain: async () => undefined,
  status: () => [],
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
  const probe = new KafkaBrokerProbe({
    brokers: options.brokers,
    ...(parts.kafkaLog === undefined ? {} : { log: parts.kafkaLog }),
  });
  return {
    kind: 'kafka',
    async prepare() {
      // Topics are created on purpose (the brokers refuse auto-creation); the transport creates those it reads.
      await ensureTopics(options.brokers, parts.publishedTopics, options.topicPartitions ?? 3, {
        clientId: options.serviceName,
        ...(parts.kafkaLog === undefined ? {} : { log: parts.kafkaLog }),
      });
    },
    async start() {
      await relay?.start();
    },
    async stop() {
      await relay?.stop();
    },
    async close() {
      await relay?.stop();
      await probe.stop();
    },
    async drain() {
      await relay?.drain();
    },
    status: () =>
      relay === null
        ? []
        : [relay.status()].map((s) => ({
            name: s.name,
            running: s.running,
            eventsApplied: s.eventsRelayed,
            lastError: s.lastError,
          })),
    checkTransport: () => probe.check(),
  };
};

/** The publishing side the configuration asks for; contexts register the same mappers either way. */
export const createIntegrationMessaging = (
  parts: IntegrationMessagingParts,
  options: MessagingOptions = { bus: 'embedded' },
): IntegrationMessaging => (options.bus === 'kafka' ? kafkaMessaging(parts, options) : embeddedMessaging);
