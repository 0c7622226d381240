import { Logger } from '@nestjs/common';
import type { CheckpointStore, ConsumerInbox, EventStore, SqlDatabase } from '@qinqing/shared/event-sourcing';
import type { ContextRegistry } from '../event-sourcing/context-registry';
import type { Leadership } from '../leadership/leadership';
import type { EventSourcingOptions } from '../event-sourcing/event-sourcing.options';
import { followerErrorLogger, kafkaLogSink } from '../event-sourcing/follower-log';
import { EmbeddedIntegrationEventsServer } from './embedded-integration-events.server';
import type { IntegrationEventsServer } from './integration-events.server';
import { KafkaIntegrationEventsServer } from './kafka-integration-events.server';

export interface IntegrationEventsServerParts {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly inbox: ConsumerInbox;
  readonly registry: ContextRegistry;
  /** Embedded consumers follow the log like projections: on the holder of the followers lease only. */
  readonly leadership: Leadership;
}

/** The transport of the bus the configuration names: the only place the two run modes differ for consumers. */
export const createIntegrationEventsServer = (
  options: EventSourcingOptions,
  { store, db, checkpoints, inbox, registry, leadership }: IntegrationEventsServerParts,
): IntegrationEventsServer => {
  const onError = followerErrorLogger(new Logger('EventSourcing'));
  const ready = () => registry.sealed;
  const messaging = options.messaging ?? { bus: 'embedded' };
  if (messaging.bus === 'kafka') {
    return new KafkaIntegrationEventsServer({
      brokers: messaging.brokers,
      clientId: messaging.serviceName,
      ...(messaging.topicPartitions === undefined ? {} : { topicPartitions: messaging.topicPartitions }),
      db,
      inbox,
      log: kafkaLogSink(new Logger('Kafka')),
      onError,
      ready,
    });
  }
  return new EmbeddedIntegrationEventsServer({
    store,
    db,
    checkpoints,
    inbox,
    mappers: registry.mappers,
    lease: leadership.followers,
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    onError,
    ready,
  });
};
