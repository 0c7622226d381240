import type { SqlExecutor } from './sql.port';

/**
 * A write of one row that can go together with others of its kind. `sql` takes one array per value ($1 holds
 * every row's first value, and so on: `unnest($1::text[], …) WITH ORDINALITY`), so a run of consecutive writes
 * with the same `sql` on one table is one statement. Only for writes whose effect within such a run does not
 * depend on how they are grouped: inserts that skip a key already there (in row order, the first of a run
 * wins, as one by one) and updates that set a flag.
 */
export interface RowWrite {
  readonly table: string;
  readonly sql: string;
  readonly row: readonly unknown[];
}

/**
 * Runs the writes with the effect of running them one by one, in fewer statements. Writes to different tables
 * do not affect each other, so each table's writes keep their order among themselves, and each run of
 * consecutive writes with the same statement goes as one, its rows' values as arrays.
 */
export const runRowWrites = async (tx: SqlExecutor, writes: readonly RowWrite[]): Promise<void> => {
  const byTable = new Map<string, RowWrite[]>();
  for (const write of writes) {
    const ofTable = byTable.get(write.table) ?? [];
    ofTable.push(write);
    byTable.set(write.table, ofTable);
  }
  for (const ofTable of byTable.values()) {
    for (let start = 0; start < ofTable.length;) {
      const { sql, row } = ofTable[start] as RowWrite;
      let end = start + 1;
      while (end < ofTable.length && (ofTable[end] as RowWrite).sql === sql) end++;
      const run = ofTable.slice(start, end);
      await tx.query(
        sql,
        row.map((_, column) => run.map((write) => write.row[column])),
      );
      start = end;
    }
  }
};
