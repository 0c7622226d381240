import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Projection, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PostgresEventStore } from '@qinqing/shared/event-store-postgres';
import {
  advisoryLockHolders,
  createTestDatabase,
  terminateBackend,
  type TestDatabase,
} from '@qinqing/shared/event-store-testing';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ContextRegistry,
  EventSourcingHost,
  EventSourcingModule,
  Leadership,
  ObservabilityModule,
  PeriodicPass,
  ReadinessRegistry,
  SQL_DATABASE,
} from '../../index';

const databaseUrl = inject('databaseUrl');
/** What the platform promises: a standby leads within 10 s of the holder's end. */
const HANDOVER_MS = 10_000;
const REPLICA = Symbol('Replica');

/**
 * A read model whose effect is not idempotent — one row per application, no unique key — with the replica that
 * applied it: a second application of any event would show as a second row.
 */
const effectsProjection = (replica: string): Projection => ({
  name: 'leased_effects',
  eventTypes: ['Counted'],
  setup: async (db) => {
    await db.query(
      'CREATE TABLE IF NOT EXISTS leased_effects (event_id uuid NOT NULL, applied_by text NOT NULL)',
    );
  },
  apply: async (event, tx) => {
    await tx.query('INSERT INTO leased_effects (event_id, applied_by) VALUES ($1, $2)', [
      event.eventId,
      replica,
    ]);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM leased_effects');
  },
});

@Injectable()
class Registrar implements OnModuleInit {
  constructor(
    private readonly registry: ContextRegistry,
    @Inject(REPLICA) private readonly replica: string,
  ) {}
  onModuleInit(): void {
    this.registry.registerProjection(effectsProjection(this.replica));
  }
}

/** A scheduler as the contexts write them: a pass every 100 ms, recording which replica ran it. */
@Injectable()
class RecordingScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly timer: PeriodicPass;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(REPLICA) private readonly replica: string,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.pass(), new Logger('RecordingScheduler'), leadership.schedulers);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.db.query(
      'CREATE TABLE IF NOT EXISTS leased_passes (ran_by text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())',
    );
    this.timer.start(100);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  private async pass(): Promise<void> {
    await this.db.query('INSERT INTO leased_passes (ran_by) VALUES ($1)', [this.replica]);
  }
}

