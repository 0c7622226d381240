import { CLOCK_KINDS, isSatisfiedRating, RATINGS } from '@qinqing/appeals/domain';
import {
  type RowWrite,
  rowWriteRounds,
  rowWriteParameters,
  type SqlExecutor,
  runRowWritesTogether,
  type SqlStatement,
  withQueries,
} from '@qinqing/shared/event-sourcing';
import { clockColumns, UNIT_DAY_COUNTERS, type UnitDayCounter } from './performance.schema.sql';

/**
 * The statements that write the rates' facts, each over arrays of its rows' values, and each adding what it
 * changed to the unit days in the same statement. `runFactWrites` sends a batch's facts in as few statements as
 * keep their effect: the facts of different tables go together, one statement per round of each table's writes.
 */

/** One kind of fact write: a data-modifying statement whose written rows each add `counters` to a unit day. */
interface FactKind {
  /** The write, its parameters numbered from `first` on (one array per column or key column). */
  readonly write: (first: number) => string;
  /** How many parameters the write takes. */
  readonly parameters: number;
  /** What the write returns of each row it inserted or changed: `unit_id`, `day` and what the counters read. */
  readonly returning: string;
  /** What one such row adds to its unit's day (negative where the change takes a fact out of a count). */
  readonly counters: Partial<Record<UnitDayCounter, string>>;
}

/** `$first::type[], …` for these columns. */
const arrayParameters = (types: readonly string[], first: number): string =>
  types.map((type, i) => `$${first + i}::${type}[]`).join(', ');

/** Inserts rows (arrays of each column, in row order), skipping a key already there: the first one wins. */
const insertRows = (
  table: string,
  columns: Record<string, string>,
  conflict: string,
): Pick<FactKind, 'write' | 'parameters'> => {
  const names = Object.keys(columns);
  return {
    write: (first) => `INSERT INTO ${table} (${names.join(', ')})
  SELECT ${names.join(', ')} FROM unnest(${arrayParameters(Object.values(columns), first)}) WITH ORDINALITY AS r(${names.join(', ')}, n) ORDER BY n
  ON CONFLICT ${conflict} DO NOTHING`,
    parameters: names.length,
  };
};

/** Sets a flag on the rows with these keys (arrays of each key column) that do not have it yet. */
const setFlag = (
  table: string,
  flag: string,
  keys: Record<string, string>,
  where = '',
): Pick<FactKind, 'write' | 'parameters'> => {
  const names = Object.keys(keys);
  return {
    write: (
      first,
    ) => `UPDATE ${table} AS t SET ${flag} = true FROM unnest(${arrayParameters(Object.values(keys), first)}) AS k(${names.join(', ')})
  WHERE ${names.map((name) => `t.${name} = k.${name}`).join(' AND ')} AND NOT t.${flag}${where}`,
    parameters: names.length,
  };
};

/** 1 where the condition holds, else 0 (an SQL expression). */
const oneIf = (condition: string): string => `(${condition})::integer`;

