/**
 * Facts for the rates enterprises judge departments by (企业评议政府部门, Q 三(七)): one row per settled
 * clock, per answer, per rating, per request handed to a unit, each attributed to the unit responsible at the
 * time. What counts in each rate, and why: docs/appeals-rates.md. (v2: received = handed to the unit, with
 * response within the reply limit; answers carry re-handling and 核减.)
 */
export const PERFORMANCE_TABLES = [
  'appeals_perf2_requests',
  'appeals_perf2_received',
  'appeals_perf2_clock_facts',
  'appeals_perf2_outcomes',
  'appeals_perf2_ratings',
] as const;

export const PERFORMANCE_TABLES_DDL = [
  `CREATE TABLE IF NOT EXISTS appeals_perf2_requests (
  request_id text PRIMARY KEY,
  responsible_unit_id text NOT NULL,
  cycle integer NOT NULL DEFAULT 0,
  clocks jsonb NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf2_received (
  request_id text NOT NULL,
  unit_id text NOT NULL,
  received_on date NOT NULL,
  responded boolean NOT NULL DEFAULT false,
  sent_back boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, unit_id)
)`,
  'CREATE INDEX IF NOT EXISTS appeals_perf2_received_unit ON appeals_perf2_received (unit_id, received_on)',
  `CREATE TABLE IF NOT EXISTS appeals_perf2_clock_facts (
  request_id text NOT NULL,
  clock text NOT NULL,
  cycle integer NOT NULL,
  unit_id text NOT NULL,
  settled_on date NOT NULL,
  on_time boolean NOT NULL,
  PRIMARY KEY (request_id, clock, cycle)
)`,
  'CREATE INDEX IF NOT EXISTS appeals_perf2_clock_facts_unit ON appeals_perf2_clock_facts (unit_id, settled_on)',
  `CREATE TABLE IF NOT EXISTS appeals_perf2_outcomes (
  request_id text NOT NULL,
  cycle integer NOT NULL,
  unit_id text NOT NULL,
  outcome text NOT NULL,
  answered_on date NOT NULL,
  redone boolean NOT NULL DEFAULT false,
  excluded boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, cycle)
)`,
  'CREATE INDEX IF NOT EXISTS appeals_perf2_outcomes_unit ON appeals_perf2_outcomes (unit_id, answered_on)',
  // source: 'self' (the enterprise rated) or 'callback' (its answer on the phone at a 回访), kept apart;
  // excluded: a 申诉 the supervisor upheld set the rating aside.
  `CREATE TABLE IF NOT EXISTS appeals_perf2_ratings (
  request_id text NOT NULL,
  source text NOT NULL,
  unit_id text NOT NULL,
  rating text NOT NULL,
  rated_on date NOT NULL,
  excluded boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, source)
)`,
  'CREATE INDEX IF NOT EXISTS appeals_perf2_ratings_unit ON appeals_perf2_ratings (unit_id, rated_on)',
];
