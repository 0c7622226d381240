import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  type CheckpointStore,
  type Clock,
  CommandHandler,
  type ConsumerInbox,
  type EventStore,
  FieldSeal,
  type IdGenerator,
  type SqlDatabase,
  systemClock,
  UpcasterRegistry,
  uuidV7,
} from '@qinqing/shared/event-sourcing';
import { PostgresCheckpointStore, PostgresConsumerInbox } from '@qinqing/shared/event-store-postgres';
import { createIntegrationEventsServer } from '../integration-events/integration-events.factory';
import { IntegrationEventsServer } from '../integration-events/integration-events.server';
import { Leadership, leadershipFor, startupLockFor } from '../leadership/leadership';
import { RateLimitStore } from '../rate-limiting/rate-limit-store';
import { ContextRegistry } from './context-registry';
import { EVENT_SOURCING_OPTIONS, EventSourcingHost } from './event-sourcing.host';
import type { EventSourcingOptions } from './event-sourcing.options';
import { openStorage, type OpenStorage } from './storage.factory';
import {
  CHECKPOINT_STORE,
  CLOCK,
  COMMAND_HANDLER,
  CONSUMER_INBOX,
  EVENT_STORE,
  FIELD_SEAL,
  ID_GENERATOR,
  SQL_DATABASE,
  STARTUP_LOCK,
  UPCASTERS,
} from './tokens';

const STORAGE = Symbol('OpenStorage');

/**
 * Closes the store and database last, once the host has stopped every follower. Nest runs the shutdown
 * hooks of one module's providers at the same time, so waiting for the host is explicit: closing alongside it
 * ended the pool under a projection or consumer still inside a batch ("Cannot use a pool after calling end").
 */
@Injectable()
class StorageCloser implements OnApplicationShutdown {
  constructor(
    @Inject(STORAGE) private readonly storage: OpenStorage,
    private readonly host: EventSourcingHost,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.host.stop();
    await this.storage.close();
  }
}

/**
 * The event-sourcing infrastructure of one app: store, SQL database for read models, checkpoints, inbox,
 * command handler, the host that runs projections and the relay, and the integration-event transport that
 * runs the consumers. Global, so context modules inject
 * the tokens without importing it.
 */
@Global()
@Module({})
export class EventSourcingModule {
  static forRoot(options: EventSourcingOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      providers: [
        { provide: EVENT_SOURCING_OPTIONS, useValue: options },
        { provide: UPCASTERS, useValue: new UpcasterRegistry() },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: uuidV7 },
        {
          // Over Kafka a sealed field crosses processes: the shared secrets. On the embedded bus every public
          // event is mapped when delivered, in this process: a key of its own suffices.
          provide: FIELD_SEAL,
          useValue:
            options.messaging?.bus === 'kafka'
              ? FieldSeal.fromSecrets(options.messaging.sealingSecrets)
              : FieldSeal.forOneProcess(),
        },
        // Taken before the migrations and every table the modules create; the host releases it once started.
        { provide: STARTUP_LOCK, useFactory: () => startupLockFor(options) },
        {
          provide: STORAGE,
          inject: [UPCASTERS, STARTUP_LOCK],
          useFactory: (upcasters: UpcasterRegistry) => openStorage(options.storage, upcasters),
        },
        { provide: SQL_DATABASE, inject: [STORAGE], useFactory: (storage: OpenStorage) => storage.db },
        { provide: EVENT_STORE, inject: [STORAGE], useFactory: (storage: OpenStorage) => storage.store },
        { provide: CHECKPOINT_STORE, useValue: new PostgresCheckpointStore() },
        { provide: CONSUMER_INBOX, useValue: new PostgresConsumerInbox() },
        {
          provide: COMMAND_HANDLER,
          inject: [EVENT_STORE, CLOCK, ID_GENERATOR, UPCASTERS],
          useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, upcasters: UpcasterRegistry) =>
            new CommandHandler({ store, clock, ids, upcasters }),
        },
        {
          provide: RateLimitStore,
          inject: [SQL_DATABASE],
          useFactory: (db: SqlDatabase) => RateLimitStore.open(db),
        },
        ContextRegistry,
        {
          // Which replica runs the followers and the schedulers; the host starts and stops it.
          provide: Leadership,
          useFactory: () => {
            const logger = new Logger('Leadership');
            return leadershipFor(options, (error) =>
              logger.warn({ err: error }, 'Lease connection lost or unavailable; standing by'),
            );
          },
        },
        {
          // The consumers' transport; the app connects it (startIntegrationEvents).
          provide: IntegrationEventsServer,
          inject: [EVENT_STORE, SQL_DATABASE, CHECKPOINT_STORE, CONSUMER_INBOX, ContextRegistry, Leadership],
          useFactory: (
            store: EventStore,
            db: SqlDatabase,
            checkpoints: CheckpointStore,
            inbox: ConsumerInbox,
            registry: ContextRegistry,
            leadership: Leadership,
          ) =>
            createIntegrationEventsServer(options, { store, db, checkpoints, inbox, registry, leadership }),
        },
        EventSourcingHost,
        StorageCloser,
      ],
      exports: [
        UPCASTERS,
        CLOCK,
        ID_GENERATOR,
        FIELD_SEAL,
        SQL_DATABASE,
        EVENT_STORE,
        CHECKPOINT_STORE,
        CONSUMER_INBOX,
        COMMAND_HANDLER,
        RateLimitStore,
        ContextRegistry,
        IntegrationEventsServer,
        EventSourcingHost,
        Leadership,
      ],
    };
  }
}
