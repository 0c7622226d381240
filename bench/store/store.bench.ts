/**
 * Append throughput of the event-sourcing kernel (CommandHandler over PostgresEventStore) against the
 * fastest honest raw equivalent: the same rows INSERTed by plain SQL into the same es_events table.
 *
 *   npm run bench:store
 *
 * Environment (all optional):
 *   DATABASE_URL       PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres); the
 *                      benchmark creates bench_store_<pid> there and drops it afterwards.
 *   BENCH_STORES       comma list of pglite,postgres (default both).
 *   BENCH_SLICE_MS     length of one measured slice (default 750); BENCH_ROUNDS slices per mode and
 *                      cell (default 4), raw and kernel alternating.
 *   BENCH_RAW_FORM     unnest (default) or values: the statement raw batches use.
 *   BENCH_WRITE_RESULTS=0  print only, leave bench/RESULTS.md alone.
 */
import { writeResultsSection } from '../results-file';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  consoleTable,
  loadLine,
  machineLine,
  markdownTable,
  TARGET_RATIO,
  verdict,
  SECTION_HEADING,
  type CellResult,
} from './report';
import { openPgliteTarget, openPostgresTarget, type BenchTarget } from './targets';
import { COMMANDS_PER_STREAM, EVENT_DATA_BYTES } from './workload';
import {
  kernelWriter,
  newCommandHandler,
  perSecond,
  rawWriter,
  runInterleaved,
  type RawForm,
  type Throughput,
  type WriteStep,
} from './writers';

const ROOT = resolve(__dirname, '../..');
const RESULTS_PATH = join(ROOT, 'bench/RESULTS.md');

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
};

