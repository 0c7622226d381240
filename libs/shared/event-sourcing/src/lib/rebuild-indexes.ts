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
 * Index builds (and then ANALYZEs) run this many at a time, each on a connection of its own: a build is one
 * backend's sort, so one at a time left a core idle at the end of a rebuild, when the read models that had kept
 * it busy were done (on PGlite, one connection, they simply queue).
 */
export const INDEX_BUILDS_AT_ONCE = 2;

/** Runs `work` on every item, `atOnce` at a time; after a failure no more start, and the first error is thrown. */
const eachAtOnce = async <T>(
  items: readonly T[],
  atOnce: number,
  work: (item: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  /** The errors in the order they came; after the first, no lane takes another item. */
  const failures: unknown[] = [];
  const lane = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: atOnce }, lane));
  if (failures.length > 0) throw failures[0];
};

/** GIN and GiST builds first: they take the longest, and the B-trees fill the other lane meanwhile. */
const slowestFirst = (indexes: readonly SecondaryIndex[]): SecondaryIndex[] => {
  const slow = (index: SecondaryIndex): boolean => / USING (gin|gist) /u.test(index.definition);
  return [...indexes.filter(slow), ...indexes.filter((index) => !slow(index))];
};

/**
 * Builds the dropped indexes again, each from its own definition (IF NOT EXISTS: a `setup` run meanwhile,
 * e.g. by a replica starting, may have made it already), then gathers the tables' statistics, which the
 * rebuild left describing an empty or half-filled table. `INDEX_BUILDS_AT_ONCE` at a time.
 */
export const restoreSecondaryIndexes = async (
  db: SqlExecutor,
  indexes: readonly SecondaryIndex[],
  tables: readonly string[],
): Promise<void> => {
  for (const { name, definition } of indexes) {
    if (!CREATE_INDEX.test(definition)) throw new Error(`${name}: not a plain CREATE INDEX: ${definition}`);
  }
  await eachAtOnce(slowestFirst(indexes), INDEX_BUILDS_AT_ONCE, async ({ definition }) => {
    await db.query(definition.replace(CREATE_INDEX, 'CREATE INDEX IF NOT EXISTS '));
  });
  await eachAtOnce(tables, INDEX_BUILDS_AT_ONCE, async (table) => {
    await db.query(`ANALYZE ${table}`);
  });
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
