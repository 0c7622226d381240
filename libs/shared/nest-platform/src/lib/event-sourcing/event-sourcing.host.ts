import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  type CheckpointStore,
  type EventStore,
  ProjectionRunner,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { IntegrationEventsServer } from '../integration-events/integration-events.server';
import { MetricsService } from '../observability/metrics.service';
import { ReadinessRegistry } from '../observability/readiness.registry';
import { ContextRegistry } from './context-registry';
import type { EventSourcingOptions } from './event-sourcing.options';
import { followerErrorLogger, kafkaLogSink } from './follower-log';
import type { MessagingStatus } from '../integration-events/messaging-status';
import { createIntegrationMessaging, type IntegrationMessaging } from './integration-messaging';
import { CHECKPOINT_STORE, EVENT_STORE, SQL_DATABASE } from './tokens';

export const EVENT_SOURCING_OPTIONS = Symbol('EventSourcingOptions');

/**
 * Starts every registered projection and, on Kafka, the relay of this app's public events after all modules
 * have initialised; reports them and the integration-event consumers (which the Nest transport runs,
 * `IntegrationEventsServer`) to readiness and metrics, and stops them all before the store closes.
 */
@Injectable()
export class EventSourcingHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventSourcing');
  private readonly runners = new Map<string, ProjectionRunner>();
  private messaging: IntegrationMessaging | null = null;
  private stopping: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly registry: ContextRegistry,
    private readonly readiness: ReadinessRegistry,
    private readonly metrics: MetricsService,
    private readonly consumers: IntegrationEventsServer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.registry.seal();
    // A passing broker state (a coordinator loading, a rebalance) is retried by itself: noted, not an error.
    const logError = followerErrorLogger(this.logger);
    const onError = (name: string) => (error: unknown) => logError(name, error);
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
        mappers: this.registry.mappers,
        publishedTopics: this.registry.mappers.flatMap((mapper) => mapper.topics ?? []),
        onError: logError,
        kafkaLog: kafkaLogSink(new Logger('Kafka')),
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
      `Started ${this.runners.size} projection(s) on ${this.store.kind}, ${this.messaging.kind} bus; ` +
        `${this.consumers.registeredConsumers().length} consumer(s) start with the integration-event transport`,
    );
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /**
   * Stops projections, the relay and the consumers, waiting for the batches in hand; once, however often it
   * is called. Nest closes the transport first (`app.close()` disposes the microservices before the shutdown
   * hooks); stopping it here again covers an app whose transport is closed some other way.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all([...this.runners.values()].map((r) => r.stop()));
      await this.messaging?.stop();
      await this.consumers.close();
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
    await this.consumers.drain();
  }

  projection(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (runner === undefined) throw new Error(`No projection named ${name}`);
    return runner;
  }

  followers(): MessagingStatus[] {
    return [
      ...[...this.runners.values()].map((r) => r.status()),
      ...(this.messaging?.status() ?? []),
      ...this.consumers.consumerStatus(),
    ];
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
