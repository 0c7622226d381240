import type { SqlExecutor } from './sql.port';

/**
 * A `text[]` from a JSON array of strings (an SQL expression): how a set-based statement takes a `text[]` per row,
 * as one JSON text each in a `jsonb[]` parameter or a JSON document — an array of arrays must be square.
 */
export const textArrayOfJson = (json: string): string => `ARRAY(SELECT jsonb_array_elements_text(${json}))`;

/**
 * A write of one row that can go together with others of its kind. `sql` takes one array per value ($1 holds
 * every row's first value, and so on: `unnest($1::text[], …) WITH ORDINALITY`), so writes with the same `sql`
 * on one table can be one statement. Only for writes whose effect within such a statement does not depend on
 * how they are grouped: inserts that skip a key already there (in row order, the first of a statement wins,
 * as one by one), updates that set a flag, and writes that set values keeping each key's last row of the
 * statement (`DISTINCT ON (key) … ORDER BY ordinality DESC`: a keyed write may share a statement with the
 * previous write of its row when no other kind of write of that row came between).
 */
export interface RowWrite {
  readonly table: string;
  readonly sql: string;
  readonly row: readonly unknown[];
  /**
   * The one row of the table this write can touch (e.g. its primary key's values joined), when known: writes
   * of different rows do not affect each other, so a keyed write may join an earlier statement of its kind past
   * other writes of the table that touch other rows. Absent: the write keeps its place among all of the
   * table's writes.
   */
  readonly key?: string;
}

/** Writes of one table sent as one statement. */
interface Group {
  readonly sql: string;
  readonly writes: RowWrite[];
}

/**
 * Runs the writes with the effect of running them one by one, in fewer statements. Writes to different tables
 * do not affect each other, so each table's writes are grouped on their own: a write joins the table's last
 * statement of its kind unless a write of another kind on the same row (or an unkeyed write) came between,
 * so writes of one row keep their order, and each statement's rows go in the order they came.
 */
export const runRowWrites = async (tx: SqlExecutor, writes: readonly RowWrite[]): Promise<void> => {
  const byTable = new Map<string, Group[]>();
  /** Per table: the index of the last group that holds each row key. */
  const lastOfKey = new Map<string, Map<string, number>>();
  /** Per table: the index of the last group that holds an unkeyed write (a barrier for every write). */
  const lastUnkeyed = new Map<string, number>();
  for (const write of writes) {
    const groups = byTable.get(write.table) ?? [];
    byTable.set(write.table, groups);
    const keys = lastOfKey.get(write.table) ?? new Map<string, number>();
    lastOfKey.set(write.table, keys);
    /** The last group this write must not move before. */
    const barrier =
      write.key === undefined
        ? groups.length - 1
        : Math.max(keys.get(write.key) ?? -1, lastUnkeyed.get(write.table) ?? -1);
    // The first statement of its kind from the barrier on (a statement of another kind there holds this row).
    let at = groups.findIndex((group, index) => index >= barrier && group.sql === write.sql);
    if (at === -1) {
      at = groups.length;
      groups.push({ sql: write.sql, writes: [] });
    }
    (groups[at] as Group).writes.push(write);
    if (write.key === undefined) lastUnkeyed.set(write.table, at);
    else keys.set(write.key, at);
  }
  for (const groups of byTable.values()) {
    for (const { sql, writes: run } of groups) {
      const columns = (run[0] as RowWrite).row.length;
      await tx.query(
        sql,
        Array.from({ length: columns }, (_, column) => run.map((write) => write.row[column])),
      );
    }
  }
};
