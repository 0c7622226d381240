import { beforeAll, expect, it } from 'vitest';
import {
  type CheckpointStore,
  ProjectionRunner,
  UuidV7Generator,
  type EventStore,
  type NewEvent,
  type Projection,
  type SqlDatabase,
  type SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import { eventually } from '@qinqing/shared/testing';
import { describeEachBackend, postgresOnly } from '../test-setup/test-backends';
import { PostgresCheckpointStore } from './checkpoints/postgres-checkpoint-store';
import { migrateEventStore } from './schema/migrate-event-store';
import { PostgresEventStore } from './store/postgres-event-store';

const uuids = new UuidV7Generator();
const checkpoints = new PostgresCheckpointStore();

const increment = (by: number): NewEvent => ({
  eventId: uuids.next(),
  type: 'CounterIncremented',
  schemaVersion: 1,
  data: { by },
  metadata: {
    correlationId: uuids.next(),
    causationId: null,
    actorId: 'staff-1',
    actorRole: 'service-staff',
    occurredAt: '2025-03-01T08:00:00.000Z',
  },
});

interface CounterTotals extends Projection {
  /** Event ids whose apply throws, like a bug in the projection. */
  readonly failOn: Set<string>;
  readonly totals: string;
  readonly applications: string;
}

/**
 * Totals per counter stream, plus how many times each event was applied: more than once is the bug
 * these tests look for. Each test uses its own tables and stream prefix, and ignores everyone else's.
 */
const counterTotals = (label: string): CounterTotals => {
  const totals = `rm_totals_${label}`;
  const applications = `rm_applications_${label}`;
  const failOn = new Set<string>();
  return {
    name: `counter-totals-${label}`,
    eventTypes: ['CounterIncremented'],
    failOn,
    totals,
    applications,
    setup: async (db: SqlExecutor) => {
      await db.query(`CREATE TABLE IF NOT EXISTS ${totals} (stream_id text PRIMARY KEY, total int NOT NULL)`);
      await db.query(
        `CREATE TABLE IF NOT EXISTS ${applications} (event_id uuid PRIMARY KEY, times int NOT NULL)`,
      );
    },
    apply: async (event, tx) => {
      if (!event.streamId.startsWith(`${label}-`)) return;
      if (failOn.has(event.eventId)) throw new Error(`projection bug on ${event.eventId}`);
      await tx.query(
        `INSERT INTO ${totals} (stream_id, total) VALUES ($1, $2)
         ON CONFLICT (stream_id) DO UPDATE SET total = ${totals}.total + excluded.total`,
        [event.streamId, (event.data as { by: number }).by],
      );
      await tx.query(
        `INSERT INTO ${applications} (event_id, times) VALUES ($1, 1)
         ON CONFLICT (event_id) DO UPDATE SET times = ${applications}.times + 1`,
        [event.eventId],
      );
    },
    reset: async (tx) => {
      await tx.query(`DELETE FROM ${totals}`);
      await tx.query(`DELETE FROM ${applications}`);
    },
  };
};

const readModel = async (db: SqlDatabase, projection: CounterTotals) => ({
  totals: (await db.query(`SELECT stream_id, total FROM ${projection.totals} ORDER BY stream_id`)).rows,
  applications: (
    await db.query<{ event_id: string; times: number }>(
      `SELECT event_id, times FROM ${projection.applications} ORDER BY event_id`,
    )
  ).rows,
});

const checkpointOf = async (db: SqlDatabase, projection: Projection): Promise<string | null | undefined> => {
  const { rows } = await db.query<{ cursor: string | null }>(
    'SELECT cursor FROM es_checkpoints WHERE name = $1',
    [`projection:${projection.name}`],
  );
  return rows[0]?.cursor;
};

interface IndexedCounterTotals extends CounterTotals {
  readonly tables: readonly string[];
  /** The indexes on its tables the first event applied since `watch()` found there (null before one). */
  readonly indexesSeen: () => readonly string[] | null;
  readonly watch: () => void;
}

/**
 * The counter read model with secondary indexes of every kind a read model uses (plain, several columns,
 * partial, on an expression with a collation, GIN), a unique index beside its primary keys, and `tables`
 * declared: what a rebuild drops and builds again. Its apply notes which indexes it writes through.
 */
const indexedCounterTotals = (label: string): IndexedCounterTotals => {
  const base = counterTotals(label);
  const { totals, applications } = base;
  const tables = [totals, applications];
  let seen: readonly string[] | null = null;
  return {
    ...base,
    tables,
    indexesSeen: () => seen,
    watch: () => {
      seen = null;
    },
    setup: async (db) => {
      await base.setup(db);
      await db.query(`CREATE INDEX IF NOT EXISTS ${totals}_total ON ${totals} (total, stream_id)`);
      await db.query(`CREATE INDEX IF NOT EXISTS ${totals}_big ON ${totals} (stream_id) WHERE total > 20`);
      await db.query(
        `CREATE INDEX IF NOT EXISTS ${totals}_lower ON ${totals} ((lower(stream_id) COLLATE "C") DESC)`,
      );
      await db.query(
        `CREATE INDEX IF NOT EXISTS ${applications}_event_grams ON ${applications} USING gin ((ARRAY[left(event_id::text, 8)]))`,
      );
      await db.query(
        `CREATE UNIQUE INDEX IF NOT EXISTS ${applications}_event_times ON ${applications} (event_id, times)`,
      );
    },
    apply: async (event, tx) => {
      if (seen === null && event.streamId.startsWith(`${label}-`)) {
        const { rows } = await tx.query<{ indexname: string }>(
          'SELECT indexname FROM pg_indexes WHERE tablename = ANY($1::text[]) ORDER BY indexname',
          [tables],
        );
        seen = rows.map((row) => row.indexname);
      }
      await base.apply(event, tx);
    },
  };
};

/** Every index on the tables, as the catalog would make it again. */
const indexDefinitions = async (db: SqlDatabase, tables: readonly string[]): Promise<string[]> => {
  const { rows } = await db.query<{ definition: string }>(
    `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
     WHERE indrelid IN (SELECT to_regclass(t) FROM unnest($1::text[]) AS t) ORDER BY 1`,
    [tables],
  );
  return rows.map((row) => row.definition);
};

/** An event no counter projection wants. */
const renamed = (): NewEvent => ({ ...increment(0), eventId: uuids.next(), type: 'CounterRenamed' });

const appendAll = async (store: EventStore, streamId: string, events: readonly NewEvent[]): Promise<void> => {
  await store.appendToStream(streamId, events, { expectedRevision: 'any' });
};

/** What a counter read model must hold: each event once, and the totals per stream. */
interface Expected {
  readonly eventIds: string[];
  readonly totals: Map<string, number>;
}

/** Appends `count` increments over the label's four streams (with an event no one wants after every 50). */
const appendMany = async (
  store: EventStore,
  label: string,
  count: number,
  expected: Expected,
): Promise<void> => {
  for (let chunk = 0; chunk * 50 < count; chunk++) {
    const streamId = `${label}-${chunk % 4}`;
    const events = Array.from({ length: Math.min(50, count - chunk * 50) }, (_, i) => increment(i + 1));
    await appendAll(store, streamId, [...events, renamed()]);
    for (const event of events) {
      expected.eventIds.push(event.eventId);
      expected.totals.set(streamId, (expected.totals.get(streamId) ?? 0) + (event.data as { by: number }).by);
    }
  }
};

/**
 * Catches the runner up until its read model holds as many events as expected. Events another connection
 * appended can stay unreadable for a moment after their commit (an older transaction elsewhere in the cluster,
 * e.g. another test file's, holds the log's horizon back), and catchUp only waits for this store's appends.
 */
const caughtUpWith = async (
  runner: ProjectionRunner,
  db: SqlDatabase,
  projection: CounterTotals,
  expected: Expected,
): Promise<void> => {
  await eventually(
    async () => {
      await runner.catchUp();
      const model = await readModel(db, projection);
      return model.applications.length >= expected.eventIds.length ? true : undefined;
    },
    60_000,
    () => `${projection.name} to hold ${expected.eventIds.length} events`,
  );
};

/** No event applied twice, none missing, and the totals they add up to. */
const expectEachEventOnce = async (db: SqlDatabase, projection: CounterTotals, expected: Expected) => {
  const model = await readModel(db, projection);
  expect(model.applications.filter((row) => row.times !== 1)).toEqual([]);
  expect(model.applications.map((row) => row.event_id).sort()).toEqual([...expected.eventIds].sort());
  expect(model.totals).toEqual(
    [...expected.totals]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stream_id, total]) => ({ stream_id, total })),
  );
};

