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
  WhileHeld,
} from '@qinqing/shared/event-sourcing';
import { IntegrationEventsServer } from '../integration-events/integration-events.server';
import { Leadership } from '../leadership/leadership';
import { MetricsService } from '../observability/metrics.service';
import { ReadinessRegistry } from '../observability/readiness.registry';
import { ContextRegistry } from './context-registry';
import type { EventSourcingOptions } from './event-sourcing.options';
import { followerErrorLogger, kafkaLogSink } from './follower-log';
import type { MessagingStatus } from '../integration-events/messaging-status';
import { createIntegrationMessaging, type IntegrationMessaging } from './integration-messaging';
import type { StartupLock } from '@qinqing/shared/event-store-postgres';
import { CHECKPOINT_STORE, CONSUMER_INBOX, EVENT_STORE, SQL_DATABASE, STARTUP_LOCK } from './tokens';

export const EVENT_SOURCING_OPTIONS = Symbol('EventSourcingOptions');

/**
 * Starts every registered projection and, on Kafka, the relay of this app's public events after all modules
 * have initialised — while this replica holds the followers lease (`Leadership`; always, with one process) —
 * reports them and the integration-event consumers (which the Nest transport runs, `IntegrationEventsServer`)
 * to readiness and metrics, and stops them all before the store closes. A standby creates the read models'
 * tables all the same (its HTTP endpoints read them) and takes the work over when the holder goes away.
 */
@Injectable()
export class EventSourcingHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventSourcing');
  private readonly runners = new Map<string, ProjectionRunner>();
  private messaging: IntegrationMessaging | null = null;
  private leased: WhileHeld | null = null;
  private stopping: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(CONSUMER_INBOX) private readonly inbox: ConsumerInbox,
    @Inject(STARTUP_LOCK) private readonly startupLock: StartupLock,
    private readonly registry: ContextRegistry,
    private readonly readiness: ReadinessRegistry,
    private readonly metrics: MetricsService,
    private readonly consumers: IntegrationEventsServer,
    private readonly leadership: Leadership,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.bootstrap();
    } finally {
      // Every table this app creates at start exists now: the next replica may start.
      await this.startupLock.release();
    }
  }

  private async bootstrap(): Promise<void> {
    this.registry.seal();
    // The consumers' inbox, which the transport would create when it starts (after bootstrap), is made here.
    await this.inbox.setup(this.db);
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
    await this.messaging.prepare();
    await this.followWhileLeading(this.messaging, onError(this.leadership.followers.name));
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
    this.readiness.register({ name: 'leases', check: async () => this.leasesReadiness() });
    const checkTransport = this.messaging.checkTransport;
    // The relay and consumers notice a lost broker only when kafkajs' retries run out; this notices at once.
    if (checkTransport !== undefined) this.readiness.register({ name: 'kafka', check: checkTransport });
    this.logger.log(
      `${this.leased?.isActive === true ? 'Started' : 'Standing by with'} ${this.runners.size} projection(s) ` +
        `on ${this.store.kind}, ${this.messaging.kind} bus (${this.leadership.followers.name}: ` +
        `${this.leadership.followers.isHeld() ? 'held here' : 'held by another replica'}); ` +
        `${this.consumers.registeredConsumers().length} consumer(s) start with the integration-event transport`,
    );
  }

  /**
   * Projections and the relay run exactly while this replica holds the followers lease. On a leader they have
   * started when this resolves; a start that fails here fails the bootstrap, as it did before leases.
   */
  private async followWhileLeading(
    messaging: IntegrationMessaging,
    onError: (error: unknown) => void,
  ): Promise<void> {
    await this.leadership.start();
    const runners = [...this.runners.values()];
    this.leased = new WhileHeld(
      this.leadership.followers,
      {
        start: async () => {
          await messaging.start();
          for (const runner of runners) runner.start();
          this.logger.log(`${this.leadership.followers.name} held: projections and relay run here`);
        },
        stop: async () => {
          this.logger.log(
            `${this.leadership.followers.name} lost or released: stopping projections and relay`,
          );
          await Promise.all(runners.map((runner) => runner.stop()));
          await messaging.stop();
        },
      },
      onError,
    );
    try {
      await this.leased.follow();
    } catch (error) {
      await this.leased.close();
      await this.leadership.stop();
      throw error;
    }
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
      await this.startupLock.release();
      await this.leased?.close();
      await this.messaging?.close();
      await this.consumers.close();
      // Last: a standby takes the leases over the moment they go.
      await this.leadership.stop();
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

  /**
   * Runs `work` — a seeder's burst of commands that reads no read model until it is over — with the read models
   * not woken by its appends, then wakes them once: they catch up in a few wide passes instead of one pass per
   * append (the appeals demo history: 63 commands, and as many passes of each appeals read model). `work`
   * settles what it reads afterwards.
   */
  async withoutWakes<T>(work: () => Promise<T>): Promise<T> {
    const releases = [...this.runners.values()].map((runner) => runner.holdWakes());
    try {
      return await work();
    } finally {
      for (const release of releases) release();
    }
  }

  projection(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (runner === undefined) throw new Error(`No projection named ${name}`);
    return runner;
  }

  followers(): MessagingStatus[] {
    const standby = !this.leadership.followers.isHeld();
    return [
      ...[...this.runners.values()].map((r) => ({ ...r.status(), standby })),
      ...(this.messaging?.status() ?? []).map((s) => ({ ...s, standby })),
      ...this.consumers.consumerStatus(),
    ];
  }

  private recordFollowerMetrics(): void {
    for (const status of this.followers()) {
      this.metrics.followerEventsApplied.set({ follower: status.name }, status.eventsApplied);
      this.metrics.followerHealthy.set(
        { follower: status.name },
        status.standby === true || status.lastError === null ? 1 : 0,
      );
    }
    for (const lease of this.leadership.status())
      this.metrics.leaseHeld.set({ lease: lease.name, role: lease.role }, lease.held ? 1 : 0);
  }

  /** A standby is ready: what waits for a lease is not checked, the rest (its consumers) is. */
  private followersReadiness(): { ok: boolean; detail?: string } {
    const statuses = this.followers();
    const waiting = statuses.filter((s) => s.standby === true);
    const failing = statuses.filter((s) => s.standby !== true && (!s.running || s.lastError !== null));
    if (failing.length > 0)
      return { ok: false, detail: failing.map((s) => `${s.name}: ${s.lastError ?? 'stopped'}`).join('; ') };
    const running = `${statuses.length - waiting.length} follower(s) running`;
    return {
      ok: true,
      detail: waiting.length === 0 ? running : `${running}, ${waiting.length} waiting for the lease`,
    };
  }

  /** Always ok: says whether this replica leads (`leader`) or stands by for each role. */
  private leasesReadiness(): { ok: boolean; detail: string } {
    return {
      ok: true,
      detail: this.leadership
        .status()
        .map((lease) => `${lease.role}: ${lease.held ? 'leader' : 'standby'} (${lease.name})`)
        .join(', '),
    };
  }
}
