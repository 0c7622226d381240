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
 * read model's batch costs when a rebuild's read waits on it.
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
 * The statements as WITH queries `${name}0 AS (…)`, `${name}1 AS (…)`, …, their parameters numbered on after
 * each other's, and those parameters in order: for a statement that puts its own WITH queries after them. A
 * statement must hold `$` only in its parameters, and be one statement without a WITH of its own (PostgreSQL
 * allows a data-modifying WITH only at the top): those are refused.
 */
export const withQueries = (
  statements: readonly SqlStatement[],
  name = 'w',
): { readonly queries: string[]; readonly params: unknown[] } => {
  const params: unknown[] = [];
  const queries = statements.map(({ sql, params: own }, i) => {
    if (UNFIT.test(sql)) throw new Error(`not a statement to go with others: ${sql}`);
    const offset = params.length;
    params.push(...own);
    // On lines of their own: a comment at the end of the statement does not swallow the bracket.
    return `${name}${i} AS (\n${sql.replace(PARAMETER, (_, n: string) => `$${Number(n) + offset}`)}\n)`;
  });
  return { queries, params };
};

/** Dollar quoting, a statement's own WITH, or a semicolon ending it. */
const UNFIT = /\$[A-Za-z_]*\$|^\s*WITH\b|;\s*$/iu;
