import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import type pg from 'pg';

/** One node of PostgreSQL's `EXPLAIN (FORMAT JSON)` plan, with the fields the plan tests read. */
export interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Actual Rows'?: number;
  readonly 'Actual Loops'?: number;
  readonly 'Rows Removed by Filter'?: number;
  readonly 'Rows Removed by Index Recheck'?: number;
  readonly Plans?: readonly PlanNode[];
}

/** The tables a plan reads whole (sequential scans), by name. */
export const wholeTableScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' ? [node['Relation Name'] ?? '?'] : []),
  ...(node.Plans ?? []).flatMap(wholeTableScans),
];

const TABLE_READS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);

/** The table rows a plan's scans read as it ran (EXPLAIN ANALYZE): the rows they returned and those their filters dropped. */
export const rowsReadBy = (node: PlanNode): number =>
  (TABLE_READS.has(node['Node Type'])
    ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) +
      (node['Rows Removed by Filter'] ?? 0) +
      (node['Rows Removed by Index Recheck'] ?? 0)
    : 0) + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadBy(child), 0);

/** The plan PostgreSQL would run `sql` with (`analyse`: runs it, with the actual row counts). */
export const planOf = async (
  client: pg.Client,
  sql: string,
  params: readonly unknown[] = [],
  analyse = false,
): Promise<PlanNode> => {
  const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
    `EXPLAIN (${analyse ? 'ANALYZE, ' : ''}FORMAT JSON) ${sql}`,
    [...params],
  );
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (plan === undefined) throw new Error(`no plan for ${sql}`);
  return plan;
};

/**
 * An executor for a read model's own query functions that explains each statement instead of running it: the
 * tables each plan would read whole go to `scans`, one entry per statement; every statement answers no rows.
 */
export const explainingExecutor = (client: pg.Client, scans: string[][]): SqlExecutor => ({
  query: async <Row extends object>(text: string, params?: readonly unknown[]) => {
    scans.push(wholeTableScans(await planOf(client, text, params)));
    return { rows: [] as Row[], affectedRows: 0 };
  },
});
