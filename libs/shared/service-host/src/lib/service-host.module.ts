import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import type { Clock } from '@qinqing/shared/event-sourcing';
import {
  type DistributedEnv,
  EventSourcingModule,
  LoggingModule,
  ObservabilityModule,
  type ServiceConfig,
  storageOptionsOf,
} from '@qinqing/shared/nest-platform';

export interface ServiceHostOptions {
  /** e.g. "appeals-service": log field, Kafka client id and relay checkpoint. */
  readonly serviceName: string;
  readonly config: ServiceConfig;
  /** Replaces the system clock (tests). */
  readonly clock?: Clock;
}

/**
 * What every process of the distributed mode runs on, the gateway and the services: logs and metrics, its
 * own store, and Kafka for public events (a relay out for what it publishes, consumer groups in).
 */
export const distributedPlatform = (
  serviceName: string,
  config: DistributedEnv,
  clock?: Clock,
): NonNullable<ModuleMetadata['imports']> => [
  LoggingModule.forRoot({ serviceName, level: config.LOG_LEVEL }),
  ObservabilityModule,
  EventSourcingModule.forRoot({
    storage: storageOptionsOf(config),
    pollIntervalMs: config.FOLLOWER_POLL_INTERVAL_MS,
    messaging: {
      bus: 'kafka',
      brokers: config.KAFKA_BROKERS,
      serviceName,
      topicPartitions: config.KAFKA_TOPIC_PARTITIONS,
      // Sealed fields are keyed from the identity token secret every process already shares (HKDF with a
      // purpose of its own): whoever holds it can act as anyone on the platform, so this trusts no one more.
      sealingSecrets: [
        config.IDENTITY_TOKEN_SECRET,
        ...('IDENTITY_TOKEN_PREVIOUS_SECRET' in config &&
        typeof config.IDENTITY_TOKEN_PREVIOUS_SECRET === 'string'
          ? [config.IDENTITY_TOKEN_PREVIOUS_SECRET]
          : []),
      ],
    },
    ...(clock === undefined ? {} : { clock }),
  }),
];

/**
 * What every context service of the distributed mode runs on: logs and metrics, its own store, Kafka for
 * public events (a relay out, consumer groups in). A service app is this, identity's
 * `IdentityServiceModule` (who is calling, from the gateway's signed tokens — identity is a context of its
 * own, so the shared kernel does not mount it) and its context modules.
 */
@Module({})
export class ServiceHostModule {
  static forService({ serviceName, config, clock }: ServiceHostOptions): DynamicModule {
    return { module: ServiceHostModule, imports: distributedPlatform(serviceName, config, clock) };
  }
}
