import type { SqlExecutor, SqlStatement } from './sql.port';
import { statementsTogether } from './statements-together';

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

/** Writes of one table and kind that go as one statement. */
export interface RowWriteGroup {
  readonly sql: string;
  readonly writes: readonly RowWrite[];
}

/**
 * The writes grouped per table into the statements that have the effect of running them one by one: a write
 * joins the table's last statement of its kind unless a write of another kind on the same row (or an unkeyed
 * write) came between, so writes of one row keep their order, and each statement's rows go in the order they
 * came. Writes to different tables do not affect each other: each table's statements run in their order, in
 * any order against other tables'.
 */
export const rowWriteGroups = (
  writes: readonly RowWrite[],
): ReadonlyMap<string, readonly RowWriteGroup[]> => {
  const byTable = new Map<string, { sql: string; writes: RowWrite[] }[]>();
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
    groups[at]?.writes.push(write);
    if (write.key === undefined) lastUnkeyed.set(write.table, at);
    else keys.set(write.key, at);
  }
  return byTable;
};

/** A group's parameters: one array per column, each holding the group's rows' values in order. */
export const rowWriteParameters = ({ writes }: RowWriteGroup): unknown[][] =>
  Array.from({ length: (writes[0] as RowWrite).row.length }, (_, column) =>
    writes.map((write) => write.row[column]),
  );

/** Runs the writes with the effect of running them one by one, in fewer statements (`rowWriteGroups`). */
export const runRowWrites = async (tx: SqlExecutor, writes: readonly RowWrite[]): Promise<void> => {
  for (const groups of rowWriteGroups(writes).values()) {
    for (const group of groups) await tx.query(group.sql, rowWriteParameters(group));
  }
};

/**
 * The writes' statements in rounds (`rowWriteGroups`): the n-th statement of every table in round n. The
 * statements of one round touch different tables, so they may run together; the rounds run in order.
 */
export const rowWriteRounds = (writes: readonly RowWrite[]): RowWriteGroup[][] => {
  const tables = [...rowWriteGroups(writes).values()];
  const rounds = Math.max(0, ...tables.map((table) => table.length));
  return Array.from({ length: rounds }, (_, round) => tables.flatMap((table) => table[round] ?? []));
};

/**
 * `runRowWrites` in rounds: the n-th statement of every table goes with the others' in one statement
 * (`statementsTogether`), the first round with `alongside` (statements on tables none of the writes touch) and
 * `primary` (a SELECT whose rows are returned; it sees the tables as they were before the round). One round trip
 * a round, instead of one per table and kind and one per statement alongside.
 */
export const runRowWritesTogether = async <Row extends object = Record<string, unknown>>(
  tx: SqlExecutor,
  writes: readonly RowWrite[],
  alongside: readonly SqlStatement[] = [],
  primary?: string,
): Promise<Row[]> => {
  const rounds = rowWriteRounds(writes);
  let rows: Row[] = [];
  for (let round = 0; round === 0 || round < rounds.length; round++) {
    const groups = rounds[round] ?? [];
    const statements = [
      ...(round === 0 ? alongside : []),
      ...groups.map((group) => ({ sql: group.sql, params: rowWriteParameters(group) })),
    ];
    const asks = round === 0 && primary !== undefined;
    const [lone] = statements;
    if (statements.length === 1 && !asks && lone !== undefined) {
      await tx.query(lone.sql, lone.params);
    } else if (statements.length > 0 || asks) {
      const together = statementsTogether(statements, asks ? primary : undefined);
      const result = await tx.query<Row>(together.sql, together.params);
      if (asks) rows = result.rows;
    }
  }
  return rows;
};
