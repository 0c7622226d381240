import {
  type ClockKind,
  enterpriseRequestStreamId,
  isSatisfiedRating,
  type Rating,
  type SubmittedRequest,
} from '@qinqing/appeals/domain';
import { historyScript, REQUEST_ID, runScript } from '@qinqing/appeals/domain/testing';
import type { LogCursor, Projection, RecordedEvent, SqlDatabase } from '@qinqing/shared/event-sourcing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceProjection } from './rates/performance.projection';
import { clockColumns, UNIT_DAY_COUNTERS } from './rates/performance.schema.sql';
import { requestsProjection } from './requests/requests.projection';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

/** A generated history, its ids made its own (order ids and the receipt code derive from the request id). */
interface History {
  readonly requestId: string;
  readonly events: readonly { readonly type: string; readonly data: unknown }[];
  readonly finalState: SubmittedRequest;
}

const historyOf = (n: number, played: ReturnType<typeof runScript>): History => {
  const requestId = `req-${n}`;
  const own = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value).replaceAll(`"${REQUEST_ID}`, `"${requestId}`).replaceAll('RC-7F3K9Q', `RC-${n}`),
    );
  const events = played
    .flatMap((step) => step.events)
    .map((event) => own(event) as History['events'][number]);
  return { requestId, events, finalState: played[played.length - 1]?.state as SubmittedRequest };
};

/** The histories' events interleaved as `picks` say (each stream keeps its order), recorded as the store would. */
const interleave = (histories: readonly History[], picks: readonly number[]): RecordedEvent[] => {
  const next = histories.map(() => 0);
  const recorded: RecordedEvent[] = [];
  let pick = 0;
  while (recorded.length < histories.reduce((n, h) => n + h.events.length, 0)) {
    const open = histories
      .map((h, i) => i)
      .filter((i) => (next[i] ?? 0) < (histories[i]?.events.length ?? 0));
    const i = open[(picks[pick++ % Math.max(1, picks.length)] ?? 0) % open.length] as number;
    const history = histories[i] as History;
    const revision = next[i] ?? 0;
    next[i] = revision + 1;
    const event = history.events[revision] as History['events'][number];
    const position = recorded.length + 1;
    recorded.push({
      eventId: `${history.requestId}-${revision}`,
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: {
        correlationId: history.requestId,
        causationId: null,
        actorId: 'generated',
        actorRole: 'system',
        occurredAt: new Date(Date.UTC(2025, 0, 1, 0, 0, position)).toISOString(),
      },
      streamId: enterpriseRequestStreamId(history.requestId),
      streamRevision: revision,
      globalPosition: BigInt(position),
      cursor: String(position) as LogCursor,
      recordedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, position)),
    });
  }
  return recorded;
};

/** The events cut into consecutive batches of the given sizes (the last size repeats). */
const batches = (events: readonly RecordedEvent[], sizes: readonly number[]): RecordedEvent[][] => {
  const cut: RecordedEvent[][] = [];
  for (let at = 0, i = 0; at < events.length; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)] ?? events.length;
    cut.push(events.slice(at, at + size));
    at += size;
  }
  return cut;
};

/** What the row says that the domain's state also says. */
const rowFacts = (row: Record<string, unknown>) => ({
  requestId: row['request_id'],
  status: row['status'],
  owner: row['owner_unit_id'],
  department: row['department_id'],
  paused: row['paused'],
  reopenCount: row['reopen_count'],
  rating: row['rating'],
  duplicateOf: row['duplicate_of'],
});

const stateFacts = (requestId: string, state: SubmittedRequest) => ({
  requestId,
  status: state.status,
  owner: state.ownerUnitId,
  department: state.departmentId,
  paused: state.pause !== null,
  reopenCount: state.reopenCount,
  rating: state.rating,
  duplicateOf: state.duplicateOf,
});

/** Each projection's tables with their keys: what a dump orders by. */
const TABLES: Record<string, Record<string, string>> = {
  [requestsProjection.name]: {
    appeals_requests: 'request_id',
    appeals_supervision_orders: 'order_id',
    appeals_follow_ups: 'request_id, follow_up',
  },
  [performanceProjection.name]: {
    appeals_perf3_requests: 'request_id',
    appeals_perf3_received: 'request_id, unit_id',
    appeals_perf3_clock_facts: 'request_id, clock, cycle',
    appeals_perf3_outcomes: 'request_id, cycle',
    appeals_perf3_ratings: 'request_id, source',
    appeals_perf3_unit_days: 'day, unit_id',
  },
};

const dump = async (db: SqlDatabase, projection: Projection): Promise<Record<string, unknown[]>> => {
  const tables: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(TABLES[projection.name] ?? {})) {
    tables[table] = (await db.query(`SELECT * FROM ${table} ORDER BY ${key}`)).rows;
  }
  return tables;
};

const rebuild = async (
  db: SqlDatabase,
  projection: Projection,
  cut: readonly (readonly RecordedEvent[])[],
): Promise<void> => {
  const { applyBatch } = projection;
  if (applyBatch === undefined) throw new Error(`${projection.name} applies batches`);
  await db.transaction((tx) => projection.reset(tx));
  for (const batch of cut) await db.transaction((tx) => applyBatch(batch, tx));
};

/**
 * Rebuilds the projection from the events one by one, then in batches of `sizes`; expects the same tables both
 * ways and returns them.
 */
const batchedAsOneByOne = async (
  db: SqlDatabase,
  projection: Projection,
  events: readonly RecordedEvent[],
  sizes: readonly number[],
): Promise<Record<string, unknown[]>> => {
  await rebuild(
    db,
    projection,
    events.map((event) => [event]),
  );
  const oneByOne = await dump(db, projection);
  await rebuild(db, projection, batches(events, sizes));
  const batched = await dump(db, projection);
  expect(batched).toEqual(oneByOne);
  return batched;
};

