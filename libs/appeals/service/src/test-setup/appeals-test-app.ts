import { type INestApplication, Module } from '@nestjs/common';
import { CalendarModule } from '@qinqing/calendar/service';
import {
  type EventStore,
  ManualClock,
  type RecordedEvent,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { eventually } from '@qinqing/shared/testing';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { IdentityModule, WalkInProofSigner } from '@qinqing/identity/service';
import {
  createHttpApp,
  EVENT_STORE,
  EventSourcingHost,
  EventSourcingModule,
  SQL_DATABASE,
  LoggingModule,
  ObservabilityModule,
  type StorageOptions,
} from '@qinqing/shared/nest-platform';
import { enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { DEMO_DEFAULT_OWNER_UNIT_ID } from '../lib/appeals.env';
import { AppealsModule } from '../lib/appeals.module';
import { DeadlineScheduler } from '../lib/scheduler/deadline-scheduler';

export interface AppealsTestBackend {
  readonly name: 'PGlite' | 'PostgreSQL';
  open(): Promise<{ readonly storage: StorageOptions; drop(): Promise<void> }>;
}

let memoryDatabases = 0;

/** PGlite always; PostgreSQL as well when the run has a server (`inject('databaseUrl')`), a fresh database per app. */
export const appealsTestBackends = (databaseUrl: string | null): AppealsTestBackend[] => [
  {
    name: 'PGlite',
    open: async () => ({
      storage: { eventStore: 'pglite', dataDir: `memory://appeals-${process.pid}-${++memoryDatabases}` },
      drop: async () => undefined,
    }),
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL' as const,
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            return {
              storage: { eventStore: 'postgres', databaseUrl: database.url } as const,
              drop: database.drop,
            };
          },
        },
      ]),
];

/** An instant given as China-local wall time, e.g. `chinaTime('2026-09-29', '10:00')`. */
export const chinaTime = (date: string, time = '10:00'): Date => new Date(`${date}T${time}:00+08:00`);

export interface AppealsTestApp {
  readonly app: INestApplication;
  readonly base: string;
  /** The app's clock: every command, session and scheduler pass reads it. */
  readonly clock: ManualClock;
  readonly scheduler: DeadlineScheduler;
  /** Signs walk-in proofs as the liaison context does once a one-time code came back (identifyWalkIn). */
  readonly walkInProofs: WalkInProofSigner;
  /** Catches every projection (request list, rates) up with the log. */
  settle(): Promise<void>;
  /**
   * Settles until the request is in the requests read model, where receipts are looked up. One settle can
   * return before a just-committed append is visible to the log reader (PostgreSQL, under load).
   */
  settleUntilListed(requestId: string): Promise<void>;
  /** Moves the clock to China-local `date` at `time` (never backwards). */
  travelTo(date: string, time?: string): void;
  /** The request's stored events, as the audit trail has them. */
  history(requestId: string): Promise<readonly RecordedEvent[]>;
  close(): Promise<void>;
}

const LONG_MINUTES = 60 * 24 * 400;

/**
 * The appeals context mounted as apps/embedded mounts it (same platform modules and order, createHttpApp,
 * demo data on, scheduler timer off), on a ManualClock so tests control dates. A library may not import the
 * app (module boundaries), hence the copy of its wiring here.
 *
 * Sessions are made long-lived because tests move the clock by days and weeks; session expiry itself is
 * tested in libs/identity/service.
 */
export const startAppealsTestApp = async (
  backend: AppealsTestBackend,
  options: { readonly now: Date; readonly demoData?: boolean },
): Promise<AppealsTestApp> => {
  const { storage, drop } = await backend.open();
  const clock = new ManualClock(options.now);
  const demoData = options.demoData ?? true;

  @Module({})
  class AppealsTestAppModule {}

  const app = await createHttpApp(
    {
      module: AppealsTestAppModule,
      imports: [
        LoggingModule.forRoot({ serviceName: 'appeals-test', level: 'silent' }),
        ObservabilityModule,
        EventSourcingModule.forRoot({ storage, pollIntervalMs: 250, clock }),
        IdentityModule.forRoot({
          demoData,
          staffSession: { idleMinutes: LONG_MINUTES, absoluteHours: LONG_MINUTES / 60 },
          kiosk: {
            walkInIdleMinutes: LONG_MINUTES,
            walkInAbsoluteMinutes: LONG_MINUTES,
            deviceSessionDays: 400,
          },
        }),
        CalendarModule.forRoot({ role: 'owner' }),
        AppealsModule.forRoot({
          intervalMs: 0,
          demoData,
          defaultOwnerUnitId: DEMO_DEFAULT_OWNER_UNIT_ID,
          defaultOwnerDirectory: 'local',
        }),
      ],
    },
    { title: 'appeals test', description: 'appeals test', version: '0' },
  );
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const host = app.get(EventSourcingHost);
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    base,
    clock,
    scheduler: app.get(DeadlineScheduler),
    walkInProofs: app.get(WalkInProofSigner),
    settle: () => host.settle(),
    settleUntilListed: async (requestId) => {
      const db = app.get<SqlDatabase>(SQL_DATABASE);
      await eventually(async () => {
        await host.settle();
        const { rows } = await db.query('SELECT 1 FROM appeals_requests WHERE request_id = $1', [requestId]);
        return rows.length > 0 ? true : undefined;
      });
    },
    travelTo: (date, time = '10:00') => {
      const next = chinaTime(date, time);
      if (next < clock.now()) throw new Error(`The test clock does not go back (${date} ${time})`);
      clock.set(next);
    },
    history: (requestId) => store.readStream(enterpriseRequestStreamId(requestId)),
    close: async () => {
      await app.close();
      await drop();
    },
  };
};
