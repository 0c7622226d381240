import {
  type CheckpointStore,
  type ConsumerInbox,
  EmbeddedIntegrationEventBus,
  type EventStore,
  type IntegrationEventConsumer,
  type IntegrationEventMapper,
  type Lease,
  type SqlDatabase,
  WhileHeld,
} from '@qinqing/shared/event-sourcing';
import type { MessagingStatus } from './messaging-status';
import { IntegrationEventsServer } from './integration-events.server';

export interface EmbeddedIntegrationEventsServerOptions {
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly inbox: ConsumerInbox;
  /** The contexts' mappers; read when the transport starts, once every module has registered its own. */
  readonly mappers: readonly IntegrationEventMapper[];
  /** The consumers follow the log while this lease is held (on PGlite, always). */
  readonly lease: Lease;
  readonly pollIntervalMs?: number;
  readonly onError?: (follower: string, error: unknown) => void;
  readonly ready: () => boolean;
}

/**
 * The integration-event transport of the one-process mode: the `EmbeddedIntegrationEventBus`, where each
 * consumer follows the global log from its own checkpoint and its effect, inbox row and checkpoint commit
 * in one transaction per batch of the log. Followers of the log, like projections: with replicas of the
 * one-process app on PostgreSQL they run on the holder of the followers lease only.
 */
export class EmbeddedIntegrationEventsServer extends IntegrationEventsServer {
  private bus: EmbeddedIntegrationEventBus | null = null;
  private leased: WhileHeld | null = null;

  constructor(private readonly options: EmbeddedIntegrationEventsServerOptions) {
    super(options.ready);
  }

  unwrap<T>(): T {
    if (this.bus === null) throw new Error('The embedded integration-event bus is not started');
    return this.bus as T;
  }

  async drain(): Promise<void> {
    await this.bus?.drain();
  }

  consumerStatus(): readonly MessagingStatus[] {
    const standby = !this.options.lease.isHeld();
    if (this.bus !== null) return this.bus.status().map((status) => ({ ...status, standby }));
    return this.registeredConsumers().map(({ name }) => ({
      name: `consumer:${name}`,
      running: false,
      eventsApplied: 0,
      lastError: null,
    }));
  }

  protected async start(consumers: readonly IntegrationEventConsumer[]): Promise<void> {
    const { store, db, checkpoints, inbox, mappers, pollIntervalMs, onError } = this.options;
    const bus = new EmbeddedIntegrationEventBus({
      store,
      db,
      checkpoints,
      inbox,
      mappers,
      ...(pollIntervalMs === undefined ? {} : { pollIntervalMs }),
      ...(onError === undefined ? {} : { onError }),
    });
    for (const consumer of consumers) bus.subscribe(consumer);
    this.bus = bus;
    this.leased = new WhileHeld(
      this.options.lease,
      { start: () => bus.start(), stop: () => bus.stop() },
      (error) => onError?.('consumers', error),
    );
    await this.leased.follow();
  }

  protected async stop(): Promise<void> {
    await this.leased?.close();
  }
}
