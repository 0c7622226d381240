import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore, Projection } from '@qinqing/shared/event-sourcing';
import { createTestDatabase, type TestDatabase } from '@qinqing/shared/event-store-testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  ContextRegistry,
  EVENT_STORE,
  EventSourcingHost,
  EventSourcingModule,
  ObservabilityModule,
  type StorageOptions,
} from '../../index';

const databaseUrl = inject('databaseUrl');

/** A read model whose batch is still running when the app is told to stop. */
const slowProjection = (entered: () => void): Projection => ({
  name: 'slow_notes',
  eventTypes: ['Noted'],
  setup: async (db) => {
    await db.query('CREATE TABLE IF NOT EXISTS slow_notes (n int NOT NULL)');
  },
  apply: async (_event, tx) => {
    entered();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await tx.query('INSERT INTO slow_notes (n) VALUES (1)');
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM slow_notes');
  },
});

type Backend = [string, () => Promise<{ storage: StorageOptions; drop(): Promise<void> }>];

const backends: Backend[] = [
  [
    'PGlite',
    async () => ({
      storage: { eventStore: 'pglite', dataDir: `memory://shutdown-${process.pid}-${Date.now()}` },
      drop: async () => undefined,
    }),
  ],
  ...(databaseUrl === null
    ? []
    : [
        [
          'PostgreSQL',
          async () => {
            const database: TestDatabase = await createTestDatabase(databaseUrl);
            return { storage: { eventStore: 'postgres', databaseUrl: database.url }, drop: database.drop };
          },
        ] satisfies Backend,
      ]),
];

describe.each(backends)('shutting down an app on %s', (_name, open) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('stops the followers before it closes the database: a batch in hand finishes, no follower fails', async () => {
    const { storage, drop } = await open();
    drops.push(drop);
    let enter: () => void = () => undefined;
    const inBatch = new Promise<void>((resolve) => (enter = resolve));

    @Injectable()
    class Registrar implements OnModuleInit {
      constructor(private readonly registry: ContextRegistry) {}
      onModuleInit(): void {
        this.registry.registerProjection(slowProjection(() => enter()));
      }
    }
    @Module({
      imports: [ObservabilityModule, EventSourcingModule.forRoot({ storage, pollIntervalMs: 50 })],
      providers: [Registrar],
    })
    class ShutdownTestModule {}

    const app = await NestFactory.createApplicationContext(ShutdownTestModule, {
      logger: false,
      abortOnError: false,
    });
    await app.init();
    const host = app.get(EventSourcingHost);
    await app.get<EventStore>(EVENT_STORE).appendToStream(
      'note-1',
      [
        {
          eventId: '0190a000-0000-7000-8000-000000000001',
          type: 'Noted',
          schemaVersion: 1,
          data: {},
          metadata: {
            correlationId: 'shutdown-test',
            causationId: null,
            actorId: 'tester',
            actorRole: 'system',
            occurredAt: new Date().toISOString(),
          },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    await inBatch; // the projection is inside its batch transaction
    await app.close();

    expect(
      host.followers().map((f) => ({ name: f.name, running: f.running, lastError: f.lastError })),
    ).toEqual([{ name: 'projection:slow_notes', running: false, lastError: null }]);
    expect(host.followers()[0]?.eventsApplied).toBe(1);
  });
});
