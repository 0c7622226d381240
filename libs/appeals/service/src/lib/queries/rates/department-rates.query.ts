import type { DepartmentRates, Rate } from '@qinqing/appeals/contracts';
import { CLOCK_KINDS, type ClockKind } from '@qinqing/appeals/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  clockColumns,
  UNIT_DAY_COUNTERS,
  type UnitDayCounter,
} from '../../projections/rates/performance.schema.sql';

/** The rates of one unit, before its name is looked up. */
export type UnitRates = Omit<DepartmentRates, 'name'>;

type UnitTotals = Record<UnitDayCounter, string> & { readonly unit_id: string };

const rate = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/**
 * A unit has rates for a period when it has a fact there that some rate counts: a request received (not sent
 * back), a clock settled, an answer (set aside by 核减 or not), a rating not set aside.
 */
const HAS_FACTS = [
  'received',
  ...CLOCK_KINDS.map((clock) => clockColumns(clock).settled),
  'answered',
  'excluded',
  'self_rated',
  'callback_rated',
]
  .map((counter) => `sum(${counter}) > 0`)
  .join(' OR ');

/**
 * Response, on-time (per clock), resolution and satisfaction rates per unit for a period, computed from
 * facts the performance projection derived from the event log — never from anything a unit reports itself
 * (docs/appeals-rates.md says what counts in each and why) — summed over the period's unit days, so a year
 * reads at most 366 rows per unit whatever the number of requests:
 * - response: requests handed to the unit (less those it lawfully sent back) whose reply limit was met;
 * - resolution: answers resolved at this level and not reopened nor re-handled on a supervisor's order, over
 *   all answers less those the supervisor approved for 核减 (a justified 告知, an 报出).
 */
export const departmentRates = async (
  db: SqlExecutor,
  period: { readonly from: string; readonly to: string; readonly unitId?: string },
): Promise<UnitRates[]> => {
  const { rows } = await db.query<UnitTotals>(
    `SELECT unit_id, ${UNIT_DAY_COUNTERS.map((counter) => `sum(${counter}) AS ${counter}`).join(', ')}
     FROM appeals_perf3_unit_days
     WHERE day BETWEEN $1 AND $2 AND ($3::text IS NULL OR unit_id = $3)
     GROUP BY unit_id HAVING ${HAS_FACTS}`,
    [period.from, period.to, period.unitId ?? null],
  );
  return rows
    .map((totals) => {
      const count = (counter: UnitDayCounter) => Number(totals[counter]);
      const onTimeRate = Object.fromEntries(
        CLOCK_KINDS.map((clock) => {
          const columns = clockColumns(clock);
          return [clock, rate(count(columns.onTime), count(columns.settled))];
        }),
      ) as Record<ClockKind, Rate>;
      return {
        unitId: totals.unit_id,
        received: count('received'),
        responseRate: rate(count('replied'), count('received')),
        onTimeRate,
        resolutionRate: rate(count('resolved'), count('answered')),
        excludedFromResolution: count('excluded'),
        satisfactionRate: rate(count('self_satisfied'), count('self_rated')),
        callbackSatisfactionRate: rate(count('callback_satisfied'), count('callback_rated')),
      };
    })
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
};
