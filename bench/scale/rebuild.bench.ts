/**
 * bench:rebuild — every read model of the one-process platform rebuilt from the scale log (issue 17 item 3):
 * `ProjectionRunner.rebuildTogether()` of the projections the contexts register (each read model emptied and
 * its checkpoint rewound, then the log read once, window by window, for all of them, each applying a window's
 * events it wants as one batch with its checkpoint in a transaction of its own), against
 * a raw sequential keyset read of the same log (`es_events` in the followers' order, 500 rows a statement,
 * the same columns, JSON parsed by the driver) in the same run. Target: rebuild ≥ 25 % of raw events/s.
 *
 * The log is bench:scale:generate's (bench/scale/scale-data.ts: BENCH_ENTERPRISES, BENCH_REQUESTS, reused
 * when present). The app is started on it as a standby (this process holds the platform's followers and
 * schedulers leases), so its own followers stay idle while the runners here rebuild. The embedded bus's
 * consumers keep their tables through an inbox, not a rebuildable projection, and are not part of it.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import {
  type CheckpointStore,
  type EventStore,
  ProjectionRunner,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  CHECKPOINT_STORE,
  ContextRegistry,
  EVENT_STORE,
  leaseName,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import pg from 'pg';
import { writeResultsSection } from '../results-file';
import { loadLine, machineLine } from '../store/report';
import { scaleDatabase, scaleDatabaseName, scaleParameters } from './scale-data';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET = 0.25;
const BATCH = 500;
/** Events the rebuild reads from the log at once for every read model. */
const WINDOW = Number(process.env['BENCH_REBUILD_WINDOW'] ?? 10_000);
/** Events one read statement of the rebuild takes (`RebuildTogetherOptions.page`). */
const PAGE = Number(process.env['BENCH_REBUILD_PAGE'] ?? 2_000);

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The log read raw: keyset pages in the followers' order, every column the store reads, nothing else done. */
const rawRead = async (pool: pg.Pool): Promise<number> => {
  let transactionId = '0';
  let position = '0';
  let events = 0;
  for (;;) {
    const { rows } = await pool.query<{ transaction_text: string; position_text: string }>(
      `SELECT global_position::text AS position_text, transaction_id::text AS transaction_text,
              stream_revision::text AS revision_text, event_id::text AS event_id, stream_id, event_type,
              schema_version, data, metadata, recorded_at
       FROM es_events
       WHERE transaction_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))
         AND (transaction_id, global_position) > ($1::xid8, $2::bigint)
       ORDER BY transaction_id, global_position LIMIT $3`,
      [transactionId, position, BATCH],
    );
    if (rows.length === 0) return events;
    events += rows.length;
    const last = rows[rows.length - 1] as { transaction_text: string; position_text: string };
    transactionId = last.transaction_text;
    position = last.position_text;
  }
};

/** CPU seconds the whole machine has spent busy so far (/proc/stat: user, nice, system, irq, softirq, steal). */
const machineBusySeconds = (): number => {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/u)
    .slice(1)
    .map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) / 100;
};

/** Holds the platform's leases on a connection of its own, so the app started here stands by. */
const holdLeases = async (url: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const role of ['followers', 'schedulers'] as const) {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [leaseName('platform', role)],
    );
    if (rows[0]?.locked !== true) throw new Error(`another process holds ${leaseName('platform', role)}`);
  }
  return client;
};

