import type { SqlStatement } from './sql.port';

/** A parameter's place in a statement's text. */
const PARAMETER = /\$(\d+)/gu;

/**
 * Data-modifying statements (INSERT, UPDATE, DELETE, each on its own parameters `$1`, `$2`, …) sent as one: each
 * becomes a WITH query, its parameters numbered on after the previous statements', then `primary` (a SELECT
 * without parameters; its rows are the statement's). PostgreSQL runs every data-modifying WITH query exactly
 * once whether the primary reads it or not, all of them on the statement's one snapshot: none sees another's
 * changes, so the statements must not touch the same rows (writes of different tables, or of rows another does
 * not touch), and the primary sees the tables as they were before. One round trip instead of one each — what a
 * read model's batch costs when a rebuild's read waits on it. The statements' text must hold `$` only in
 * parameters (no dollar quoting).
 */
export const statementsTogether = (
  statements: readonly SqlStatement[],
  primary = 'SELECT NULL',
): SqlStatement => {
  const { queries, params } = withQueries(statements);
  if (queries.length === 0) return { sql: primary, params };
  return { sql: `WITH ${queries.join(',\n')}\n${primary}`, params };
};

/**
 * The statements as WITH queries `${name}0 AS (…)`, `${name}1 AS (…)`, …, their parameters numbered on from
 * `first`, and those parameters in order: for a statement that has WITH queries of its own to put them before.
 */
export const withQueries = (
  statements: readonly SqlStatement[],
  name = 'w',
  first = 1,
): { readonly queries: string[]; readonly params: unknown[] } => {
  const params: unknown[] = [];
  const queries = statements.map(({ sql, params: own }, i) => {
    const offset = first - 1 + params.length;
    params.push(...own);
    return `${name}${i} AS (${sql.replace(PARAMETER, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { queries, params };
};