const startReplica = async (url: string, replica: string): Promise<INestApplicationContext> => {
  @Module({
    imports: [
      ObservabilityModule,
      EventSourcingModule.forRoot({
        storage: { eventStore: 'postgres', databaseUrl: url },
        pollIntervalMs: 50,
      }),
    ],
    providers: [{ provide: REPLICA, useValue: replica }, Registrar, RecordingScheduler],
  })
  class ReplicaModule {}
  const app = await NestFactory.createApplicationContext(ReplicaModule, {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  return app;
};

const leads = (app: INestApplicationContext): boolean => app.get(Leadership).followers.isHeld();
const projectionRuns = (app: INestApplicationContext): boolean =>
  app.get(EventSourcingHost).projection('leased_effects').status().running;

describe.skipIf(databaseUrl === null)('two replicas of one service on one PostgreSQL database', () => {
  let database: TestDatabase;
  let probe: SqlDatabase;
  const apps = new Map<string, INestApplicationContext>();

  beforeAll(async () => {
    database = await createTestDatabase(databaseUrl as string);
    probe = await openPostgresDatabase(database.url, { maxConnections: 2 });
  });
  afterAll(async () => {
    for (const app of apps.values()) await app.close();
    await probe?.close();
    await database?.drop();
  });

  it('runs projections and schedulers on one replica at a time, hands over within 10 s, and applies each event once', async () => {
    apps.set('a', await startReplica(database.url, 'a'));
    apps.set('b', await startReplica(database.url, 'b'));
    const [a, b] = [apps.get('a'), apps.get('b')] as [INestApplicationContext, INestApplicationContext];

    // Exactly one leads; the other stands by, ready, and says so.
    expect([leads(a), leads(b)].sort()).toEqual([false, true]);
    const [first, second] = leads(a) ? (['a', 'b'] as const) : (['b', 'a'] as const);
    const leader = apps.get(first) as INestApplicationContext;
    const standby = apps.get(second) as INestApplicationContext;
    expect(projectionRuns(leader)).toBe(true);
    expect(projectionRuns(standby)).toBe(false);
    const standbyReadiness = await standby.get(ReadinessRegistry).run();
    expect(standbyReadiness.ready).toBe(true);
    expect(standbyReadiness.checks['leases']?.detail).toContain('followers: standby');
    expect((await leader.get(ReadinessRegistry).run()).checks['leases']?.detail).toContain(
      'followers: leader',
    );

    // A writer appends throughout, as the HTTP side of any replica would.
    const writerDb = await openPostgresDatabase(database.url, { maxConnections: 2 });
    const writer = new PostgresEventStore(writerDb);
    let appended = 0;
    let writing = true;
    const writing$ = (async () => {
      while (writing) {
        appended++;
        await writer.appendToStream(
          `counter-${appended}`,
          [
            {
              eventId: crypto.randomUUID(),
              type: 'Counted',
              schemaVersion: 1,
              data: {},
              metadata: {
                correlationId: 'single-active',
                causationId: null,
                actorId: 'tester',
                actorRole: 'system',
                occurredAt: new Date().toISOString(),
              },
            },
          ],
          { expectedRevision: 'no_stream' },
        );
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await eventually(async () => ((await appliedBy(probe, first)) > 20 ? true : undefined));
    const firstPasses = await passesBy(probe);
    expect(Object.keys(firstPasses)).toEqual([first]);

    // The leader's lease connection is terminated: it stops at once, the standby leads within 10 s.
    const [leaderPid] = await advisoryLockHolders(database.url, 'qinqing.platform.followers');
    const terminatedAt = Date.now();
    await terminateBackend(database.url, leaderPid as number);
    await eventually(async () => (projectionRuns(leader) ? undefined : true), 3_000);
    await eventually(async () => (projectionRuns(standby) ? true : undefined), HANDOVER_MS);
    expect(Date.now() - terminatedAt).toBeLessThan(HANDOVER_MS);
    await eventually(async () => ((await appliedBy(probe, second)) > 20 ? true : undefined));

    // Then the new leader stops cleanly: the first takes the work back.
    const closedAt = Date.now();
    await standby.close();
    apps.delete(second);
    await eventually(async () => (projectionRuns(leader) ? true : undefined), HANDOVER_MS);
    expect(Date.now() - closedAt).toBeLessThan(HANDOVER_MS);
    const backAt = await probe.query<{ now: Date }>('SELECT clock_timestamp() AS now');
    writing = false;
    await writing$;
    await writer.close();
    await writerDb.close();

    // The writer is another process as far as the leader knows, so settle() cannot wait for its appends; and
    // on a shared cluster a transaction elsewhere can hold the log's horizon back: wait until all are applied.
    await eventually(
      async () => ((await appliedInAll(probe)) >= appended ? true : undefined),
      60_000,
      async () => `${appended} events applied, ${await appliedInAll(probe)} so far`,
    );
    await leader.get(EventSourcingHost).settle();
    const { rows } = await probe.query<{ applied: string; events: string; by: string[] }>(
      `SELECT count(*) AS applied, count(DISTINCT event_id) AS events, array_agg(DISTINCT applied_by) AS by
       FROM leased_effects`,
    );
    expect({ applied: Number(rows[0]?.applied), events: Number(rows[0]?.events) }).toEqual({
      applied: appended,
      events: appended,
    });
    expect([...(rows[0]?.by ?? [])].sort()).toEqual(['a', 'b']);
    // Since the work came back, only the leader's timer has run passes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const lastPasses = await probe.query<{ ran_by: string }>(
      'SELECT DISTINCT ran_by FROM leased_passes WHERE at > $1',
      [backAt.rows[0]?.now],
    );
    expect(lastPasses.rows.map((row) => row.ran_by)).toEqual([first]);
  });
});

const appliedBy = async (db: SqlDatabase, replica: string): Promise<number> => {
  const { rows } = await db.query<{ n: string }>(
    'SELECT count(*) AS n FROM leased_effects WHERE applied_by = $1',
    [replica],
  );
  return Number(rows[0]?.n ?? 0);
};

const appliedInAll = async (db: SqlDatabase): Promise<number> => {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM leased_effects');
  return Number(rows[0]?.n ?? 0);
};

const passesBy = async (db: SqlDatabase): Promise<Record<string, number>> => {
  const { rows } = await db.query<{ ran_by: string; n: string }>(
    'SELECT ran_by, count(*) AS n FROM leased_passes GROUP BY ran_by',
  );
  return Object.fromEntries(rows.map((row) => [row.ran_by, Number(row.n)]));
};