/**
 * The store with its `call`-th `readAll` held after it has read, until `release()`: a shared rebuild stopped
 * between reading a window and handing it to its runners, for as long as a test needs.
 */
const heldAtRead = (inner: EventStore, call: number) => {
  let calls = 0;
  let reached = (): void => undefined;
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const store: EventStore = Object.create(inner, {
    readAll: {
      value: async (options: Parameters<EventStore['readAll']>[0]) => {
        const events = await inner.readAll(options);
        if (++calls === call) {
          reached();
          await released;
        }
        return events;
      },
    },
  });
  return { store, held, release: () => release() };
};

describeEachBackend('ProjectionRunner with PostgresCheckpointStore', (database) => {
  let store: PostgresEventStore;
  const runnerFor = (projection: Projection, options: { db?: SqlDatabase; store?: EventStore } = {}) =>
    new ProjectionRunner({
      projection,
      store: options.store ?? store,
      db: options.db ?? database().db,
      checkpoints,
      batchSize: 7,
      pollIntervalMs: 5,
    });

  /**
   * Waits until every event appended here so far is readable: another connection's open transaction (another
   * test file's) can hold the log's horizon back a moment, and a shared read would then end early, before the
   * window a test holds. A runner's catch-up waits for exactly that.
   */
  const allReadable = async (label: string): Promise<void> => {
    const probe = runnerFor(counterTotals(label));
    await probe.setup();
    await probe.catchUp();
  };

  beforeAll(async () => {
    await migrateEventStore(database().db);
    store = new PostgresEventStore(database().db);
  });

  it('commits read model and checkpoint together: a failing batch moves neither, the fixed one applies each event once', async () => {
    const { db } = database();
    const projection = counterTotals('atomic');
    const runner = new ProjectionRunner({ projection, store, db, checkpoints, batchSize: 500 });
    await runner.setup();
    const events = [1, 2, 3, 4, 5].map(increment);
    await appendAll(store, 'atomic-a', events);
    projection.failOn.add((events[2] as NewEvent).eventId);

    await expect(runner.catchUp()).rejects.toThrow(/projection bug/);
    expect(await readModel(db, projection)).toEqual({ totals: [], applications: [] });
    expect(await checkpointOf(db, projection)).toBeNull();

    projection.failOn.clear();
    await runner.catchUp();
    await appendAll(store, 'atomic-a', [increment(10)]);
    await runner.catchUp();
    expect(await runner.catchUp()).toBe(0);

    const model = await readModel(db, projection);
    expect(model.totals).toEqual([{ stream_id: 'atomic-a', total: 25 }]);
    expect(model.applications).toHaveLength(6);
    expect(model.applications.every((row) => row.times === 1)).toBe(true);
    expect(await checkpointOf(db, projection)).toMatch(/^\d+:\d+$/);
  });

  it('rebuilds the same read model from position 0', async () => {
    const { db } = database();
    const projection = counterTotals('rebuild');
    const runner = runnerFor(projection);
    await runner.setup();
    for (let i = 0; i < 4; i++) await appendAll(store, `rebuild-${i % 2}`, [increment(i + 1), increment(10)]);
    await runner.catchUp();
    const before = await readModel(db, projection);
    expect(before.totals).toEqual([
      { stream_id: 'rebuild-0', total: 24 },
      { stream_id: 'rebuild-1', total: 26 },
    ]);

    await runner.rebuild();

    expect(await readModel(db, projection)).toEqual(before);
  });

  it('rebuilds several read models from one read of the log, each as its own rebuild would; one failing stops only itself', async () => {
    const { db } = database();
    const projections = ['together_a', 'together_b', 'together_bad'].map(counterTotals);
    const [first, second, bad] = projections as [CounterTotals, CounterTotals, CounterTotals];
    let reads = 0;
    const counting: EventStore = Object.create(store, {
      readAll: {
        value: (options: Parameters<EventStore['readAll']>[0]) => (reads++, store.readAll(options)),
      },
    });
    const runners = projections.map((projection) => runnerFor(projection, { store: counting }));
    for (const runner of runners) await runner.setup();
    for (let i = 0; i < 6; i++) {
      await appendAll(store, `together_a-${i % 2}`, [increment(i + 1), renamed()]);
      await appendAll(store, `together_b-${i % 3}`, [increment(10 * i)]);
    }
    const badEvent = increment(5);
    await appendAll(store, 'together_bad-0', [increment(1), badEvent, increment(2)]);
    for (const runner of runners) await runner.catchUp();
    const before = await Promise.all([first, second].map((projection) => readModel(db, projection)));
    const logLength = (await store.readAll()).length;
    bad.failOn.add(badEvent.eventId);
    reads = 0;

    const rebuilt = await Promise.allSettled(ProjectionRunner.rebuildTogether(runners, { window: 5 }));

    expect(rebuilt.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(await Promise.all([first, second].map((projection) => readModel(db, projection)))).toEqual(before);
    // The log read once in windows of 5 (and once more to find its end); each runner's own catch-up afterwards
    // reads by type, not through readAll.
    expect(reads).toBe(Math.ceil(logLength / 5) + 1);
    const badModel = await readModel(db, bad);
    expect(badModel.totals).toEqual([]);
    bad.failOn.clear();
    await (runners[2] as ProjectionRunner).catchUp();
    expect((await readModel(db, bad)).totals).toEqual([{ stream_id: 'together_bad-0', total: 8 }]);
  });

  it('reads each window of a rebuild in statements of at most its page, and rebuilds the same read models', async () => {
    const { db } = database();
    const projections = ['paged_a', 'paged_b'].map(counterTotals);
    const limits: (number | undefined)[] = [];
    const counting: EventStore = Object.create(store, {
      readAll: {
        value: (options: Parameters<EventStore['readAll']>[0]) => {
          limits.push(options?.limit);
          return store.readAll(options);
        },
      },
    });
    const runners = projections.map((projection) => runnerFor(projection, { store: counting }));
    for (const runner of runners) await runner.setup();
    for (let i = 0; i < 7; i++) {
      await appendAll(store, `paged_a-${i % 2}`, [increment(i + 1), renamed()]);
      await appendAll(store, `paged_b-${i % 3}`, [increment(10 * i)]);
    }
    for (const runner of runners) await runner.catchUp();
    const before = await Promise.all(projections.map((projection) => readModel(db, projection)));
    const logLength = (await store.readAll()).length;
    limits.length = 0;

    await Promise.all(ProjectionRunner.rebuildTogether(runners, { window: 5, page: 2 }));

    expect(await Promise.all(projections.map((projection) => readModel(db, projection)))).toEqual(before);
    // Each window of 5 as 2 + 2 + 1, and at the end one more statement to find it.
    expect(limits.slice(0, 3)).toEqual([2, 2, 1]);
    expect(limits.every((limit) => limit !== undefined && limit <= 2)).toBe(true);
    expect(limits.length).toBeGreaterThan(logLength / 2);
  });

  it('passes over the windows of a rebuild with nothing it wants without a checkpoint each, and saves where it stands at the end', async () => {
    const { db } = database();
    const quiet: CounterTotals = { ...counterTotals('passover_quiet'), eventTypes: ['QuietCounted'] };
    let saves = 0;
    const counting: CheckpointStore = {
      setup: (tx) => checkpoints.setup(tx),
      loadForUpdate: (tx, name) => checkpoints.loadForUpdate(tx, name),
      save: (tx, name, cursor) => {
        saves++;
        return checkpoints.save(tx, name, cursor);
      },
    };
    const runner = new ProjectionRunner({
      projection: quiet,
      store,
      db,
      checkpoints: counting,
      batchSize: 7,
    });
    await runner.setup();
    await appendAll(store, 'passover_quiet-0', [{ ...increment(3), type: 'QuietCounted' }]);
    for (let i = 0; i < 8; i++) await appendAll(store, `passover_loud-${i}`, [1, 2, 3, 4, 5].map(increment));
    await allReadable('passover');
    const log = await store.readAll();
    const end = (log[log.length - 1] as { cursor: string }).cursor.split(':').map(BigInt);
    saves = 0;

    await Promise.all(ProjectionRunner.rebuildTogether([runner], { window: 5 }));

    expect((await readModel(db, quiet)).totals).toEqual([{ stream_id: 'passover_quiet-0', total: 3 }]);
    // The reset's, the window with its one event's, and the end's: not one per window of 5 it passed over.
    expect(saves).toBeLessThanOrEqual(3);
    expect(Math.ceil(log.length / 5)).toBeGreaterThan(8);
    const saved = ((await checkpointOf(db, quiet)) ?? '').split(':').map(BigInt);
    const [savedTx = 0n, savedPosition = 0n] = saved;
    const [endTx = 0n, endPosition = 0n] = end;
    expect(savedTx > endTx || (savedTx === endTx && savedPosition >= endPosition)).toBe(true);
  });

  it('rebuilds without the secondary indexes of its tables and builds them again: the same definitions, the same rows as its catch-up', async () => {
    const { db } = database();
    const projection = indexedCounterTotals('indexed');
    const expected: Expected = { eventIds: [], totals: new Map() };
    const runner = runnerFor(projection);
    await runner.setup();
    await appendMany(store, 'indexed', 300, expected);
    await caughtUpWith(runner, db, projection, expected);
    const caughtUp = await readModel(db, projection);
    const indexes = await indexDefinitions(db, projection.tables);
    expect(indexes).toHaveLength(7);
    projection.watch();

    await runner.rebuild();

    // While it rebuilt, only the primary keys and the unique index were there to keep up to date.
    expect(projection.indexesSeen()).toEqual([
      'rm_applications_indexed_event_times',
      'rm_applications_indexed_pkey',
      'rm_totals_indexed_pkey',
    ]);
    expect(await indexDefinitions(db, projection.tables)).toEqual(indexes);
    expect(await readModel(db, projection)).toEqual(caughtUp);
    await expectEachEventOnce(db, projection, expected);
  });

  it('builds the secondary indexes again when a rebuild fails, alone or beside others that succeed', async () => {
    const { db } = database();
    const labels = ['indexed_bad', 'indexed_good'];
    const projections = labels.map(indexedCounterTotals);
    const [bad, good] = projections as [IndexedCounterTotals, IndexedCounterTotals];
    const expected: Expected[] = labels.map(() => ({ eventIds: [], totals: new Map() }));
    const runners = projections.map((projection) => runnerFor(projection));
    const [badRunner, goodRunner] = runners as [ProjectionRunner, ProjectionRunner];
    for (const runner of runners) await runner.setup();
    for (const [index, label] of labels.entries()) {
      await appendMany(store, label, 150, expected[index] as Expected);
    }
    await caughtUpWith(badRunner, db, bad, expected[0] as Expected);
    await caughtUpWith(goodRunner, db, good, expected[1] as Expected);
    const caughtUp = await readModel(db, good);
    const indexes = await Promise.all(
      projections.map((projection) => indexDefinitions(db, projection.tables)),
    );
    bad.failOn.add((expected[0] as Expected).eventIds[120] as string);
    bad.watch();

    await expect(badRunner.rebuild()).rejects.toThrow(/projection bug/);

    expect(bad.indexesSeen()).toHaveLength(3);
    expect(await indexDefinitions(db, bad.tables)).toEqual(indexes[0]);
    for (const projection of projections) projection.watch();

    const rebuilt = await Promise.allSettled(ProjectionRunner.rebuildTogether(runners, { window: 40 }));

    expect(rebuilt.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect(projections.map((projection) => projection.indexesSeen()?.length)).toEqual([3, 3]);
    expect(
      await Promise.all(projections.map((projection) => indexDefinitions(db, projection.tables))),
    ).toEqual(indexes);
    expect(await readModel(db, good)).toEqual(caughtUp);
    await expectEachEventOnce(db, good, expected[1] as Expected);
  });

  it('passes over events it has no use for without saving, and saves its place with the next batch it applies', async () => {
    const { db } = database();
    const projection = counterTotals('unwanted');
    const runner = runnerFor(projection);
    await runner.setup();
    await runner.catchUp(); // past the other tests' events
    const before = await checkpointOf(db, projection);
    await appendAll(store, 'unwanted-a', [renamed(), renamed(), renamed()]);

    expect(await runner.catchUp()).toBe(3);
    expect(await checkpointOf(db, projection)).toBe(before);

    await appendAll(store, 'unwanted-a', [increment(4)]);
    expect(await runner.catchUp()).toBe(1);
    const model = await readModel(db, projection);
    expect(model.totals).toEqual([{ stream_id: 'unwanted-a', total: 4 }]);
    expect(model.applications).toHaveLength(1);
    const [last] = (await store.readStream('unwanted-a')).slice(-1);
    expect(await checkpointOf(db, projection)).toBe(last?.cursor);
  });

  it('saves its place once a full batch has been passed over, so a restart re-reads little', async () => {
    const { db } = database();
    const projection = counterTotals('unwanted_batch');
    const runner = runnerFor(projection);
    await runner.setup();
    await runner.catchUp(); // past the other tests' events
    const before = await checkpointOf(db, projection);
    await appendAll(store, 'unwanted_batch-a', Array.from({ length: 9 }, renamed));

    await runner.catchUp();

    expect(await checkpointOf(db, projection)).not.toBe(before);
  });

  it('re-reads from the checkpoint when another runner moved it while this one passed over events', async () => {
    const { db } = database();
    const projection = counterTotals('passed_race');
    const first = runnerFor(projection);
    const second = runnerFor(projection);
    await first.setup();
    await first.catchUp(); // past the other tests' events
    await second.catchUp();
    await appendAll(store, 'passed_race-a', [renamed(), renamed()]);
    await first.catchUp();
    await appendAll(store, 'passed_race-a', [increment(1)]);
    await second.catchUp();
    await appendAll(store, 'passed_race-a', [increment(2)]);

    await first.catchUp();

    const model = await readModel(db, projection);
    expect(model.totals).toEqual([{ stream_id: 'passed_race-a', total: 3 }]);
    expect(model.applications.map((row) => row.times)).toEqual([1, 1]);
  });

  it('keeps a shared rebuild exactly-once when another process moves a checkpoint between the shared read and the apply', async () => {
    const { db } = database();
    const labels = ['shared_race_a', 'shared_race_b', 'shared_race_c'];
    const projections = labels.map(counterTotals);
    const expected: Expected[] = labels.map(() => ({ eventIds: [], totals: new Map() }));
    // The other process: its own connection, store and projection objects (same names, same tables).
    const otherDb = await database().connectAgain();
    const otherStore = new PostgresEventStore(otherDb);
    const otherFirst = runnerFor(counterTotals('shared_race_a'), { db: otherDb, store: otherStore });
    const otherThird = runnerFor(counterTotals('shared_race_c'), { db: otherDb, store: otherStore });
    for (const [index, label] of labels.entries()) {
      await appendMany(store, label, 1_000, expected[index] as Expected);
    }
    // The rebuild's 12th window (windows of 50) is read, then held until the other process has moved on.
    await allReadable(`${labels[0]}_readable`);
    const hold = heldAtRead(store, 12);
    const runners = projections.map((projection) => runnerFor(projection, { store: hold.store }));
    for (const runner of runners) await runner.setup();

    // One read model's runner in the other process follows the log throughout, as a replica would.
    otherThird.start();
    const rebuilt = ProjectionRunner.rebuildTogether(runners, { window: 50, readAhead: 2 });
    let otherApplied = 0;
    try {
      await hold.held;
      // The 12th window is read but not yet handed to the runners, who stand at or before where it starts. Now
      // the other process takes the first read model to the end of the log, past that window, and more events
      // come in after: the first runner must drop the window (its checkpoint moved) and catch up on its own.
      otherApplied = await otherFirst.catchUp();
      for (const [index, label] of labels.entries()) {
        await appendMany(otherStore, label, 120, expected[index] as Expected);
      }
      hold.release();
      const results = await Promise.allSettled(rebuilt);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      await otherThird.catchUp();
    } finally {
      hold.release();
      await otherThird.stop();
    }

    expect(otherApplied).toBeGreaterThan(0);
    for (const [index, projection] of projections.entries()) {
      await caughtUpWith(runners[index] as ProjectionRunner, db, projection, expected[index] as Expected);
      await expectEachEventOnce(db, projection, expected[index] as Expected);
    }
    for (const runner of [...runners, otherFirst, otherThird]) expect(runner.status().lastError).toBeNull();
  });

  it('drops the shared windows behind a runner that caught up on its own after another process moved its checkpoint', async () => {
    const { db } = database();
    const labels = ['shared_ahead_a', 'shared_ahead_b'];
    const projections = labels.map(counterTotals);
    const expected: Expected[] = labels.map(() => ({ eventIds: [], totals: new Map() }));
    const otherDb = await database().connectAgain();
    const otherStore = new PostgresEventStore(otherDb);
    const otherFirst = runnerFor(counterTotals('shared_ahead_a'), { db: otherDb, store: otherStore });
    for (const [index, label] of labels.entries()) {
      await appendMany(store, label, 1_000, expected[index] as Expected);
    }
    await allReadable(`${labels[0]}_readable`);
    const hold = heldAtRead(store, 12);
    const runners = projections.map((projection) => runnerFor(projection, { store: hold.store }));
    const [first] = runners as [ProjectionRunner, ProjectionRunner];
    for (const runner of runners) await runner.setup();

    const rebuilt = ProjectionRunner.rebuildTogether(runners, { window: 50, readAhead: 2 });
    let ownApplied = 0;
    try {
      await hold.held;
      // The other process takes the first read model to the end of the log; more events come in; then the
      // rebuilding runner's own catch-up (a poll in this process) loses the race once, re-reads its checkpoint
      // and applies the new events itself: its checkpoint is its own again, but ahead of the shared read.
      await otherFirst.catchUp();
      await appendMany(otherStore, 'shared_ahead_a', 120, expected[0] as Expected);
      // (until the other process's events are readable: another test's transaction may hold them back a moment)
      ownApplied = await eventually(async () => {
        const applied = await first.catchUp();
        return applied > 0 ? applied : undefined;
      }, 60_000);
      hold.release();
      const results = await Promise.allSettled(rebuilt);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    } finally {
      hold.release();
    }

    expect(ownApplied).toBeGreaterThan(0);
    for (const [index, projection] of projections.entries()) {
      await caughtUpWith(runners[index] as ProjectionRunner, db, projection, expected[index] as Expected);
      await expectEachEventOnce(db, projection, expected[index] as Expected);
    }
    for (const runner of [...runners, otherFirst]) expect(runner.status().lastError).toBeNull();
  });

  it('never applies an event twice when two runners of one projection race', async () => {
    const { db } = database();
    const projection = counterTotals('race');
    const first = runnerFor(projection);
    const secondDb = await database().connectAgain();
    const second = runnerFor(projection, { db: secondDb, store: new PostgresEventStore(secondDb) });
    await first.setup();
    first.start();
    second.start();
    try {
      const streams = ['race-0', 'race-1', 'race-2', 'race-3'];
      await Promise.all(
        streams.map(async (streamId) => {
          for (let i = 0; i < 10; i++) await appendAll(store, streamId, [increment(1), increment(2)]);
        }),
      );
      const deadline = Date.now() + 30_000;
      while ((await readModel(db, projection)).applications.length < 80 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }

    const model = await readModel(db, projection);
    expect(model.applications).toHaveLength(80);
    expect(model.applications.filter((row) => row.times !== 1)).toEqual([]);
    expect(model.totals).toEqual(
      ['race-0', 'race-1', 'race-2', 'race-3'].map((s) => ({ stream_id: s, total: 30 })),
    );
    expect(first.status().lastError).toBeNull();
    expect(second.status().lastError).toBeNull();
    expect(first.status().eventsApplied + second.status().eventsApplied).toBeGreaterThanOrEqual(80);
  });
});

describeEachBackend(
  'ProjectionRunner.catchUp while another transaction holds the log horizon back',
  (database) => {
    it('waits until the event appended here is readable, instead of returning without it', async () => {
      const { db } = database();
      await migrateEventStore(db);
      const store = new PostgresEventStore(db);
      const projection = counterTotals('horizon');
      const runner = new ProjectionRunner({ projection, store, db, checkpoints, batchSize: 500 });
      await runner.setup();

      // Another connection opens a transaction with an id (as any writer elsewhere in the cluster does):
      // events committed after it started stay unreadable until it ends.
      const other = await database().connectAgain();
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding = (): void => undefined;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const blocker = other.transaction(async (tx) => {
        await tx.query('SELECT pg_current_xact_id()');
        holding();
        await released;
      });
      await held;
      await appendAll(store, 'horizon-a', [increment(7)]);

      let settled = false;
      const catchingUp = runner.catchUp().then((applied) => {
        settled = true;
        return applied;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      release();
      await blocker;

      expect(await catchingUp).toBe(1);
      expect((await readModel(db, projection)).totals).toEqual([{ stream_id: 'horizon-a', total: 7 }]);
    });
  },
  postgresOnly(),
);