/** Each non-zero counter of each unit day, as `day unit counter value` lines in order. */
type CounterLines = string[];

/** The unit days the projection kept, without the counters at zero. */
const unitDaysKept = async (db: SqlDatabase): Promise<CounterLines> => {
  const { rows } = await db.query<Record<string, number | string>>(
    `SELECT day::text AS day, unit_id, ${UNIT_DAY_COUNTERS.join(', ')} FROM appeals_perf3_unit_days`,
  );
  return rows
    .flatMap((row) =>
      UNIT_DAY_COUNTERS.map((counter) => `${row['day']} ${row['unit_id']} ${counter} ${row[counter]}`),
    )
    .filter((line) => !line.endsWith(' 0'))
    .sort();
};

/**
 * The unit days summed again from the fact rows, as docs/appeals-rates.md counts (an oracle written apart
 * from the SQL that keeps them): received less sent back, replied of those, clocks settled and on time,
 * answers less 核减 and resolved of them not redone, 核减 answers, ratings not set aside and satisfied of them.
 */
const unitDaysOfFacts = async (db: SqlDatabase): Promise<CounterLines> => {
  const counts = new Map<string, number>();
  const add = (day: string, unit: string, counter: string, by: boolean) => {
    const line = `${day} ${unit} ${counter}`;
    counts.set(line, (counts.get(line) ?? 0) + (by ? 1 : 0));
  };
  const rowsOf = async <Row extends object>(sql: string) => (await db.query<Row>(sql)).rows;
  for (const row of await rowsOf<{ day: string; unit_id: string; responded: boolean; sent_back: boolean }>(
    'SELECT received_on::text AS day, unit_id, responded, sent_back FROM appeals_perf3_received',
  )) {
    add(row.day, row.unit_id, 'received', !row.sent_back);
    add(row.day, row.unit_id, 'replied', !row.sent_back && row.responded);
  }
  for (const row of await rowsOf<{ day: string; unit_id: string; clock: ClockKind; on_time: boolean }>(
    'SELECT settled_on::text AS day, unit_id, clock, on_time FROM appeals_perf3_clock_facts',
  )) {
    add(row.day, row.unit_id, clockColumns(row.clock).settled, true);
    add(row.day, row.unit_id, clockColumns(row.clock).onTime, row.on_time);
  }
  for (const row of await rowsOf<{
    day: string;
    unit_id: string;
    outcome: string;
    redone: boolean;
    excluded: boolean;
  }>('SELECT answered_on::text AS day, unit_id, outcome, redone, excluded FROM appeals_perf3_outcomes')) {
    add(row.day, row.unit_id, 'answered', !row.excluded);
    add(row.day, row.unit_id, 'resolved', !row.excluded && !row.redone && row.outcome === 'resolved');
    add(row.day, row.unit_id, 'excluded', row.excluded);
  }
  for (const row of await rowsOf<{
    day: string;
    unit_id: string;
    source: 'self' | 'callback';
    rating: Rating;
    excluded: boolean;
  }>('SELECT rated_on::text AS day, unit_id, source, rating, excluded FROM appeals_perf3_ratings')) {
    add(row.day, row.unit_id, `${row.source}_rated`, !row.excluded);
    add(row.day, row.unit_id, `${row.source}_satisfied`, !row.excluded && isSatisfiedRating(row.rating));
  }
  return [...counts]
    .filter(([, value]) => value !== 0)
    .map(([line, value]) => `${line} ${value}`)
    .sort();
};

/** Generated histories of several requests, interleaved, and the sizes to cut them into batches. */
const generatedLogs = fc
  .record({
    scripts: fc.array(historyScript, { minLength: 1, maxLength: 4 }),
    picks: fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 60 }),
    sizes: fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ scripts, picks, sizes }) => {
    const histories = scripts.map((script, n) => historyOf(n + 1, runScript(script)));
    return { histories, events: interleave(histories, picks), sizes };
  });

describe('batch apply: a batch applied at once leaves the tables as its events applied one by one', () => {
  let db: SqlDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
    await requestsProjection.setup(db);
    await performanceProjection.setup(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('appeals-requests, for generated histories interleaved and cut into batches anywhere; rows as the domain folds them', async () => {
    await fc.assert(
      fc.asyncProperty(generatedLogs, async ({ histories, events, sizes }) => {
        const batched = await batchedAsOneByOne(db, requestsProjection, events, sizes);
        // And both agree with the domain's own fold of each history.
        const rows = batched['appeals_requests'] as Record<string, unknown>[];
        expect(rows.map(rowFacts)).toEqual(
          histories
            .map((h) => stateFacts(h.requestId, h.finalState))
            .sort((a, b) => a.requestId.localeCompare(b.requestId)),
        );
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('appeals-performance-v3, for the same kind of logs: the rates’ facts do not depend on the batches, and the unit days sum them', async () => {
    await fc.assert(
      fc.asyncProperty(generatedLogs, async ({ histories, events, sizes }) => {
        const batched = await batchedAsOneByOne(db, performanceProjection, events, sizes);
        expect(await unitDaysKept(db)).toEqual(await unitDaysOfFacts(db));
        // The unit each request waits on, as the domain has it: a pending hand-off's department, else the owner.
        const tracked = batched['appeals_perf3_requests'] as {
          request_id: string;
          responsible_unit_id: string;
        }[];
        expect(tracked.map((row) => [row.request_id, row.responsible_unit_id])).toEqual(
          histories
            .map((h) => [h.requestId, h.finalState.handOff?.toDepartmentId ?? h.finalState.ownerUnitId])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        );
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
