import type { CleanEnterprisePage, CleanEnterpriseEvaluationView } from '@qinqing/credit/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/** A year's standing evaluations by credit code, from after `after` (the primary key is the keyset). */
export const listEvaluationsStatement = (
  year: number,
  after: string | undefined,
  limit: number,
): { readonly sql: string; readonly params: unknown[] } => ({
  sql: `SELECT evaluation_id, credit_code, enterprise_name, year, passed, items, evaluated_on
          FROM credit_clean_enterprise_evaluations
         WHERE year = $1 ${after === undefined ? '' : 'AND credit_code > $3'}
         ORDER BY year, credit_code LIMIT $2`,
  params: after === undefined ? [year, limit + 1] : [year, limit + 1, after],
});

export const listEvaluations = async (
  db: SqlExecutor,
  year: number,
  after: string | undefined,
  limit: number,
): Promise<CleanEnterprisePage> => {
  const statement = listEvaluationsStatement(year, after, limit);
  const { rows } = await db.query<{
    evaluation_id: string;
    credit_code: string;
    enterprise_name: string;
    year: number;
    passed: boolean;
    items: CleanEnterpriseEvaluationView['items'] | string;
    evaluated_on: string;
  }>(statement.sql, statement.params);
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({
      evaluationId: row.evaluation_id,
      creditCode: row.credit_code,
      enterpriseName: row.enterprise_name,
      year: row.year,
      passed: row.passed,
      items:
        typeof row.items === 'string'
          ? (JSON.parse(row.items) as CleanEnterpriseEvaluationView['items'])
          : row.items,
      evaluatedOn: row.evaluated_on,
    })),
    next: rows.length > limit ? (page.at(-1)?.credit_code ?? null) : null,
  };
};
