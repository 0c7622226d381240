import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/** The read model's tables whose plans depend on the planner's statistics. */
const TABLES = ['appeals_requests', 'appeals_supervision_orders', 'appeals_follow_ups'] as const;

/** A batch of at least this many request events is a catch-up or a rebuild, not live traffic: it checks. */
export const BULK_BATCH = 200;

/**
 * The tables written so much since their last ANALYZE (never analysed with 1,000 rows or more, or more rows
 * changed than twice the live rows plus 10,000) that the planner's picture of them is stale. The rule grows
 * with the table, so a rebuild toward a million rows analyses about fifteen times, not at every batch.
 */
const STALE_TABLES = `SELECT relname FROM pg_stat_user_tables
  WHERE schemaname = current_schema() AND relname IN (${TABLES.map((t) => `'${t}'`).join(', ')})
    AND ((last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup >= 1000)
      OR n_mod_since_analyze > 2 * n_live_tup + 10000)`;

/**
 * Gathers the statistics of the read model's tables that a bulk write left stale, so a city's inbox and
 * searches are planned on what the tables hold and not on defaults, whenever autovacuum runs (if it runs at
 * all: it is off on the CI and bench server). Called at every start and after each bulk batch; ANALYZE
 * samples a fixed number of rows, so it costs about the same at any size. Live traffic (batches of a few
 * events) never reaches it: autovacuum's own thresholds are for that.
 */
export const analyzeStaleTables = async (db: SqlExecutor): Promise<readonly string[]> => {
  const { rows } = await db.query<{ relname: string }>(STALE_TABLES);
  const stale = rows.map((row) => row.relname).filter((name) => (TABLES as readonly string[]).includes(name));
  for (const table of stale) await db.query(`ANALYZE ${table}`);
  return stale;
};
