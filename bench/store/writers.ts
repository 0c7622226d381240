import { performance } from 'node:perf_hooks';
import {
  CommandHandler,
  systemClock,
  UuidV7Generator,
  type CommandMetadata,
} from '@qinqing/shared/event-sourcing';
import type { BenchTarget } from './targets';
import {
  commandMetadata,
  EVENT_TYPE,
  eventMetadata,
  itemData,
  ledger,
  StreamCycle,
  type RecordItems,
} from './workload';

/** One command (kernel) or one INSERT statement (raw); resolves to the number of events it appended. */
export type WriteStep = () => Promise<number>;

const COLUMNS =
  'event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, idempotency_key';

/** A single row: plain VALUES, the cheapest statement for one event. */
const INSERT_ONE = `INSERT INTO es_events (${COLUMNS})
  VALUES ($1::uuid, $2, $3, $4, $5, $6::jsonb, $7::jsonb, NULL)`;

/**
 * A batch as one statement over parallel arrays (one parameter per column, whatever the batch size),
 * revisions continuing from the writer's in-memory head ($2). transaction_id, global_position and
 * recorded_at take their defaults, as they do for the adapter.
 */
const INSERT_UNNEST = `INSERT INTO es_events (${COLUMNS})
  SELECT e.event_id::uuid, $1, $2::bigint + e.ordinality, e.event_type, e.schema_version,
         e.data::jsonb, e.metadata::jsonb, NULL
  FROM unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
    WITH ORDINALITY AS e(event_id, event_type, schema_version, data, metadata, ordinality)`;

/** The same batch as multi-row VALUES (7 parameters per row). */
const insertValues = (rows: number): string => {
  const tuples = Array.from({ length: rows }, (_, i) => {
    const p = i * 7;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}::bigint, $${p + 4}, $${p + 5}::int, $${p + 6}::jsonb, $${p + 7}::jsonb, NULL)`;
  });
  return `INSERT INTO es_events (${COLUMNS}) VALUES ${tuples.join(', ')}`;
};

export type RawForm = 'unnest' | 'values';

/**
 * The raw baseline: the rows the adapter would write (fresh UUIDv7 per event, same JSON, same metadata,
 * correct revisions), one autocommitted statement per batch, nothing read back.
 */
export const rawWriter = (target: BenchTarget, batch: number, prefix: string, form: RawForm): WriteStep => {
  const cycle = new StreamCycle(prefix);
  const ids = new UuidV7Generator();
  const valuesSql = insertValues(batch);
  return async () => {
    const { streamId, revision } = cycle.next();
    const metadata = JSON.stringify(eventMetadata(commandMetadata(), new Date()));
    if (batch === 1) {
      await target.raw(INSERT_ONE, [
        ids.next(),
        streamId,
        revision + 1,
        EVENT_TYPE,
        1,
        JSON.stringify(itemData(revision + 1)),
        metadata,
      ]);
    } else if (form === 'unnest') {
      const eventIds: string[] = [];
      const types: string[] = [];
      const versions: number[] = [];
      const data: string[] = [];
      const metadatas: string[] = [];
      for (let i = 0; i < batch; i++) {
        eventIds.push(ids.next());
        types.push(EVENT_TYPE);
        versions.push(1);
        data.push(JSON.stringify(itemData(revision + 1 + i)));
        metadatas.push(metadata);
      }
      await target.raw(INSERT_UNNEST, [streamId, revision, eventIds, types, versions, data, metadatas]);
    } else {
      const params: unknown[] = [];
      for (let i = 0; i < batch; i++) {
        const rev = revision + 1 + i;
        params.push(ids.next(), streamId, rev, EVENT_TYPE, 1, JSON.stringify(itemData(rev)), metadata);
      }
      await target.raw(valuesSql, params);
    }
    cycle.appended(batch);
    return batch;
  };
};

/** What kernelWriter needs of a command handler: CommandHandler, or a prototype of a changed one. */
export interface LedgerCommandHandler {
  handle(
    decider: typeof ledger,
    streamId: string,
    command: RecordItems,
    metadata: CommandMetadata,
  ): Promise<{ readonly events: readonly unknown[] }>;
}

/** The kernel path: CommandHandler.handle (read stream, fold, decide, guarded append) per command. */
export const kernelWriter = (handler: LedgerCommandHandler, batch: number, prefix: string): WriteStep => {
  const cycle = new StreamCycle(prefix);
  const command: RecordItems = { type: 'RecordItems', count: batch };
  return async () => {
    const { streamId } = cycle.next();
    const result = await handler.handle(ledger, streamId, command, commandMetadata());
    return result.events.length;
  };
};

export const newCommandHandler = (target: BenchTarget): CommandHandler =>
  new CommandHandler({ store: target.store, clock: systemClock, ids: new UuidV7Generator() });

export interface Throughput {
  readonly events: number;
  readonly seconds: number;
  /** CPU time of this Node process meanwhile (PGlite's engine included: it runs on the same thread). */
  readonly cpuMs: number;
}

/** Runs every writer concurrently until `ms` have passed; in-flight steps finish and are counted. */
export const runFor = async (steps: readonly WriteStep[], ms: number): Promise<Throughput> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const stopAt = start + ms;
  const counts = await Promise.all(
    steps.map(async (step) => {
      let events = 0;
      while (performance.now() < stopAt) events += await step();
      return events;
    }),
  );
  const used = process.cpuUsage(cpu);
  return {
    events: counts.reduce((a, b) => a + b, 0),
    seconds: (performance.now() - start) / 1000,
    cpuMs: (used.user + used.system) / 1000,
  };
};

const add = (a: Throughput, b: Throughput): Throughput => ({
  events: a.events + b.events,
  seconds: a.seconds + b.seconds,
  cpuMs: a.cpuMs + b.cpuMs,
});

/**
 * Warms every mode up, then runs the modes in alternating slices, forwards and backwards in turn (A B B A
 * A B …), so that the table growing under them, and anything else the machine does meanwhile, weighs on
 * all alike. Returns one total per mode.
 */
export const runInterleaved = async (
  modes: readonly (readonly WriteStep[])[],
  options: { readonly warmupMs: number; readonly rounds: number; readonly sliceMs: number },
): Promise<Throughput[]> => {
  for (const mode of modes) await runFor(mode, options.warmupMs);
  const totals = modes.map((): Throughput => ({ events: 0, seconds: 0, cpuMs: 0 }));
  const indexes = modes.map((_, i) => i);
  for (let round = 0; round < options.rounds; round++) {
    for (const i of round % 2 === 0 ? indexes : [...indexes].reverse()) {
      totals[i] = add(totals[i] as Throughput, await runFor(modes[i] as WriteStep[], options.sliceMs));
    }
  }
  return totals;
};

export const perSecond = (t: Throughput): number => (t.seconds === 0 ? 0 : t.events / t.seconds);
