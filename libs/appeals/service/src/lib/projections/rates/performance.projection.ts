import {
  type Projection,
  type RecordedEvent,
  type RowWrite,
  type SqlExecutor,
  type SqlStatement,
} from '@qinqing/shared/event-sourcing';
import { startClocks } from '../clock-tracking';
import { requestEventsOf, requestIdsOf } from '../request-events';
import { runFactWrites } from './performance-fact-writes.sql';
import { type Tracked, trackedEffectOf } from './performance-facts';
import { PERFORMANCE_TABLES, PERFORMANCE_TABLES_DDL } from './performance.schema.sql';

const loadTracked = async (tx: SqlExecutor, requestIds: readonly string[]): Promise<Map<string, Tracked>> => {
  const { rows } = await tx.query<Tracked & { request_id: string }>(
    `SELECT request_id, responsible_unit_id, cycle, clocks FROM appeals_perf3_requests
     WHERE request_id = ANY($1::text[])`,
    [requestIds],
  );
  return new Map(rows.map(({ request_id, ...tracked }) => [request_id, tracked]));
};

/** The statements that insert the new requests' tracking and update the others', one each (none for none). */
const trackedWrites = (
  tracked: ReadonlyMap<string, Tracked>,
  created: ReadonlySet<string>,
  changed: ReadonlySet<string>,
): SqlStatement[] => {
  const rowsOf = (ids: ReadonlySet<string>) =>
    JSON.stringify([...ids].map((request_id) => ({ request_id, ...tracked.get(request_id) })));
  const statements: SqlStatement[] = [];
  if (created.size > 0) {
    statements.push({
      sql: `INSERT INTO appeals_perf3_requests (request_id, responsible_unit_id, cycle, clocks)
       SELECT request_id, responsible_unit_id, cycle, clocks
       FROM jsonb_to_recordset($1::jsonb) AS r(request_id text, responsible_unit_id text, cycle integer, clocks jsonb)
       ON CONFLICT DO NOTHING`,
      params: [rowsOf(created)],
    });
  }
  if (changed.size > 0) {
    statements.push({
      sql: `UPDATE appeals_perf3_requests AS t
       SET responsible_unit_id = r.responsible_unit_id, cycle = r.cycle, clocks = r.clocks
       FROM jsonb_to_recordset($1::jsonb) AS r(request_id text, responsible_unit_id text, cycle integer, clocks jsonb)
       WHERE t.request_id = r.request_id`,
      params: [rowsOf(changed)],
    });
  }
  return statements;
};

/**
 * Folds a batch in memory, event by event as `apply` would: the batch's requests read in one statement, then
 * their tracking and the facts (received, outcomes, clock facts, ratings) written with the effect of the
 * events' order, the tables' writes together and the tracking with their first round (`runFactWrites`).
 */
const applyBatch = async (events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> => {
  const requestEvents = requestEventsOf(events);
  if (requestEvents.length === 0) return;
  const tracked = await loadTracked(tx, requestIdsOf(requestEvents));
  const created = new Set<string>();
  const changed = new Set<string>();
  const facts: RowWrite[] = [];
  for (const { requestId, event } of requestEvents) {
    const current = tracked.get(requestId);
    if (event.type === 'RequestSubmitted') {
      if (current !== undefined) continue;
      tracked.set(requestId, {
        responsible_unit_id: event.data.receivingUnitId,
        cycle: 0,
        clocks: startClocks(event.data.dues),
      });
      created.add(requestId);
      continue;
    }
    if (current === undefined) continue;
    const effect = trackedEffectOf(requestId, current, event);
    facts.push(...effect.facts);
    if (effect.next === null) continue;
    tracked.set(requestId, effect.next);
    if (!created.has(requestId)) changed.add(requestId);
  }
  await runFactWrites(tx, facts, trackedWrites(tracked, created, changed));
};

/** Builds the facts behind response, on-time, resolution and satisfaction rates, from the event log alone. */
export const performanceProjection: Projection = {
  // v2 (2026-12): rebuilt from the log with the rates of docs/appeals-rates.md; v3: with the unit days.
  name: 'appeals-performance-v3',
  setup: async (db) => {
    for (const statement of PERFORMANCE_TABLES_DDL) await db.query(statement);
  },
  // TRUNCATE, not DELETE: fresh tables for the rebuild, not ones full of the dead rows of every earlier rebuild.
  reset: async (tx) => {
    await tx.query(`TRUNCATE ${PERFORMANCE_TABLES.join(', ')}`);
  },
  tables: PERFORMANCE_TABLES,
  apply: (event, tx) => applyBatch([event], tx),
  applyBatch,
};
