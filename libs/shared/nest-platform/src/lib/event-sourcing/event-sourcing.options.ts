import type { Clock } from '@qinqing/shared/event-sourcing';

/** Where events and read models live; chosen by each app's configuration. */
export type StorageOptions =
  | { readonly eventStore: 'pglite'; readonly dataDir: string }
  | { readonly eventStore: 'postgres'; readonly databaseUrl: string }
  | {
      readonly eventStore: 'kurrentdb';
      readonly kurrentDbConnectionString: string;
      /** Read models, checkpoints and the inbox stay in SQL next to KurrentDB. */
      readonly readModels: { readonly dataDir: string } | { readonly databaseUrl: string };
    };

/**
 * How public integration events travel between contexts. Embedded: the log is the outbox and consumers
 * follow it in-process. Kafka (distributed mode): a relay moves this service's public events to their
 * topics, and consumers are Kafka consumer groups. The contexts' code is the same either way.
 */
export type MessagingOptions =
  | { readonly bus: 'embedded' }
  | {
      readonly bus: 'kafka';
      /** Bootstrap servers, "host:port,host:port". */
      readonly brokers: string;
      /** Names this service's Kafka clients and its relay checkpoint (e.g. "appeals-service"). */
      readonly serviceName: string;
      /** Partitions of topics this service creates when they do not exist yet. */
      readonly topicPartitions?: number;
      /**
       * The secrets sealed fields of public events are derived from (FieldSeal): shared by every service, so
       * what one seals on a topic another opens. The first seals; all open (a rotation lists the previous too).
       */
      readonly sealingSecrets: readonly string[];
    };

export interface EventSourcingOptions {
  readonly storage: StorageOptions;
  /** Embedded bus unless configured otherwise. */
  readonly messaging?: MessagingOptions;
  /** How often followers poll the log for appends made by other processes. */
  readonly pollIntervalMs?: number;
  /** The clock every command and scheduler reads; tests pass a ManualClock. Defaults to the system clock. */
  readonly clock?: Clock;
}
