import { performance } from 'node:perf_hooks';
import type { RequestCategory, RequestChannel } from '@qinqing/appeals/domain';
import { chinaDateOf, REQUEST_CATEGORIES } from '@qinqing/appeals/domain';
import { addDays } from '@qinqing/calendar/domain';
import { enterpriseDecider, enterpriseStreamId } from '@qinqing/liaison/domain';
import {
  CommandHandler,
  type EventStore,
  type IdGenerator,
  type StreamAppend,
  systemClock,
  UuidV7Generator,
} from '@qinqing/shared/event-sourcing';
import { createPostgresEventStoreStack, openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { onServer } from '../postgres-server';
import { RequestHistoryPlayer } from './request-histories';
import { CENTRES, DEPARTMENTS, type RequestSeed } from './request-scripts';
import { zhejiangCounties } from '../zhejiang-enterprises';
import { registerCommand, scaleEnterprise } from './scale-enterprises';
import { receiptCodeOf } from './receipt-codes';

export interface ScaleParameters {
  readonly enterprises: number;
  readonly requests: number;
}

/** BENCH_ENTERPRISES and BENCH_REQUESTS, 1,000,000 each by default (issue 17). */
export const scaleParameters = (): ScaleParameters => ({
  enterprises: Number(process.env['BENCH_ENTERPRISES'] ?? 1_000_000),
  requests: Number(process.env['BENCH_REQUESTS'] ?? 1_000_000),
});

/** The database of one scale: named by it, so a generated log is found again by the next bench. */
export const scaleDatabaseName = (p: ScaleParameters): string => `bench_scale_${p.enterprises}_${p.requests}`;

const GENERATED_TABLE = 'bench_scale_generated';

export interface GeneratedLog {
  readonly url: string;
  readonly events: number;
  readonly generatedAt: string;
  /** Seconds the generation took, and whether this run did it (false: an earlier run's log was reused). */
  readonly seconds: number;
  readonly fresh: boolean;
  readonly refusedSteps: number;
}

const CHANNELS: readonly RequestChannel[] = ['kiosk', 'staff-walk-in', 'staff-phone', 'online', 'wechat'];

/** The `n`-th request's facts: an enterprise of the directory, a centre, a department, a category. */
export const requestSeed = (
  ids: IdGenerator,
  counties: readonly string[],
  enterprises: number,
  n: number,
): RequestSeed => {
  const enterprise = scaleEnterprise(counties, (n * 7_919) % enterprises);
  return {
    requestId: ids.next(),
    receiptCode: receiptCodeOf(n),
    creditCode: enterprise.creditCode,
    enterpriseName: enterprise.name,
    contactPhone: enterprise.contactPhone,
    centre: CENTRES[n % CENTRES.length] as string,
    department: DEPARTMENTS[Math.floor(n / 2) % DEPARTMENTS.length] as string,
    category: REQUEST_CATEGORIES[n % REQUEST_CATEGORIES.length] as RequestCategory,
    channel: CHANNELS[Math.floor(n / 3) % CHANNELS.length] as RequestChannel,
    n,
  };
};

const progress = (what: string, done: number, total: number, started: number): void => {
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `  ${what}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${Math.round(done / seconds).toLocaleString('en-US')}/s)\n`,
  );
};

/** Runs `work` over `count` batches, `inFlight` at a time (one decided while another's append commits). */
const inBatches = async (count: number, inFlight: number, work: (batch: number) => Promise<void>) => {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let batch = next++; batch < count; batch = next++) await work(batch);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
};

/**
 * Writes the scale's log into an empty store. Enterprises through the directory import's own path
 * (`enterpriseDecider` by `CommandHandler.handleMany`: streams read together, decided, one atomic
 * `appendMany` per 500). Requests through the appeals decider in memory (`RequestHistoryPlayer`: each step
 * decided on its day and folded, the command handler's envelope), 500 streams per `appendMany` — the store's
 * own guarded multi-stream append, each stream `no_stream` — since a year of history cannot be replayed in
 * real time. Both keep two batches in flight. Returns the events appended and the refused script steps.
 */
