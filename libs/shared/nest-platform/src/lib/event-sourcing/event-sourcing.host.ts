import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  type CheckpointStore,
  type ConsumerInbox,
  type EventStore,
  ProjectionRunner,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { isTransientKafkaError, type KafkaLogSink } from '@qinqing/shared/messaging-kafka';
import { MetricsService } from '../observability/metrics.service';
import { ReadinessRegistry } from '../observability/readiness.registry';
import { ContextRegistry } from './context-registry';
import type { EventSourcingOptions } from './event-sourcing.options';
import {
  createIntegrationMessaging,
  type IntegrationMessaging,
  type MessagingStatus,
} from './integration-messaging';
import { CHECKPOINT_STORE, CONSUMER_INBOX, EVENT_STORE, SQL_DATABASE } from './tokens';

export const EVENT_SOURCING_OPTIONS = Symbol('EventSourcingOptions');

/**
 * Starts every registered projection and integration-event consumer after all modules have initialised,
 * reports them to readiness and metrics, and stops them before the store closes.
 */
@Injectable()
export class EventSourcingHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventSourcing');
  /** kafkajs' own lines, into the app's log (pino) at the levels kafkaLogLevelOf decides. */
  private readonly kafkaLog: KafkaLogSink = ((logger: Logger) => ({
    error: (fields, message) => logger.error(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    info: (fields, message) => logger.log(fields, message),
    debug: (fields, message) => logger.debug(fields, message),
  }))(new Logger('Kafka'));
  private readonly runners = new Map<string, ProjectionRunner>();
  private messaging: IntegrationMessaging | null = null;
  private stopping: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(CONSUMER_INBOX) private readonly inbox: ConsumerInbox,
    private readonly registry: ContextRegistry,
    private readonly readiness: ReadinessRegistry,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A passing broker state (a coordinator loading, a rebalance) is retried by itself: noted, not an error.
    const onError = (name: string) => (error: unknown) =>
      isTransientKafkaError(error)
        ? this.logger.log({ err: error, follower: name }, 'Follower waiting for Kafka')
        : this.logger.error({ err: error, follower: name }, 'Follower failed');
    for (const projection of this.registry.projections) {
      const runner = new ProjectionRunner({
        projection,
        store: this.store,
        db: this.db,
        checkpoints: this.checkpoints,
        onError: onError(projection.name),
        ...(this.options.pollIntervalMs === undefined ? {} : { pollIntervalMs: this.options.pollIntervalMs }),
      });
      await runner.setup();
      this.runners.set(projection.name, runner);
    }
    this.messaging = createIntegrationMessaging(
      {
        store: this.store,
        db: this.db,
        checkpoints: this.checkpoints,
        inbox: this.inbox,
        mappers: this.registry.mappers,
        consumers: this.registry.consumers,
        publishedTopics: this.registry.mappers.flatMap((mapper) => mapper.topics ?? []),
        onError: (follower, error) => onError(follower)(error),
        kafkaLog: this.kafkaLog,
        ...(this.options.pollIntervalMs === undefined ? {} : { pollIntervalMs: this.options.pollIntervalMs }),
      },
      this.options.messaging,
    );
    await this.messaging.start();
    for (const runner of this.runners.values()) runner.start();
    this.store.onAppended(() => this.metrics.appends.inc());
    this.metrics.onScrape(() => this.recordFollowerMetrics());
    this.readiness.register({
      name: 'event-store',
      check: async () => {
        await this.db.query('SELECT 1');
        return { ok: true, detail: this.store.kind };
      },
    });
    this.readiness.register({ name: 'followers', check: async () => this.followersReadiness() });
    const checkTransport = this.messaging.checkTransport;
    // The relay and consumers notice a lost broker only when kafkajs' retries run out; this notices at once.
    if (checkTransport !== undefined) this.readiness.register({ name: 'kafka', check: checkTransport });
    this.logger.log(
      `Started ${this.runners.size} projection(s) and ${this.registry.consumers.length} consumer(s) on ${this.store.kind}, ${this.messaging.kind} bus`,
    );
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** Stops projections and messaging, waiting for the batches in hand; once, however often it is called. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all([...this.runners.values()].map((r) => r.stop()));
      await this.messaging?.stop();
    })();
    return this.stopping;
  }

  /**
   * Catches every projection up with the log and delivers the public events in it: embedded consumers
   * apply them; on Kafka the relay has sent them (other services apply them in their own time).
   */
  async settle(): Promise<void> {
    for (const runner of this.runners.values()) await runner.catchUp();
    await this.messaging?.drain();
  }

  projection(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (runner === undefined) throw new Error(`No projection named ${name}`);
    return runner;
  }

  followers(): MessagingStatus[] {
    return [...[...this.runners.values()].map((r) => r.status()), ...(this.messaging?.status() ?? [])];
  }

  private recordFollowerMetrics(): void {
    for (const status of this.followers()) {
      this.metrics.followerEventsApplied.set({ follower: status.name }, status.eventsApplied);
      this.metrics.followerHealthy.set({ follower: status.name }, status.lastError === null ? 1 : 0);
    }
  }

  private followersReadiness(): { ok: boolean; detail?: string } {
    const statuses = this.followers();
    const failing = statuses.filter((s) => !s.running || s.lastError !== null);
    return failing.length === 0
      ? { ok: true, detail: `${statuses.length} follower(s) running` }
      : { ok: false, detail: failing.map((s) => `${s.name}: ${s.lastError ?? 'stopped'}`).join('; ') };
  }
}
