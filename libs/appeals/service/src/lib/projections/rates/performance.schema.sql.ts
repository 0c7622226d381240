import { CLOCK_KINDS, type ClockKind } from '@qinqing/appeals/domain';

/**
 * Facts for the rates enterprises judge departments by (企业评议政府部门, Q 三(七)): one row per settled
 * clock, per answer, per rating, per request handed to a unit, each attributed to the unit responsible at the
 * time. What counts in each rate, and why: docs/appeals-rates.md. (v2: received = handed to the unit, with
 * response within the reply limit; answers carry re-handling and 核减. v3: the facts summed per unit and day
 * as they are written, so a period's rates read days × units, not the period's requests.)
 */
export const PERFORMANCE_TABLES = [
  'appeals_perf3_requests',
  'appeals_perf3_received',
  'appeals_perf3_clock_facts',
  'appeals_perf3_outcomes',
  'appeals_perf3_ratings',
  'appeals_perf3_unit_days',
] as const;

/** The unit-day columns that count a clock's settlements, and those of them on time. */
export const clockColumns = (clock: ClockKind) => {
  const name = clock.replaceAll('-', '_');
  return { settled: `${name}_settled`, onTime: `${name}_on_time` } as const;
};

/** The unit-day counters: each a sum of the facts of one unit on one day (docs/appeals-rates.md). */
export const UNIT_DAY_COUNTERS = [
  // Requests handed to the unit, less those lawfully sent back; of them, replied within the reply limit.
  'received',
  'replied',
  ...CLOCK_KINDS.flatMap((clock) => Object.values(clockColumns(clock))),
  // Answers not set aside by 核减; of them, resolved and not redone; and the answers 核减 set aside.
  'answered',
  'resolved',
  'excluded',
  // Ratings not set aside on appeal, self-given and at a callback; of each, satisfied.
  'self_rated',
  'self_satisfied',
  'callback_rated',
  'callback_satisfied',
] as const;

export type UnitDayCounter = (typeof UNIT_DAY_COUNTERS)[number];

export const PERFORMANCE_TABLES_DDL = [
  `CREATE TABLE IF NOT EXISTS appeals_perf3_requests (
  request_id text PRIMARY KEY,
  responsible_unit_id text NOT NULL,
  cycle integer NOT NULL DEFAULT 0,
  clocks jsonb NOT NULL
)`,
  // Read by request id only: ANALYZE keeps no statistics of the clocks (about three quarters of analysing the
  // table, 1.06 → 0.29 s at 200,000 rows, at a rebuild's end).
  'ALTER TABLE appeals_perf3_requests ALTER COLUMN clocks SET STATISTICS 0',
  `CREATE TABLE IF NOT EXISTS appeals_perf3_received (
  request_id text NOT NULL,
  unit_id text NOT NULL,
  received_on date NOT NULL,
  responded boolean NOT NULL DEFAULT false,
  sent_back boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, unit_id)
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf3_clock_facts (
  request_id text NOT NULL,
  clock text NOT NULL,
  cycle integer NOT NULL,
  unit_id text NOT NULL,
  settled_on date NOT NULL,
  on_time boolean NOT NULL,
  PRIMARY KEY (request_id, clock, cycle)
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf3_outcomes (
  request_id text NOT NULL,
  cycle integer NOT NULL,
  unit_id text NOT NULL,
  outcome text NOT NULL,
  answered_on date NOT NULL,
  redone boolean NOT NULL DEFAULT false,
  excluded boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, cycle)
)`,
  // source: 'self' (the enterprise rated) or 'callback' (its answer on the phone at a 回访), kept apart;
  // excluded: a 申诉 the supervisor upheld set the rating aside.
  `CREATE TABLE IF NOT EXISTS appeals_perf3_ratings (
  request_id text NOT NULL,
  source text NOT NULL,
  unit_id text NOT NULL,
  rating text NOT NULL,
  rated_on date NOT NULL,
  excluded boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, source)
)`,
  // Each fact's write adds its change to its unit's day in the same statement; a period's rates sum days.
  `CREATE TABLE IF NOT EXISTS appeals_perf3_unit_days (
  day date NOT NULL,
  unit_id text NOT NULL,
  ${UNIT_DAY_COUNTERS.map((counter) => `${counter} integer NOT NULL DEFAULT 0`).join(',\n  ')},
  PRIMARY KEY (day, unit_id)
)`,
];