export const generateScaleLog = async (
  store: EventStore,
  p: ScaleParameters,
): Promise<{ events: number; refusedSteps: number }> => {
  const ids = new UuidV7Generator();
  const counties = zhejiangCounties();
  const handler = new CommandHandler({ store, clock: systemClock, ids });
  const batch = 500;
  let events = 0;
  let started = performance.now();
  await inBatches(Math.ceil(p.enterprises / batch), 2, async (b) => {
    const commands = [];
    for (let n = b * batch; n < Math.min(p.enterprises, (b + 1) * batch); n++) {
      const command = registerCommand(counties, n);
      commands.push({ streamId: enterpriseStreamId(command.creditCode), command });
    }
    const outcomes = await handler.handleMany(enterpriseDecider, commands, {
      correlationId: `bench-scale:enterprises:${b}`,
      actor: { id: 'bench-scale-admin', role: 'administrator' },
    });
    for (const outcome of outcomes) {
      if (outcome.outcome === 'rejected') throw new Error(`enterprise refused: ${outcome.error.code}`);
      events += outcome.events.length;
    }
    if ((b + 1) % 200 === 0) progress('enterprises', (b + 1) * batch, p.enterprises, started);
  });
  // Yesterday in China: every step of the histories lies in the past whatever the time of day.
  const player = new RequestHistoryPlayer(ids, addDays(chinaDateOf(new Date()), -1));
  let refusedSteps = 0;
  started = performance.now();
  await inBatches(Math.ceil(p.requests / batch), 2, async (b) => {
    const appends: StreamAppend[] = [];
    for (let n = b * batch; n < Math.min(p.requests, (b + 1) * batch); n++) {
      const played = player.play(requestSeed(ids, counties, p.enterprises, n));
      if (played.refused !== null) refusedSteps++;
      appends.push(played.append);
      events += played.append.events.length;
    }
    if (store.appendMany === undefined) throw new Error('The scale bench needs a store with appendMany');
    await store.appendMany(appends);
    if ((b + 1) % 200 === 0) progress('requests', (b + 1) * batch, p.requests, started);
  });
  return { events, refusedSteps };
};

/**
 * The scale's database on the server of `serverUrl`, generated unless a complete log of the same scale is
 * there already (BENCH_SCALE_FRESH=true regenerates it). A database left by an interrupted generation has
 * no record of completion and is made again.
 */
export const scaleDatabase = async (serverUrl: string, p: ScaleParameters): Promise<GeneratedLog> => {
  const name = scaleDatabaseName(p);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const exists = await onServer(serverUrl, async (c) => {
    const { rows } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rows.length > 0;
  });
  if (exists && process.env['BENCH_SCALE_FRESH'] !== 'true') {
    const done = await onServer(url.toString(), async (c) => {
      const { rows } = await c
        .query<{ events: string; generated_at: Date; seconds: number; refused: number }>(
          `SELECT events, generated_at, seconds, refused FROM ${GENERATED_TABLE}`,
        )
        .catch(() => ({ rows: [] }));
      return rows[0] ?? null;
    });
    if (done !== null)
      return {
        url: url.toString(),
        events: Number(done.events),
        generatedAt: done.generated_at.toISOString(),
        seconds: done.seconds,
        fresh: false,
        refusedSteps: done.refused,
      };
  }
  await onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  process.stdout.write(
    `Generating ${p.enterprises.toLocaleString('en-US')} enterprises and ${p.requests.toLocaleString('en-US')} requests into ${name}…\n`,
  );
  const db = await openPostgresDatabase(url.toString(), { maxConnections: 4 });
  const stack = await createPostgresEventStoreStack(db);
  try {
    const started = performance.now();
    const { events, refusedSteps } = await generateScaleLog(stack.store, p);
    const seconds = (performance.now() - started) / 1000;
    await db.query('VACUUM ANALYZE es_events');
    await db.query(
      `CREATE TABLE ${GENERATED_TABLE} (events bigint NOT NULL, generated_at timestamptz NOT NULL DEFAULT now(),
         seconds double precision NOT NULL, refused integer NOT NULL)`,
    );
    await db.query(`INSERT INTO ${GENERATED_TABLE} (events, seconds, refused) VALUES ($1, $2, $3)`, [
      events,
      seconds,
      refusedSteps,
    ]);
    return {
      url: url.toString(),
      events,
      generatedAt: new Date().toISOString(),
      seconds,
      fresh: true,
      refusedSteps,
    };
  } finally {
    await stack.close();
  }
};
