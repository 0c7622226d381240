import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { REQUESTS_TABLES as TABLES } from './requests.schema.sql';

/** A batch of at least this many request events is a catch-up or a rebuild, not live traffic: it checks. */
export const BULK_BATCH = 200;

/**
 * The tables whose statistics are missing or stale: never analysed (no rows in `pg_stats`) while holding more
 * than a megabyte, or more rows changed since the last ANALYZE than twice the rows it counted plus 10,000. The
 * rule grows with the table, so a rebuild toward a million rows analyses about fifteen times, not at every
 * batch. `pg_stats` and not the activity counters decide "never": the counters are reset after a crash or
 * `pg_stat_reset`, and an ANALYZE rolled back still marks them, while the statistics themselves are gone.
 * A table without its secondary indexes is being rebuilt (`ProjectionRunner` sets them aside and, at the
 * rebuild's end, builds them again and analyses the table): no plan can use statistics on it meanwhile, and
 * analysing it mid-rebuild only held the rebuild up (two ANALYZEs of `appeals_requests`, about 1 s of its
 * bench:rebuild run). A SELECT without parameters: a batch sends it along with its writes (`runRowWritesTogether`).
 */
export const STALE_TABLES = `SELECT c.relname FROM pg_class c
  LEFT JOIN pg_stat_user_tables t ON t.relid = c.oid
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
    AND c.relname IN (${TABLES.map((t) => `'${t}'`).join(', ')})
    AND ((NOT EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = c.relname)
          AND pg_relation_size(c.oid) > 1048576)
      OR coalesce(t.n_mod_since_analyze, 0) > 2 * greatest(c.reltuples, 0) + 10000)
    AND EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND NOT i.indisunique AND NOT i.indisprimary)`;

/**
 * Gathers the statistics of the read model's tables that a bulk write left stale, so a city's inbox and
 * searches are planned on what the tables hold and not on defaults, whenever autovacuum runs (if it runs at
 * all: it is off on the CI and bench server). Called at every start; a bulk batch sends `STALE_TABLES` with its
 * writes and analyses what it names (`analyzeTables`). ANALYZE samples a fixed number of rows, so it costs about
 * the same at any size. Live traffic (batches of a few events) never reaches it: autovacuum's own thresholds are
 * for that.
 */
export const analyzeStaleTables = async (db: SqlExecutor): Promise<readonly string[]> =>
  analyzeTables(db, (await db.query<StaleTable>(STALE_TABLES)).rows);

/** A row of `STALE_TABLES`. */
export interface StaleTable {
  readonly relname: string;
}

/** Analyses the tables `STALE_TABLES` named (the read model's own only), and returns their names. */
export const analyzeTables = async (
  db: SqlExecutor,
  rows: readonly StaleTable[],
): Promise<readonly string[]> => {
  const stale = rows.map((row) => row.relname).filter((name) => (TABLES as readonly string[]).includes(name));
  for (const table of stale) await db.query(`ANALYZE ${table}`);
  return stale;
};
