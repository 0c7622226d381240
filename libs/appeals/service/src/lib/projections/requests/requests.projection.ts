import {
  type Projection,
  type RecordedEvent,
  type RowWrite,
  runRowWritesTogether,
  type SqlExecutor,
  type SqlStatement,
} from '@qinqing/shared/event-sourcing';
import { requestEventsOf, requestIdsOf } from '../request-events';
import { provisionalColumnsAfter } from './provisional-tracking';
import { type RequestRow, type RowChanges, rowEffectOf, rowOfSubmission } from './request-row';
import { insertRequestRows, loadRequestRows, updateRequestRows } from './request-rows';
import {
  analyzeStaleTables,
  analyzeTables,
  BULK_BATCH,
  STALE_TABLES,
  type StaleTable,
} from './request-statistics';
import { REQUESTS_TABLE_DDL, REQUESTS_TABLES } from './requests.schema.sql';

/**
 * Folds a batch into the rows in memory, event by event as `apply` would, and writes what changed: the rows
 * of the batch's requests read in one statement, then one statement (`runRowWritesTogether`) that inserts the
 * new rows whole, writes the changed columns of the others and the side tables' first writes of each kind (a row
 * of a side table written twice over in a batch takes a second round), and, for a bulk batch, names the tables
 * whose statistics were stale before it (its own rows count at the next bulk batch or start). A busy catch-up
 * or a rebuild thus costs two round trips a batch, not one or two per table and kind; a rebuild's read waits on
 * the slowest read model's.
 */
const applyBatch = async (events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> => {
  const requestEvents = requestEventsOf(events);
  if (requestEvents.length === 0) return;
  const rows = await loadRequestRows(tx, requestIdsOf(requestEvents));
  const created = new Set<string>();
  const changes = new Map<string, Record<string, unknown>>();
  const side: RowWrite[] = [];
  // The batch's rows are its own (read for it, or made from a submission): changed in place, and an existing
  // row's changes gathered for its update.
  const change = (row: RequestRow, set: RowChanges): void => {
    Object.assign(row, set);
    if (created.has(row.request_id)) return;
    const gathered = changes.get(row.request_id);
    if (gathered === undefined) changes.set(row.request_id, { ...set });
    else Object.assign(gathered, set);
  };
  for (const { requestId, event, at } of requestEvents) {
    let row = rows.get(requestId);
    if (event.type === 'RequestSubmitted') {
      if (row === undefined) {
        row = rowOfSubmission(requestId, event);
        rows.set(requestId, row);
        created.add(requestId);
      }
    } else {
      if (row === undefined) continue;
      const effect = rowEffectOf(row, event);
      side.push(...effect.side);
      if (effect.set !== null) change(row, { ...effect.set, updated_at: at });
    }
    const provisional = provisionalColumnsAfter(row, event);
    if (provisional !== null) change(row, provisional);
  }
  const requestWrites = [
    insertRequestRows([...created].map((id) => rows.get(id) as RequestRow)),
    updateRequestRows(changes),
  ].filter((statement): statement is SqlStatement => statement !== null);
  // A catch-up or a rebuild writes thousands of rows a minute: the planner's statistics are brought up to date
  // here, in the batch's transaction, rather than whenever autovacuum gets to it.
  const bulk = requestEvents.length >= BULK_BATCH;
  const stale = await runRowWritesTogether<StaleTable>(
    tx,
    side,
    requestWrites,
    bulk ? STALE_TABLES : undefined,
  );
  if (bulk) await analyzeTables(tx, stale);
};

/**
 * The name search's keys are code points (`ascii` in `appeals_name_keys`), which PostgreSQL gives only in a UTF8
 * database: another encoding would fail every insert of a Chinese name (EUC_CN) or find nothing (SQL_ASCII).
 */
const requireUtf8 = async (db: SqlExecutor): Promise<void> => {
  const { rows } = await db.query<{ encoding: string }>(
    "SELECT current_setting('server_encoding') AS encoding",
  );
  const encoding = rows[0]?.encoding;
  if (encoding !== 'UTF8') {
    throw new Error(`appeals_requests needs a UTF8 database (this one's server_encoding is ${encoding})`);
  }
};

/** `appeals_requests`: one row per request with its owner, status and clocks, for lists and the scheduler. */
export const requestsProjection: Projection = {
  name: 'appeals-requests',
  setup: async (db) => {
    await requireUtf8(db);
    for (const statement of REQUESTS_TABLE_DDL) await db.query(statement);
    // A read side built by an earlier run (a rebuild, a catch-up cut short) may never have been analysed.
    await analyzeStaleTables(db);
  },
  // TRUNCATE, not DELETE: the rebuild then fills fresh tables rather than inserting beside the dead rows of every
  // earlier rebuild (autovacuum may be off or late), at the cost of a moment's exclusive lock in the reset.
  reset: async (tx) => {
    await tx.query(`TRUNCATE ${REQUESTS_TABLES.join(', ')}`);
  },
  tables: REQUESTS_TABLES,
  apply: (event, tx) => applyBatch([event], tx),
  applyBatch,
};