const satisfiedRating = `rating IN (${RATINGS.filter(isSatisfiedRating)
  .map((rating) => `'${rating.replaceAll("'", "''")}'`)
  .join(', ')})`;

/**
 * Fact writes of different tables in one statement, and what they changed added to the unit days: each write a
 * data-modifying WITH query (each sees the tables as they were before the statement, so no two may touch the
 * same rows), their rows' counters summed per unit and day and added in one upsert — sums, so in any order.
 */
const statementOf = (
  kinds: readonly FactKind[],
  alongside: readonly string[] = [],
  firstParameter = 1,
): string => {
  const counters = UNIT_DAY_COUNTERS.filter((counter) => kinds.some((kind) => counter in kind.counters));
  let first = firstParameter;
  const writes = kinds.map((kind, i) => {
    const write = `w${i} AS (${kind.write(first)}
  RETURNING ${kind.returning})`;
    first += kind.parameters;
    return write;
  });
  const changes = kinds.map(
    (kind, i) =>
      `SELECT day, unit_id, ${counters.map((counter) => `${kind.counters[counter] ?? '0'} AS ${counter}`).join(', ')} FROM w${i}`,
  );
  return `WITH ${[...alongside, ...writes].join(',\n')},
  changes AS (${changes.join('\n  UNION ALL ')})
  INSERT INTO appeals_perf3_unit_days AS d (day, unit_id, ${counters.join(', ')})
  SELECT day, unit_id, ${counters.map((counter) => `sum(${counter})::integer`).join(', ')} FROM changes GROUP BY day, unit_id
  ON CONFLICT (day, unit_id) DO UPDATE SET ${counters.map((counter) => `${counter} = d.${counter} + EXCLUDED.${counter}`).join(', ')}`;
};

const CLOCK_FACT_KIND: FactKind = {
  ...insertRows(
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
  returning: 'unit_id, settled_on AS day, clock, on_time',
  counters: Object.fromEntries(
    CLOCK_KINDS.flatMap((clock) => {
      const columns = clockColumns(clock);
      return [
        [columns.settled, oneIf(`clock = '${clock}'`)],
        [columns.onTime, oneIf(`clock = '${clock}' AND on_time`)],
      ];
    }),
  ),
};
const RECEIVED_KIND: FactKind = {
  ...insertRows(
    'appeals_perf3_received',
    { request_id: 'text', unit_id: 'text', received_on: 'date', responded: 'boolean' },
    '(request_id, unit_id)',
  ),
  returning: 'unit_id, received_on AS day, responded',
  counters: { received: '1', replied: oneIf('responded') },
};
const RECEIVED_KEY = { request_id: 'text', unit_id: 'text' };
const RECEIVED_CHANGED = 't.unit_id, t.received_on AS day, t.responded, t.sent_back';
// A lawful send-back takes the request out of the unit's received (and replied, if it was).
const SENT_BACK_KIND: FactKind = {
  ...setFlag('appeals_perf3_received', 'sent_back', RECEIVED_KEY),
  returning: RECEIVED_CHANGED,
  counters: { received: '-1', replied: `-${oneIf('responded')}` },
};
const RESPONDED_KIND: FactKind = {
  ...setFlag('appeals_perf3_received', 'responded', RECEIVED_KEY),
  returning: RECEIVED_CHANGED,
  counters: { replied: oneIf('NOT sent_back') },
};
const OUTCOME_KIND: FactKind = {
  ...insertRows(
    'appeals_perf3_outcomes',
    { request_id: 'text', cycle: 'integer', unit_id: 'text', outcome: 'text', answered_on: 'date' },
    '(request_id, cycle)',
  ),
  returning: 'unit_id, answered_on AS day, outcome',
  counters: { answered: '1', resolved: oneIf("outcome = 'resolved'") },
};
const OUTCOME_KEY = { request_id: 'text', cycle: 'integer' };
const OUTCOME_CHANGED = 't.unit_id, t.answered_on AS day, t.outcome, t.redone, t.excluded';
const REDONE_KIND: FactKind = {
  ...setFlag('appeals_perf3_outcomes', 'redone', OUTCOME_KEY),
  returning: OUTCOME_CHANGED,
  counters: { resolved: `-${oneIf("outcome = 'resolved' AND NOT excluded")}` },
};
// 核减: the answer leaves the resolution denominator (and the resolved, if it counted there).
const OUTCOME_EXCLUDED_KIND: FactKind = {
  ...setFlag('appeals_perf3_outcomes', 'excluded', OUTCOME_KEY),
  returning: OUTCOME_CHANGED,
  counters: { answered: '-1', resolved: `-${oneIf("outcome = 'resolved' AND NOT redone")}`, excluded: '1' },
};
const RATING_KIND: FactKind = {
  ...insertRows(
    'appeals_perf3_ratings',
    { request_id: 'text', source: 'text', unit_id: 'text', rating: 'text', rated_on: 'date' },
    '(request_id, source)',
  ),
  returning: 'unit_id, rated_on AS day, source, rating',
  counters: {
    self_rated: oneIf("source = 'self'"),
    self_satisfied: oneIf(`source = 'self' AND ${satisfiedRating}`),
    callback_rated: oneIf("source = 'callback'"),
    callback_satisfied: oneIf(`source = 'callback' AND ${satisfiedRating}`),
  },
};
const SELF_RATING_EXCLUDED_KIND: FactKind = {
  ...setFlag('appeals_perf3_ratings', 'excluded', { request_id: 'text' }, " AND t.source = 'self'"),
  returning: 't.unit_id, t.rated_on AS day, t.rating',
  counters: { self_rated: '-1', self_satisfied: `-${oneIf(satisfiedRating)}` },
};

// Each kind's statement on its own: what a fact write (`RowWrite.sql`) names.
export const CLOCK_FACT = statementOf([CLOCK_FACT_KIND]);
export const RECEIVED = statementOf([RECEIVED_KIND]);
export const SENT_BACK = statementOf([SENT_BACK_KIND]);
export const RESPONDED = statementOf([RESPONDED_KIND]);
export const OUTCOME = statementOf([OUTCOME_KIND]);
export const REDONE = statementOf([REDONE_KIND]);
export const OUTCOME_EXCLUDED = statementOf([OUTCOME_EXCLUDED_KIND]);
export const RATING = statementOf([RATING_KIND]);
export const SELF_RATING_EXCLUDED = statementOf([SELF_RATING_EXCLUDED_KIND]);

const KIND_OF_STATEMENT = new Map<string, FactKind>([
  [CLOCK_FACT, CLOCK_FACT_KIND],
  [RECEIVED, RECEIVED_KIND],
  [SENT_BACK, SENT_BACK_KIND],
  [RESPONDED, RESPONDED_KIND],
  [OUTCOME, OUTCOME_KIND],
  [REDONE, REDONE_KIND],
  [OUTCOME_EXCLUDED, OUTCOME_EXCLUDED_KIND],
  [RATING, RATING_KIND],
  [SELF_RATING_EXCLUDED, SELF_RATING_EXCLUDED_KIND],
]);

/** Statements of several kinds together, made once per combination. */
const combined = new Map<string, string>();

/**
 * Runs a batch's fact writes (each `sql` one of the statements above) with the effect of running them one by
 * one: `rowWriteRounds` puts each table's writes into the statements that keep each row's writes in order, and
 * the n-th statement of every table goes in one statement — one round trip a round, and one upsert of the unit
 * days, instead of one of each per table and kind (a rebuild's batch has facts of every table). `alongside`
 * (statements on tables no fact is written to: the requests' tracking) goes with the first round.
 */
export const runFactWrites = async (
  tx: SqlExecutor,
  facts: readonly RowWrite[],
  alongside: readonly SqlStatement[] = [],
): Promise<void> => {
  const rounds = rowWriteRounds(facts);
  if (rounds.length === 0) await runRowWritesTogether(tx, [], alongside);
  for (const [round, groups] of rounds.entries()) {
    const kinds = groups.map((group) => {
      const kind = KIND_OF_STATEMENT.get(group.sql);
      if (kind === undefined) throw new Error(`not a fact write of the rates: ${group.sql}`);
      return kind;
    });
    const along = round === 0 ? withQueries(alongside, 'a') : { queries: [], params: [] };
    // The alongside's parameter count decides where the facts' are numbered from: part of what the SQL is made of.
    const name = [...groups.map((group) => group.sql), ...along.queries, along.params.length].join('\u0000');
    const sql = combined.get(name) ?? statementOf(kinds, along.queries, along.params.length + 1);
    combined.set(name, sql);
    await tx.query(sql, [...along.params, ...groups.flatMap(rowWriteParameters)]);
  }
};
