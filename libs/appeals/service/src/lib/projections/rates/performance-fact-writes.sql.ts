import { CLOCK_KINDS, isSatisfiedRating, RATINGS } from '@qinqing/appeals/domain';
import { clockColumns, type UnitDayCounter } from './performance.schema.sql';

/**
 * The statements that write the rates' facts, each over arrays of its rows' values (`runRowWrites` sends the
 * writes of one kind together), and each adding what it changed to the unit days in the same statement.
 */

/** Inserts rows (arrays of each column, in row order), skipping a key already there: the first one wins. */
const insertRows = (table: string, columns: Record<string, string>, conflict: string): string => {
  const names = Object.keys(columns);
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  return `INSERT INTO ${table} (${names.join(', ')})
  SELECT ${names.join(', ')} FROM unnest(${arrays}) WITH ORDINALITY AS r(${names.join(', ')}, n) ORDER BY n
  ON CONFLICT ${conflict} DO NOTHING`;
};

/** Sets a flag on the rows with these keys (arrays of each key column) that do not have it yet. */
const setFlag = (table: string, flag: string, keys: Record<string, string>, where = ''): string => {
  const names = Object.keys(keys);
  const arrays = names.map((name, i) => `$${i + 1}::${keys[name]}[]`).join(', ');
  return `UPDATE ${table} AS t SET ${flag} = true FROM unnest(${arrays}) AS k(${names.join(', ')})
  WHERE ${names.map((name) => `t.${name} = k.${name}`).join(' AND ')} AND NOT t.${flag}${where}`;
};

/** 1 where the condition holds, else 0 (an SQL expression). */
const oneIf = (condition: string): string => `(${condition})::integer`;

const satisfiedRating = `rating IN (${RATINGS.filter(isSatisfiedRating)
  .map((rating) => `'${rating.replaceAll("'", "''")}'`)
  .join(', ')})`;

/**
 * A fact write that also adds its change to the unit days, in one statement: `write` returns the rows it
 * inserted or changed (RETURNING unit_id, day and what `counters` read), and each counter's expression is
 * what one such row adds to its unit's day (negative where the change takes a fact out of a count).
 */
const countingInUnitDays = (
  write: string,
  returning: string,
  counters: Partial<Record<UnitDayCounter, string>>,
): string => {
  const names = Object.keys(counters);
  const sums = Object.values(counters).map((expression) => `sum(${expression})::integer`);
  return `WITH written AS (${write}
  RETURNING ${returning})
  INSERT INTO appeals_perf3_unit_days AS d (day, unit_id, ${names.join(', ')})
  SELECT day, unit_id, ${sums.join(', ')} FROM written GROUP BY day, unit_id
  ON CONFLICT (day, unit_id) DO UPDATE SET ${names.map((name) => `${name} = d.${name} + EXCLUDED.${name}`).join(', ')}`;
};

export const CLOCK_FACT = countingInUnitDays(
  insertRows(
    'appeals_perf3_clock_facts',
    {
      request_id: 'text',
      clock: 'text',
      cycle: 'integer',
      unit_id: 'text',
      settled_on: 'date',
      on_time: 'boolean',
    },
    '(request_id, clock, cycle)',
  ),
  'unit_id, settled_on AS day, clock, on_time',
  Object.fromEntries(
    CLOCK_KINDS.flatMap((clock) => {
      const columns = clockColumns(clock);
      return [
        [columns.settled, oneIf(`clock = '${clock}'`)],
        [columns.onTime, oneIf(`clock = '${clock}' AND on_time`)],
      ];
    }),
  ),
);
export const RECEIVED = countingInUnitDays(
  insertRows(
    'appeals_perf3_received',
    { request_id: 'text', unit_id: 'text', received_on: 'date', responded: 'boolean' },
    '(request_id, unit_id)',
  ),
  'unit_id, received_on AS day, responded',
  { received: '1', replied: oneIf('responded') },
);
const RECEIVED_KEY = { request_id: 'text', unit_id: 'text' };
const RECEIVED_CHANGED = 't.unit_id, t.received_on AS day, t.responded, t.sent_back';
// A lawful send-back takes the request out of the unit's received (and replied, if it was).
export const SENT_BACK = countingInUnitDays(
  setFlag('appeals_perf3_received', 'sent_back', RECEIVED_KEY),
  RECEIVED_CHANGED,
  { received: '-1', replied: `-${oneIf('responded')}` },
);
export const RESPONDED = countingInUnitDays(
  setFlag('appeals_perf3_received', 'responded', RECEIVED_KEY),
  RECEIVED_CHANGED,
  { replied: oneIf('NOT sent_back') },
);
export const OUTCOME = countingInUnitDays(
  insertRows(
    'appeals_perf3_outcomes',
    { request_id: 'text', cycle: 'integer', unit_id: 'text', outcome: 'text', answered_on: 'date' },
    '(request_id, cycle)',
  ),
  'unit_id, answered_on AS day, outcome',
  { answered: '1', resolved: oneIf("outcome = 'resolved'") },
);
const OUTCOME_KEY = { request_id: 'text', cycle: 'integer' };
const OUTCOME_CHANGED = 't.unit_id, t.answered_on AS day, t.outcome, t.redone, t.excluded';
export const REDONE = countingInUnitDays(
  setFlag('appeals_perf3_outcomes', 'redone', OUTCOME_KEY),
  OUTCOME_CHANGED,
  {
    resolved: `-${oneIf("outcome = 'resolved' AND NOT excluded")}`,
  },
);
// 核减: the answer leaves the resolution denominator (and the resolved, if it counted there).
export const OUTCOME_EXCLUDED = countingInUnitDays(
  setFlag('appeals_perf3_outcomes', 'excluded', OUTCOME_KEY),
  OUTCOME_CHANGED,
  { answered: '-1', resolved: `-${oneIf("outcome = 'resolved' AND NOT redone")}`, excluded: '1' },
);
export const RATING = countingInUnitDays(
  insertRows(
    'appeals_perf3_ratings',
    { request_id: 'text', source: 'text', unit_id: 'text', rating: 'text', rated_on: 'date' },
    '(request_id, source)',
  ),
  'unit_id, rated_on AS day, source, rating',
  {
    self_rated: oneIf("source = 'self'"),
    self_satisfied: oneIf(`source = 'self' AND ${satisfiedRating}`),
    callback_rated: oneIf("source = 'callback'"),
    callback_satisfied: oneIf(`source = 'callback' AND ${satisfiedRating}`),
  },
);
export const SELF_RATING_EXCLUDED = countingInUnitDays(
  setFlag('appeals_perf3_ratings', 'excluded', { request_id: 'text' }, " AND t.source = 'self'"),
  't.unit_id, t.rated_on AS day, t.rating',
  { self_rated: '-1', self_satisfied: `-${oneIf(satisfiedRating)}` },
);
