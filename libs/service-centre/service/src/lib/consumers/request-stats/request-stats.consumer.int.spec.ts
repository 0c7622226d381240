import { type INestApplication, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import {
  RATINGS,
  type RequestActivity,
  foldRequestFacts,
  requestStats,
} from '@qinqing/service-centre/domain';
import { type CloudEvent, InvalidCloudEventError } from '@qinqing/shared/contracts-kit';
import type { CheckpointStore, EventStore, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import {
  CHECKPOINT_STORE,
  ContextRegistry,
  EVENT_STORE,
  EventSourcingModule,
  IntegrationEventsServer,
  ObservabilityModule,
  SQL_DATABASE,
  startIntegrationEvents,
  type StorageOptions,
} from '@qinqing/shared/nest-platform';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  noiseEventFor,
  publicEventFor,
  wireEvent,
  wireMapper,
  wireStream,
} from '../../../test-setup/appeals-public-events';
import { batchContext } from '../../../test-setup/batch-context';
import { queryRequestStats } from '../../queries/request-stats/request-stats.query';
import { REQUEST_FACTS_TABLE } from './request-facts.table';
import { REQUEST_STATS_CONSUMER, RequestStatsConsumer } from './request-stats.consumer';

const databaseUrl = inject('databaseUrl');

const backends: { name: string; open(): Promise<{ storage: StorageOptions; drop(): Promise<void> }> }[] = [
  {
    name: 'PGlite',
    open: async () => ({
      storage: { eventStore: 'pglite', dataDir: `memory://request-stats-${process.pid}-${Date.now()}` },
      drop: async () => undefined,
    }),
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL',
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

/** Stands in for the appeals context: its log publishes the stored wire events (see wireMapper). */
@Injectable()
class WireRegistrar implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}
  onModuleInit(): void {
    this.registry.registerMapper(wireMapper);
  }
}

/**
 * The request-statistics consumer as the apps run it: an `@EventConsumer` controller behind the real embedded
 * transport. Public events come out of the log through a mapper, the inbox de-duplicates by CloudEvent id in
 * the consumer's transaction, and the handler writes its table in that transaction.
 */
describe.each(backends)('request-stats consumer on the embedded bus over $name', (backend) => {
  let app: INestApplication;
  let stack: { store: EventStore; db: SqlDatabase; checkpoints: CheckpointStore };
  let drop: () => Promise<void>;
  let bus: IntegrationEventsServer;
  let published = 0;

  const publish = async (...events: CloudEvent[]) => {
    for (const event of events) {
      await stack.store.appendToStream(wireStream(event.subject), [wireEvent(event)], {
        expectedRevision: 'any',
      });
    }
    published += events.length;
  };
  const nextId = () => `ce-${published}-${Math.random().toString(36).slice(2)}`;
  const totals = async () => (await queryRequestStats(stack.db, {})).totals;

  beforeAll(async () => {
    const opened = await backend.open();
    drop = opened.drop;
    @Module({
      imports: [ObservabilityModule, EventSourcingModule.forRoot({ storage: opened.storage })],
      providers: [WireRegistrar],
      controllers: [RequestStatsConsumer],
    })
    class RequestStatsTestModule {}
    app = await startIntegrationEvents(
      await NestFactory.create(RequestStatsTestModule, { logger: false, abortOnError: false }),
    );
    stack = {
      store: app.get<EventStore>(EVENT_STORE),
      db: app.get<SqlDatabase>(SQL_DATABASE),
      checkpoints: app.get<CheckpointStore>(CHECKPOINT_STORE),
    };
    // drain() delivers everything in the log now, deterministically, whatever the follower's loop is doing.
    bus = app.get(IntegrationEventsServer);
  });

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('a redelivered CloudEvent (same id) does not count twice, even one that would undo a reopening', async () => {
    await stack.db.query(`TRUNCATE ${REQUEST_FACTS_TABLE}`);
    const submitted = publicEventFor(
      { type: 'submitted', requestId: 'dup-1', receivingUnitId: 'centre-haishu' },
      nextId(),
    );
    const resolved = publicEventFor(
      { type: 'answered', requestId: 'dup-1', departmentId: 'dept-a', outcome: 'resolved', onTime: true },
      nextId(),
    );
    await publish(
      submitted,
      publicEventFor({ type: 'accepted', requestId: 'dup-1', departmentId: 'dept-a' }, nextId()),
      resolved,
      publicEventFor({ type: 'reopened', requestId: 'dup-1', reopenCount: 1 }, nextId()),
    );
    await bus.drain();
    expect(await totals()).toMatchObject({ requests: 1, accepted: 1, open: 1, resolved: 0, reopened: 1 });

    // The relay resends two messages (same CloudEvent ids): the inbox recognises both.
    await publish(submitted, resolved);
    await bus.drain();
    expect(await totals()).toMatchObject({ requests: 1, accepted: 1, open: 1, resolved: 0, reopened: 1 });

    // A new resolution (a new id) does count: the de-duplication is by message, not by content.
    await publish({ ...resolved, id: nextId() });
    await bus.drain();
    expect(await totals()).toMatchObject({ requests: 1, open: 0, resolved: 1, resolvedOnTime: 1 });
  });

  it('replaying the whole log after a lost checkpoint changes nothing', async () => {
    const before = await queryRequestStats(stack.db, {});
    await stack.db.transaction((tx) =>
      stack.checkpoints.save(tx, `consumer:${REQUEST_STATS_CONSUMER}`, null),
    );
    await bus.drain();
    expect(bus.consumerStatus()[0]).toMatchObject({ lastError: null });
    expect(await queryRequestStats(stack.db, {})).toEqual(before);
  });

  it('reads every public appeals type by its contract: invalid data throws, unknown types are ignored', async () => {
    const valid = publicEventFor({ type: 'accepted', requestId: 'x', departmentId: 'dept-a' }, nextId());
    const consumer = app.get(RequestStatsConsumer);
    await stack.db.transaction(async (tx) => {
      const context = batchContext(REQUEST_STATS_CONSUMER, APPEALS_TOPIC, tx, 1);
      await expect(consumer.apply([{ ...valid, data: { requestId: 'x' } }], context)).rejects.toThrow(
        InvalidCloudEventError,
      );
      await consumer.apply([{ ...valid, type: 'cn.qinqing.appeals.request.accepted.v2' }], context);
    });
    const rows = await stack.db.query(`SELECT 1 FROM ${REQUEST_FACTS_TABLE} WHERE request_id = 'x'`);
    expect(rows.rows).toHaveLength(0);
  });

  it('the tables answer what the domain fold answers, for any history of public events', async () => {
    const centres = ['centre-haishu', 'centre-yinzhou'];
    const departments = ['dept-a', 'dept-b', 'dept-c'];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 11 }), fc.nat({ max: 4 }), fc.boolean()), {
          maxLength: 40,
        }),
        async (steps) => {
          run += 1;
          await stack.db.query(`TRUNCATE ${REQUEST_FACTS_TABLE}`);
          const activities: RequestActivity[] = [];
          const events: CloudEvent[] = [];
          for (const [request, kind, pick, flag] of steps) {
            const requestId = `p${run}-r${request}`;
            const departmentId = departments[pick % departments.length] ?? 'dept-a';
            const activity: RequestActivity | null =
              (
                [
                  { type: 'submitted', requestId, receivingUnitId: centres[pick % centres.length] ?? '' },
                  { type: 'handed-off', requestId, departmentId },
                  { type: 'accepted', requestId, departmentId },
                  { type: 'sent-back', requestId, departmentId },
                  { type: 'answered', requestId, departmentId, outcome: 'resolved', onTime: flag },
                  { type: 'answered', requestId, departmentId, outcome: 'escalated', onTime: flag },
                  { type: 'answered', requestId, departmentId, outcome: 'informed', onTime: flag },
                  { type: 'deadline-missed', requestId },
                  { type: 'rehandling-ordered', requestId },
                  { type: 'rated', requestId, rating: RATINGS[pick] ?? 'satisfied' },
                  { type: 'reopened', requestId, reopenCount: 1 + (pick % 3) },
                  null,
                ] as const
              )[kind] ?? null;
            if (activity === null) events.push(noiseEventFor(requestId, nextId(), pick));
            else {
              activities.push(activity);
              events.push(publicEventFor(activity, nextId()));
            }
          }
          await publish(...events);
          await bus.drain();
          const facts = [...foldRequestFacts(activities).values()];
          for (const filter of [{}, { centreId: 'centre-haishu' }, { departmentId: 'dept-b' }]) {
            expect(await queryRequestStats(stack.db, filter)).toEqual(requestStats(facts, filter));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
