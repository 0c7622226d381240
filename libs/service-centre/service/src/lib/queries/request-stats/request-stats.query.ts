import {
  figuresOf,
  type RequestCounts,
  type RequestStats,
  type RequestStatsFilter,
  SATISFIED_RATINGS,
} from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { REQUEST_FACTS_TABLE } from '../../consumers/request-stats/request-facts.table';

interface CountsRow {
  unit_id: string | null;
  requests: string;
  accepted: string;
  answered: string;
  resolved: string;
  resolved_on_time: string;
  escalated: string;
  informed: string;
  overdue: string;
  reopened: string;
  rated: string;
  satisfied: string;
  rating_score_sum: string;
}

// The same counts as the domain's `countRequest`, in SQL (the consumer's test proves both agree).
const COUNTS = `count(*) AS requests,
  count(*) FILTER (WHERE accepted) AS accepted,
  count(*) FILTER (WHERE outcome IS NOT NULL) AS answered,
  count(*) FILTER (WHERE outcome = 'resolved') AS resolved,
  count(*) FILTER (WHERE outcome = 'resolved' AND on_time) AS resolved_on_time,
  count(*) FILTER (WHERE outcome = 'escalated') AS escalated,
  count(*) FILTER (WHERE outcome = 'informed') AS informed,
  count(*) FILTER (WHERE missed_deadline) AS overdue,
  count(*) FILTER (WHERE reopen_count > 0) AS reopened,
  count(*) FILTER (WHERE rating IS NOT NULL) AS rated,
  count(*) FILTER (WHERE rating = ANY($3::text[])) AS satisfied,
  coalesce(sum(rating_score), 0) AS rating_score_sum`;

const countsOf = (row: CountsRow): RequestCounts => ({
  requests: Number(row.requests),
  accepted: Number(row.accepted),
  answered: Number(row.answered),
  resolved: Number(row.resolved),
  resolvedOnTime: Number(row.resolved_on_time),
  escalated: Number(row.escalated),
  informed: Number(row.informed),
  overdue: Number(row.overdue),
  reopened: Number(row.reopened),
  rated: Number(row.rated),
  satisfied: Number(row.satisfied),
  ratingScoreSum: Number(row.rating_score_sum),
});

/**
 * The request statistics over the requests the filter selects, per receiving unit, per current department
 * and in total (the domain's `requestStats`, computed by the database).
 */
export const queryRequestStats = async (
  db: SqlExecutor,
  filter: RequestStatsFilter,
): Promise<RequestStats> => {
  const params = [filter.centreId ?? null, filter.departmentId ?? null, SATISFIED_RATINGS];
  const where = `($1::text IS NULL OR receiving_unit_id = $1) AND ($2::text IS NULL OR department_id = $2)`;
  const [centres, departments, totals] = await Promise.all([
    db.query<CountsRow>(
      `SELECT receiving_unit_id AS unit_id, ${COUNTS} FROM ${REQUEST_FACTS_TABLE}
       WHERE ${where} GROUP BY receiving_unit_id ORDER BY receiving_unit_id`,
      params,
    ),
    db.query<CountsRow>(
      `SELECT department_id AS unit_id, ${COUNTS} FROM ${REQUEST_FACTS_TABLE}
       WHERE ${where} AND department_id IS NOT NULL GROUP BY department_id ORDER BY department_id`,
      params,
    ),
    db.query<CountsRow>(
      `SELECT NULL AS unit_id, ${COUNTS} FROM ${REQUEST_FACTS_TABLE} WHERE ${where}`,
      params,
    ),
  ]);
  const rowsOf = (result: { rows: CountsRow[] }) =>
    result.rows.map((row) => ({ unitId: row.unit_id ?? '', ...figuresOf(countsOf(row)) }));
  const total = totals.rows[0];
  if (total === undefined) throw new Error('An aggregate without GROUP BY always answers one row');
  return { centres: rowsOf(centres), departments: rowsOf(departments), totals: figuresOf(countsOf(total)) };
};
