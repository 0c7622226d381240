import type { SqlExecutor } from './sql.port';

/** A secondary index of a read model's table: its name and the statement that made it, from the catalog. */
export interface SecondaryIndex {
  readonly name: string;
  readonly definition: string;
}

/**
 * The indexes a rebuild can do without while it inserts: neither unique nor a primary key (ON CONFLICT and the
 * batch writes find rows through those), backing no constraint, not the replica identity, and valid.
 * `pg_get_indexdef` gives each one's whole definition (method, expressions, collations, opclasses, WHERE), so
 * a partial or expression index comes back as it was. Tables that do not exist are passed over.
 */
const SECONDARY_INDEXES = `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
  WHERE i.indrelid IN (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
    AND NOT i.indisunique AND NOT i.indisprimary AND NOT i.indisexclusion AND NOT i.indisreplident
    AND i.indisvalid
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  ORDER BY 1`;

/**
 * Drops the tables' secondary indexes (in the caller's transaction: the one that empties the read model for a
 * rebuild) and returns them, for `restoreSecondaryIndexes` once the rebuild has reached the end: the rows go in
 * without index upkeep and each index is built once. A crash in between leaves them missing until the next
 * start, whose `setup` creates them again (CREATE INDEX IF NOT EXISTS).
 */
export const dropSecondaryIndexes = async (
  tx: SqlExecutor,
  tables: readonly string[],
): Promise<readonly SecondaryIndex[]> => {
  const indexes = await secondaryIndexesOf(tx, tables);
  for (const index of indexes) await tx.query(`DROP INDEX ${index.name}`);
  return indexes;
};

/** The tables' secondary indexes as the catalog has them now, by name. */
export const secondaryIndexesOf = async (
  db: SqlExecutor,
  tables: readonly string[],
): Promise<readonly SecondaryIndex[]> => {
  if (tables.length === 0) return [];
  const { rows } = await db.query<{ name: string; definition: string }>(SECONDARY_INDEXES, [tables]);
  return rows.map(({ name, definition }) => ({ name, definition }));
};

const CREATE_INDEX = /^CREATE INDEX /u;

/**
 * Builds the dropped indexes again, each from its own definition (IF NOT EXISTS: a `setup` run meanwhile,
 * e.g. by a replica starting, may have made it already), then gathers the tables' statistics, which the
 * rebuild left describing an empty or half-filled table.
 */
export const restoreSecondaryIndexes = async (
  db: SqlExecutor,
  indexes: readonly SecondaryIndex[],
  tables: readonly string[],
): Promise<void> => {
  for (const { name, definition } of indexes) {
    if (!CREATE_INDEX.test(definition)) throw new Error(`${name}: not a plain CREATE INDEX: ${definition}`);
    await db.query(definition.replace(CREATE_INDEX, 'CREATE INDEX IF NOT EXISTS '));
  }
  for (const table of tables) await db.query(`ANALYZE ${table}`);
};

/**
 * Runs a rebuild's remaining work, then restores the indexes its reset dropped, whether the work succeeded or
 * failed. A failure to restore after a failed rebuild is reported with it, not instead of it.
 */
export const restoringIndexesAfter = async <T>(
  restore: () => Promise<void>,
  work: () => Promise<T>,
): Promise<T> => {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    try {
      await restore();
    } catch (restoreError) {
      throw new AggregateError([error, restoreError], 'rebuild failed, and restoring its indexes failed too');
    }
    throw error;
  }
  await restore();
  return result;
};
