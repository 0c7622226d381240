/**
 * Facts for the rates enterprises judge departments by (企业评议政府部门, Q 三(七)): one row per settled
 * clock, per answer, per rating, per accepted request, each attributed to the unit responsible at the time.
 */
export const PERFORMANCE_TABLES = [
  'appeals_perf_requests',
  'appeals_perf_received',
  'appeals_perf_clock_facts',
  'appeals_perf_outcomes',
  'appeals_perf_ratings',
] as const;

export const PERFORMANCE_TABLES_DDL = [
  `CREATE TABLE IF NOT EXISTS appeals_perf_requests (
  request_id text PRIMARY KEY,
  responsible_unit_id text NOT NULL,
  cycle integer NOT NULL DEFAULT 0,
  clocks jsonb NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf_received (
  request_id text PRIMARY KEY,
  department_id text NOT NULL,
  accepted_on date NOT NULL,
  replied boolean NOT NULL DEFAULT false
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf_clock_facts (
  request_id text NOT NULL,
  clock text NOT NULL,
  cycle integer NOT NULL,
  unit_id text NOT NULL,
  settled_on date NOT NULL,
  on_time boolean NOT NULL,
  PRIMARY KEY (request_id, clock, cycle)
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf_outcomes (
  request_id text NOT NULL,
  cycle integer NOT NULL,
  unit_id text NOT NULL,
  outcome text NOT NULL,
  answered_on date NOT NULL,
  reopened boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, cycle)
)`,
  `CREATE TABLE IF NOT EXISTS appeals_perf_ratings (
  request_id text PRIMARY KEY,
  unit_id text NOT NULL,
  rating text NOT NULL,
  rated_on date NOT NULL
)`,
];