const main = async (): Promise<void> => {
  const started = Date.now();
  const loadBefore = loadLine();
  const parameters = scaleParameters();
  const log = await scaleDatabase(SERVER, parameters);
  const leases = await holdLeases(log.url);
  const app = await createEmbeddedApp(
    loadEmbeddedConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: log.url,
      DEMO_DATA: 'false',
      APPEALS_DEFAULT_OWNER_UNIT_ID: 'dept-development-reform',
      LOG_LEVEL: 'warn',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    }),
  );
  await app.init();
  const raw = new pg.Pool({ connectionString: log.url, max: 2 });
  /** Every read model's rebuild; when one fails, the others are let finish before the app closes. */
  let rebuilds: Promise<void>[] = [];
  try {
    const projections = app.get(ContextRegistry).projections;
    const store = app.get<EventStore>(EVENT_STORE);
    const db = app.get<SqlDatabase>(SQL_DATABASE);
    const checkpoints = app.get<CheckpointStore>(CHECKPOINT_STORE);
    const { rows } = await raw.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    const events = Number(rows[0]?.n);

    process.stdout.write(`Raw sequential read of ${fmt(events)} events…\n`);
    let start = performance.now();
    const rawEvents = await rawRead(raw);
    const rawSeconds = (performance.now() - start) / 1000;
    if (rawEvents !== events) throw new Error(`raw read ${rawEvents} of ${events} events`);

    process.stdout.write(`Rebuilding ${projections.length} read models…\n`);
    const runners = projections.map(
      (projection) => new ProjectionRunner({ projection, store, db, checkpoints, batchSize: BATCH }),
    );
    for (const runner of runners) await runner.setup();
    const perModel: { name: string; seconds: number }[] = [];
    const nodeBefore = process.cpuUsage();
    const busyBefore = machineBusySeconds();
    start = performance.now();
    rebuilds = ProjectionRunner.rebuildTogether(runners, { window: WINDOW, page: PAGE }).map(
      async (rebuilt, index) => {
        const runner = runners[index] as ProjectionRunner;
        const own = start;
        await rebuilt;
        perModel.push({ name: runner.name, seconds: (performance.now() - own) / 1000 });
        process.stdout.write(`  ${runner.name}: ${((performance.now() - own) / 1000).toFixed(1)} s\n`);
      },
    );
    await Promise.all(rebuilds);
    const rebuildSeconds = (performance.now() - start) / 1000;
    const nodeUsage = process.cpuUsage(nodeBefore);
    const nodeCpu = (nodeUsage.user + nodeUsage.system) / 1e6;
    const busyCpu = machineBusySeconds() - busyBefore;
    const rawRate = events / rawSeconds;
    const rebuildRate = events / rebuildSeconds;
    const ratio = rebuildRate / rawRate;
    const slowest = [...perModel].sort((a, b) => b.seconds - a.seconds).slice(0, 5);

    const runText = [
      `### Run ${new Date().toISOString().replace(/\.\d+Z$/u, 'Z')}`,
      '',
      `- Machine: ${machineLine()}`,
      `- Log: \`${scaleDatabaseName(parameters)}\`, ${fmt(events)} events (${fmt(parameters.enterprises)} enterprises, ${fmt(parameters.requests)} requests; ${log.fresh ? `generated in this run in ${Math.round(log.seconds)} s, ${fmt(log.events / log.seconds)} events/s` : `generated ${log.generatedAt}`})`,
      `- Windows of ${fmt(WINDOW)} events, read in statements of ${fmt(PAGE)} (BENCH_REBUILD_WINDOW, BENCH_REBUILD_PAGE)`,
      `- Command: \`BENCH_ENTERPRISES=${parameters.enterprises} BENCH_REQUESTS=${parameters.requests} npm run bench:rebuild\`; run took ${Math.round((Date.now() - started) / 1000)} s, load average ${loadBefore} before, ${loadLine()} after`,
      '',
      '| read | events | seconds | events/s | rebuild/raw | target ≥ 25 % |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      `| raw sequential keyset read (500 a page) | ${fmt(events)} | ${rawSeconds.toFixed(1)} | ${fmt(rawRate)} | | |`,
      `| rebuild of all ${runners.length} read models at once | ${fmt(events)} | ${rebuildSeconds.toFixed(1)} | ${fmt(rebuildRate)} | ${(ratio * 100).toFixed(1)} % | ${ratio >= TARGET ? 'PASS' : 'FAIL'} |`,
      '',
      `Slowest read models (seconds until each was rebuilt): ${slowest.map((m) => `${m.name} ${m.seconds.toFixed(1)} s`).join(', ')}.`,
      '',
      `CPU during the rebuild: ${busyCpu.toFixed(1)} s busy on the machine's ${cpus().length} cores over ${rebuildSeconds.toFixed(1)} s, of which this Node process ${nodeCpu.toFixed(1)} s and the rest (PostgreSQL, mostly) ${(busyCpu - nodeCpu).toFixed(1)} s.`,
      '',
    ].join('\n');
    process.stdout.write(`${runText}\n`);
    writeResultsSection(
      resolve(__dirname, '../RESULTS.md'),
      '## Rebuilding the read models (`npm run bench:rebuild`)',
      [
        '',
        'Every projection the one-process platform registers (`ContextRegistry`), rebuilt together with',
        '`ProjectionRunner.rebuildTogether()` — each read model emptied and its checkpoint rewound in one',
        'transaction, then the log read once in windows of 10,000 (2,000 before 2026-12-07; read in statements of',
        '2,000 since 2026-12-07T10:20Z) for all of them, each',
        'read model applying a window’s events it wants as one batch, with its checkpoint, in a transaction of its',
        'own (before 2026-12-05T21:52Z: `rebuild()` of each runner at once, each reading the whole log itself in',
        'batches of 500) — on the log of `bench:scale:generate` (bench/scale/scale-data.ts); raw is a',
        'sequential keyset read of the same `es_events` rows in the followers’ order and columns, 500 a statement,',
        'in the same run. Events/s are the log’s events over the wall time. The embedded bus’s consumers',
        '(inbox-kept tables) are not rebuildable projections and are not included. Since 2026-12-06T01:34:33Z the',
        'read models that declare their tables (appeals-requests, appeals-performance-v3, liaison-directory) rebuild',
        'without their secondary indexes and build them again at their end (docs/architecture.md, "Projections").',
        '',
      ].join('\n'),
      runText,
    );
  } finally {
    await Promise.allSettled(rebuilds);
    // Each closed whatever the others do: an open lease connection would keep a failed run from exiting.
    await Promise.allSettled([raw.end(), app.close()]);
    await leases.end();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // A failed run exits at once: something of the app it stopped half-way (a pool, a timer) may stay open, and a
  // bench that hangs holds the machine's bench lock.
  process.exit(1);
});
