/**
 * Diagnostics behind the analysis in bench/RESULTS.md (not part of `npm run bench:store`):
 *
 *   SWC_NODE_PROJECT=tools/tsconfig.runtime.json node -r @swc-node/register bench/store/breakdown.ts
 *
 * BENCH_STORES (pglite,postgres), BENCH_PARTS (phases,statements,grid), BENCH_SLICE_MS, BENCH_ROUNDS and
 * BENCH_PHASES_MS narrow or lengthen it.
 *
 * 1. Where a kernel command's time goes, per store, one writer, batch 1 and 100: every SQL statement the
 *    adapter sends (by statement), readStream and appendToStream around them (the rest is row mapping,
 *    JSON and upcasting in JS), and the whole CommandHandler.handle.
 * 2. Single append statements, 1 writer, no handler: a bare INSERT against the same INSERT with the
 *    revision guard (EXISTS or today's max()) and with RETURNING, and today's appendToStream.
 * 3. The benchmark grid again with the prototypes of the proposed changes (./prototype.ts) as extra
 *    modes, interleaved with raw and today's kernel: what each change would buy.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  CommandHandler,
  systemClock,
  UuidV7Generator,
  type AppendOptions,
  type EventStore,
  type NewEvent,
  type SqlDatabase,
  type SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import { PostgresEventStore } from '@qinqing/shared/event-store-postgres';
import { appendSql, CachingCommandHandler, columns, LeanAppendStore, oneRow, type Guard } from './prototype';
import { openPgliteTarget, openPostgresTarget, type BenchTarget } from './targets';
import {
  commandMetadata,
  EVENT_TYPE,
  eventMetadata,
  itemData,
  ledger,
  StreamCycle,
  type RecordItems,
} from './workload';
import {
  kernelWriter,
  newCommandHandler,
  perSecond,
  rawWriter,
  runInterleaved,
  type Throughput,
  type WriteStep,
} from './writers';

const DATABASE_URL = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const PHASES_MS = Number(process.env['BENCH_PHASES_MS'] || 3000);
const SLICE_MS = Number(process.env['BENCH_SLICE_MS'] || 750);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] || 4);
/** Which parts to run: phases, statements, grid (default all). */
const PARTS = (process.env['BENCH_PARTS'] || 'phases,statements,grid').split(',');

class Timings {
  private readonly totals = new Map<string, { ms: number; n: number }>();
  add(key: string, ms: number): void {
    const t = this.totals.get(key) ?? { ms: 0, n: 0 };
    t.ms += ms;
    t.n++;
    this.totals.set(key, t);
  }
  async time<T>(key: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(key, performance.now() - start);
    }
  }
  clear(): void {
    this.totals.clear();
  }
  report(commands: number): string {
    return [...this.totals.entries()]
      .map(
        ([k, t]) =>
          `    ${k.padEnd(34)} ${(t.ms / commands).toFixed(3).padStart(8)} ms/command  (${t.n} calls)`,
      )
      .join('\n');
  }
}

const statementName = (text: string): string => {
  const t = text.trim();
  if (t.startsWith('WITH head')) return 'sql APPEND (guarded INSERT…RETURNING)';
  if (t.includes('WHERE e.stream_id = $1 ORDER BY')) return 'sql READ_STREAM';
  if (t.includes('WHERE marked.idempotency_key = $1')) return 'sql FIND_BY_IDEMPOTENCY_KEY';
  return `sql ${t.slice(0, 30)}`;
};

const timedDb = (db: SqlDatabase, timings: Timings): SqlDatabase => ({
  dialect: db.dialect,
  query: (text, params) => timings.time(statementName(text), () => db.query(text, params)),
  transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => db.transaction(work),
  close: () => db.close(),
});

const timedStore = (store: EventStore, timings: Timings): EventStore => ({
  kind: store.kind,
  readStream: (streamId) => timings.time('store.readStream', () => store.readStream(streamId)),
  appendToStream: (streamId: string, events: readonly NewEvent[], options: AppendOptions) =>
    timings.time('store.appendToStream', () => store.appendToStream(streamId, events, options)),
  readAll: (options) => store.readAll(options),
  findByIdempotencyKey: (key) =>
    timings.time('store.findByIdempotencyKey', () => store.findByIdempotencyKey(key)),
  onAppended: (listener) => store.onAppended(listener),
  compareCursors: (a, b) => store.compareCursors(a, b),
  close: () => store.close(),
});

const phases = async (target: BenchTarget, batch: number, cell: number, withKey: boolean): Promise<void> => {
  const timings = new Timings();
  const store = new PostgresEventStore(timedDb(target.db, timings));
  const handler = new CommandHandler({
    store: timedStore(store, timings),
    clock: systemClock,
    ids: new UuidV7Generator(),
  });
  const cycle = new StreamCycle(`phases${cell}`);
  const command: RecordItems = { type: 'RecordItems', count: batch };
  // Warm-up first (JIT, PGlite's wasm), then measure.
  for (let i = 0; i < 20; i++)
    await handler.handle(ledger, `warm${cell}-${i % 2}`, command, commandMetadata());
  timings.clear();
  const stopAt = performance.now() + PHASES_MS;
  let commands = 0;
  let historyRows = 0;
  while (performance.now() < stopAt) {
    const { streamId } = cycle.next();
    const result = await timings.time('CommandHandler.handle', () =>
      handler.handle(
        ledger,
        streamId,
        command,
        withKey ? { ...commandMetadata(), idempotencyKey: randomUUID() } : commandMetadata(),
      ),
    );
    historyRows += result.nextExpectedRevision + 1 - batch;
    commands++;
  }
  console.log(
    `  ${target.name} batch=${batch}${withKey ? ' with idempotency keys' : ''}: ${commands} commands, ${(historyRows / commands).toFixed(0)} history events read per command`,
  );
  console.log(timings.report(commands));
};

