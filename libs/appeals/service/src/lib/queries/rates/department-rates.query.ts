import type { DepartmentRates, Rate } from '@qinqing/appeals/contracts';
import { CLOCK_KINDS, type ClockKind, RATINGS, isSatisfiedRating } from '@qinqing/appeals/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/** The rates of one unit, before its name is looked up. */
export type UnitRates = Omit<DepartmentRates, 'name'>;

const rate = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

const satisfied = RATINGS.filter(isSatisfiedRating);

/**
 * Response, on-time (per clock), resolution and satisfaction rates per unit for a period, computed from
 * facts the performance projection derived from the event log — never from anything a unit reports itself
 * (docs/appeals-rates.md says what counts in each and why):
 * - response: requests handed to the unit (less those it lawfully sent back) whose reply limit was met;
 * - resolution: answers resolved at this level and not reopened nor re-handled on a supervisor's order, over
 *   all answers less those the supervisor approved for 核减 (a justified 告知, an 报出).
 */
export const departmentRates = async (
  db: SqlExecutor,
  period: { readonly from: string; readonly to: string; readonly unitId?: string },
): Promise<UnitRates[]> => {
  const params = [period.from, period.to, period.unitId ?? null];
  const unitFilter = (column: string) => `AND ($3::text IS NULL OR ${column} = $3)`;
  const [received, clocks, outcomes, ratings] = await Promise.all([
    db.query<{ unit_id: string; total: string; replied: string }>(
      `SELECT unit_id, count(*) AS total, count(*) FILTER (WHERE responded) AS replied
       FROM appeals_perf2_received WHERE received_on BETWEEN $1 AND $2 AND NOT sent_back ${unitFilter('unit_id')}
       GROUP BY unit_id`,
      params,
    ),
    db.query<{ unit_id: string; clock: ClockKind; total: string; on_time: string }>(
      `SELECT unit_id, clock, count(*) AS total, count(*) FILTER (WHERE on_time) AS on_time
       FROM appeals_perf2_clock_facts WHERE settled_on BETWEEN $1 AND $2 ${unitFilter('unit_id')}
       GROUP BY unit_id, clock`,
      params,
    ),
    db.query<{ unit_id: string; total: string; resolved: string; excluded: string }>(
      `SELECT unit_id, count(*) FILTER (WHERE NOT excluded) AS total,
              count(*) FILTER (WHERE outcome = 'resolved' AND NOT redone AND NOT excluded) AS resolved,
              count(*) FILTER (WHERE excluded) AS excluded
       FROM appeals_perf2_outcomes WHERE answered_on BETWEEN $1 AND $2 ${unitFilter('unit_id')}
       GROUP BY unit_id`,
      params,
    ),
    db.query<{ unit_id: string; source: string; total: string; satisfied: string }>(
      `SELECT unit_id, source, count(*) AS total, count(*) FILTER (WHERE rating = ANY($4::text[])) AS satisfied
       FROM appeals_perf2_ratings WHERE rated_on BETWEEN $1 AND $2 AND NOT excluded ${unitFilter('unit_id')}
       GROUP BY unit_id, source`,
      [...params, satisfied],
    ),
  ]);
  const units = new Set([
    ...received.rows.map((r) => r.unit_id),
    ...clocks.rows.map((r) => r.unit_id),
    ...outcomes.rows.map((r) => r.unit_id),
    ...ratings.rows.map((r) => r.unit_id),
  ]);
  return [...units].sort().map((unitId) => {
    const rec = received.rows.find((r) => r.unit_id === unitId);
    const out = outcomes.rows.find((r) => r.unit_id === unitId);
    const rat = ratings.rows.find((r) => r.unit_id === unitId && r.source === 'self');
    const called = ratings.rows.find((r) => r.unit_id === unitId && r.source === 'callback');
    const onTimeRate = Object.fromEntries(
      CLOCK_KINDS.map((clock) => {
        const row = clocks.rows.find((r) => r.unit_id === unitId && r.clock === clock);
        return [clock, rate(Number(row?.on_time ?? 0), Number(row?.total ?? 0))];
      }),
    ) as Record<ClockKind, Rate>;
    return {
      unitId,
      received: Number(rec?.total ?? 0),
      responseRate: rate(Number(rec?.replied ?? 0), Number(rec?.total ?? 0)),
      onTimeRate,
      resolutionRate: rate(Number(out?.resolved ?? 0), Number(out?.total ?? 0)),
      excludedFromResolution: Number(out?.excluded ?? 0),
      satisfactionRate: rate(Number(rat?.satisfied ?? 0), Number(rat?.total ?? 0)),
      callbackSatisfactionRate: rate(Number(called?.satisfied ?? 0), Number(called?.total ?? 0)),
    };
  });
};