const DATABASE_URL = env('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STORES = (env('BENCH_STORES') ?? 'pglite,postgres').split(',').map((s) => s.trim().toLowerCase());
const SLICE_MS = Number(env('BENCH_SLICE_MS') ?? 750);
const ROUNDS = Number(env('BENCH_ROUNDS') ?? 4);
const WARMUP_MS = 750;
const RAW_FORM: RawForm = env('BENCH_RAW_FORM') === 'values' ? 'values' : 'unnest';
const WRITE_RESULTS = env('BENCH_WRITE_RESULTS') !== '0';

const WRITER_COUNTS = [1, 8] as const;
const BATCH_SIZES = [1, 100] as const;

const ZERO: Throughput = { events: 0, seconds: 0, cpuMs: 0 };

/** One cell: raw and kernel writers on their own streams, interleaved (see runInterleaved). */
const runCell = async (
  target: BenchTarget,
  cellIndex: number,
  writers: number,
  batch: number,
): Promise<CellResult> => {
  await target.checkpoint();
  const handler = newCommandHandler(target);
  const raw: WriteStep[] = [];
  const kernel: WriteStep[] = [];
  for (let w = 0; w < writers; w++) {
    raw.push(rawWriter(target, batch, `c${cellIndex}.raw.w${w}`, RAW_FORM));
    kernel.push(kernelWriter(handler, batch, `c${cellIndex}.kernel.w${w}`));
  }
  const [rawTotal = ZERO, kernelTotal = ZERO] = await runInterleaved([raw, kernel], {
    warmupMs: WARMUP_MS,
    rounds: ROUNDS,
    sliceMs: SLICE_MS,
  });
  return {
    store: target.name,
    writers,
    batch,
    rawPerSecond: perSecond(rawTotal),
    kernelPerSecond: perSecond(kernelTotal),
    rawEvents: rawTotal.events,
    kernelEvents: kernelTotal.events,
    note: target.connectionNote(writers),
  };
};

const openTarget = (store: string, pgliteVersion: string): Promise<BenchTarget> => {
  if (store === 'pglite') return openPgliteTarget(pgliteVersion);
  if (store === 'postgres') return openPostgresTarget(DATABASE_URL);
  throw new Error(`Unknown store "${store}" in BENCH_STORES (pglite, postgres)`);
};

const packageVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

const main = async (): Promise<void> => {
  const started = new Date();
  const machine = machineLine();
  const loadBefore = loadLine();
  const pgliteVersion = packageVersion('@electric-sql/pglite');
  console.log(`bench:store — ${machine}`);
  console.log(
    `${EVENT_DATA_BYTES} B events, ${COMMANDS_PER_STREAM} commands per stream, raw batches as ${RAW_FORM}, ` +
      `${WARMUP_MS} ms warm-up + ${ROUNDS} × ${SLICE_MS} ms per mode and cell, alternating\n`,
  );
  const cells: CellResult[] = [];
  const databases: string[] = [];
  const skipped: string[] = [];
  for (const store of STORES) {
    let target: BenchTarget;
    try {
      target = await openTarget(store, pgliteVersion);
    } catch (error) {
      // Still report the other store; the run fails at the end.
      console.error(`Cannot open ${store}:`, error);
      skipped.push(`${store} (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    databases.push(target.description);
    console.log(target.description);
    // Ctrl-C must not leave bench_store_<pid> or the temp data directory behind.
    const interrupted = (): void => {
      void target.close().finally(() => process.exit(130));
    };
    process.once('SIGINT', interrupted);
    try {
      for (const writers of WRITER_COUNTS) {
        for (const batch of BATCH_SIZES) {
          const cell = await runCell(target, cells.length, writers, batch);
          cells.push(cell);
          console.log(
            `  ${cell.store} writers=${writers} batch=${batch}: raw ${Math.round(cell.rawPerSecond)} ev/s ` +
              `(${cell.rawEvents} events), kernel ${Math.round(cell.kernelPerSecond)} ev/s ` +
              `(${cell.kernelEvents} events) ${verdict(cell)}`,
          );
        }
      }
    } finally {
      process.off('SIGINT', interrupted);
      await target.close();
    }
  }
  const seconds = (Date.now() - started.getTime()) / 1000;
  const load = `load average ${loadBefore} before, ${loadLine()} after`;
  console.log(`\n${consoleTable(cells)}\n`);
  const failed = cells.filter((cell) => verdict(cell) === 'FAIL').length;
  console.log(
    failed === 0
      ? `All ${cells.length} cells meet the target (kernel ≥ ${TARGET_RATIO * 100} % of raw).`
      : `${failed} of ${cells.length} cells miss the target (kernel ≥ ${TARGET_RATIO * 100} % of raw).`,
  );
  console.log(`Finished in ${seconds.toFixed(0)} s (${load}).`);
  if (skipped.length > 0) {
    console.error(`NOT MEASURED: ${skipped.join('; ')}`);
    process.exitCode = 1;
  }

  const run = [
    `### Run ${started.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `- Machine: ${machine}`,
    ...databases.map((d) => `- Database: ${d}`),
    ...skipped.map((s) => `- NOT MEASURED: ${s}`),
    `- ${WARMUP_MS} ms warm-up per mode, then ${ROUNDS} × ${SLICE_MS} ms per mode in alternating slices ` +
      `(raw, kernel, kernel, raw, …); raw batches as \`${RAW_FORM}\`; ` +
      `run took ${seconds.toFixed(0)} s, ${load}`,
    '',
    markdownTable(cells),
  ].join('\n');
  if (WRITE_RESULTS) {
    writeResultsSection(RESULTS_PATH, SECTION_HEADING, SECTION_INTRO, run);
    console.log(`Wrote ${RESULTS_PATH}`);
  } else {
    console.log(`\n${run}\n`);
  }
};

const SECTION_INTRO = `Events of ${EVENT_DATA_BYTES} B (JSON) appended through \`CommandHandler.handle\` (read stream, fold,
decide, guarded append into \`PostgresEventStore\`) and, in the same run and the same \`es_events\` table,
through raw SQL: the same rows (fresh UUIDv7, same data and metadata JSON, correct revisions tracked in
memory, \`transaction_id\`/\`recorded_at\` defaults, \`idempotency_key\` NULL) as one autocommitted
statement per batch (single-row \`VALUES\` for batch 1, \`unnest\` of parameter arrays for batch 100),
nothing read back. A command is \`RecordItems { count }\` producing \`count\` events; each writer sends
${COMMANDS_PER_STREAM} commands to a stream, then moves to a fresh one (raw writers follow the same pattern).
Target: kernel ≥ ${TARGET_RATIO * 100} % of raw at the same batch size and concurrency. PGlite is
single-connection: its 8 writers share that one connection. PGlite runs on a fresh temp data directory on
disk, PostgreSQL on a fresh database \`bench_store_<pid>\`.`;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