const MODES = ['raw', 'kernel (today)', '+ state cache', '+ cache + lean append'] as const;

const grid = async (target: BenchTarget, writers: number, batch: number, cell: number): Promise<string> => {
  await target.checkpoint();
  const handler = newCommandHandler(target);
  const cached = new CachingCommandHandler(target.store);
  const lean = new CachingCommandHandler(new LeanAppendStore(target.db, target.store));
  const modes: WriteStep[][] = MODES.map(() => []);
  for (let w = 0; w < writers; w++) {
    modes[0]?.push(rawWriter(target, batch, `g${cell}.raw.w${w}`, 'unnest'));
    modes[1]?.push(kernelWriter(handler, batch, `g${cell}.kernel.w${w}`));
    modes[2]?.push(kernelWriter(cached, batch, `g${cell}.cache.w${w}`));
    modes[3]?.push(kernelWriter(lean, batch, `g${cell}.lean.w${w}`));
  }
  const totals = await runInterleaved(modes, { warmupMs: 750, rounds: ROUNDS, sliceMs: SLICE_MS });
  const raw = perSecond(totals[0] as Throughput);
  const cells = totals.map((t) => {
    const share = `${((perSecond(t) / raw) * 100).toFixed(0)} %`;
    const cpu = ((t.cpuMs * batch) / t.events).toFixed(2);
    return `${Math.round(perSecond(t))} (${share}, ${cpu} ms CPU)`;
  });
  return `| ${target.name} | ${writers} | ${batch} | ${cells.join(' | ')} |`;
};

type StatementForm = (streamId: string, head: number, events: readonly NewEvent[]) => Promise<unknown>;

/** Writes `batch` ledger events per call in one append of the given form, on its own stream walk. */
const statementWriter = (batch: number, prefix: string, form: StatementForm): WriteStep => {
  const cycle = new StreamCycle(prefix);
  const ids = new UuidV7Generator();
  return async () => {
    const { streamId, revision } = cycle.next();
    const metadata = eventMetadata(commandMetadata(), new Date());
    const events = Array.from({ length: batch }, (_, i): NewEvent => ({
      eventId: ids.next(),
      type: EVENT_TYPE,
      schemaVersion: 1,
      data: itemData(revision + 1 + i),
      metadata,
    }));
    await form(streamId, revision, events);
    cycle.appended(batch);
    return batch;
  };
};

/** Single append statements, no command handler: what the guard and RETURNING cost over a bare INSERT. */
const statements = async (target: BenchTarget, batch: number, cell: number): Promise<string[]> => {
  const sql =
    (guard: Guard, returning: boolean): StatementForm =>
    (streamId, head, events) =>
      target.db.query(appendSql(events.length === 1, guard, returning), [
        streamId,
        head,
        ...(events.length === 1 ? oneRow(events[0] as NewEvent) : columns(events)),
      ]);
  const forms: [string, StatementForm][] = [
    ['INSERT, no guard, no RETURNING (≈ raw)', sql('none', false)],
    ['INSERT, no guard, RETURNING generated', sql('none', true)],
    ['EXISTS guard, no RETURNING', sql('exists', false)],
    ['EXISTS guard, RETURNING generated (lean)', sql('exists', true)],
    ['max() guard, RETURNING generated', sql('max', true)],
    [
      'PostgresEventStore.appendToStream (today)',
      (streamId, head, events) =>
        target.store.appendToStream(streamId, events, { expectedRevision: head === -1 ? 'no_stream' : head }),
    ],
  ];
  const totals = await runInterleaved(
    forms.map(([, form], i) => [statementWriter(batch, `st${cell}.${i}`, form)]),
    { warmupMs: 500, rounds: ROUNDS, sliceMs: SLICE_MS / 2 },
  );
  return forms.map(([name], i) => {
    const t = totals[i] as Throughput;
    const ms = (t.seconds * 1000 * batch) / t.events;
    return `| ${target.name} | ${batch} | ${name} | ${ms.toFixed(3)} |`;
  });
};

const main = async (): Promise<void> => {
  const stores = (process.env['BENCH_STORES'] || 'pglite,postgres').split(',');
  const lines = [
    `| store | writers | batch | ${MODES.join(' | ')} |`,
    `|${' --- |'.repeat(3 + MODES.length)}`,
  ];
  const statementLines = ['| store | batch | statement | ms per append |', '| --- | --- | --- | ---: |'];
  let cell = 0;
  for (const name of stores) {
    const target = name === 'pglite' ? await openPgliteTarget('') : await openPostgresTarget(DATABASE_URL);
    try {
      if (PARTS.includes('phases')) {
        console.log(`${target.name}: phases of CommandHandler.handle, 1 writer`);
        for (const batch of [1, 100]) await phases(target, batch, cell++, false);
        await phases(target, 1, cell++, true);
      }
      if (PARTS.includes('statements')) {
        for (const batch of [1, 100]) statementLines.push(...(await statements(target, batch, cell++)));
        console.log(statementLines.slice(-12).join('\n'));
      }
      for (const writers of PARTS.includes('grid') ? [1, 8] : []) {
        for (const batch of [1, 100]) {
          const line = await grid(target, writers, batch, cell++);
          console.log(line);
          lines.push(line);
        }
      }
    } finally {
      await target.close();
    }
  }
  console.log(`\nOne append statement, 1 writer\n${statementLines.join('\n')}`);
  console.log(`\nevents/s (share of raw, Node CPU per command)\n${lines.join('\n')}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
