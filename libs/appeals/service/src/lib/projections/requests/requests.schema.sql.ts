/** A pair of characters' search key is (first + 1) × PAIR_BASE + second: above every code point (< 2^21). */
const PAIR_BASE = 2 ** 21;

/** The read model's tables: the request list, its 督办 orders and its 回访 / 整改 clocks. */
export const REQUESTS_TABLES = [
  'appeals_requests',
  'appeals_supervision_orders',
  'appeals_follow_ups',
] as const;

/**
 * The request list and the scheduler's view of due dates. Personal data stays here, masked on the way out.
 * Every index is made IF NOT EXISTS: a rebuild drops the secondary ones and a start cut short of their
 * rebuilding brings them back here.
 */
export const REQUESTS_TABLE_DDL = [
  `
CREATE TABLE IF NOT EXISTS appeals_requests (
  request_id text PRIMARY KEY,
  receipt_code text NOT NULL UNIQUE,
  enterprise_credit_code text NOT NULL,
  enterprise_name text NOT NULL,
  contact_name text NOT NULL,
  contact_phone text NOT NULL,
  category text NOT NULL,
  priority text NOT NULL,
  title text NOT NULL,
  channel text NOT NULL,
  receiving_unit_id text NOT NULL,
  owner_unit_id text NOT NULL,
  handed_off_by text,
  pending_department_id text,
  claim_by date,
  department_id text,
  status text NOT NULL,
  paused boolean NOT NULL DEFAULT false,
  outcome text,
  answered_on date,
  feedback_due date,
  rating text,
  review_open boolean NOT NULL DEFAULT false,
  reopen_count integer NOT NULL DEFAULT 0,
  duplicate_of text,
  open_supervision_orders integer NOT NULL DEFAULT 0,
  clocks jsonb NOT NULL,
  provisional jsonb NOT NULL DEFAULT '{}'::jsonb,
  provisional_year smallint,
  submitted_at timestamptz NOT NULL,
  submitted_on date NOT NULL,
  updated_at timestamptz NOT NULL
)`,
  'CREATE INDEX IF NOT EXISTS appeals_requests_status ON appeals_requests (status, submitted_at)',
  // Open311 searches a window of submission time, newest first.
  'CREATE INDEX IF NOT EXISTS appeals_requests_submitted ON appeals_requests (submitted_at, request_id)',
  // Provisional due dates (a year's holiday notice missing): tables made before they existed get the columns.
  "ALTER TABLE appeals_requests ADD COLUMN IF NOT EXISTS provisional jsonb NOT NULL DEFAULT '{}'::jsonb",
  'ALTER TABLE appeals_requests ADD COLUMN IF NOT EXISTS provisional_year smallint',
  // The scheduler finds requests to re-derive by the year they wait for, once its notice is loaded.
  'CREATE INDEX IF NOT EXISTS appeals_requests_provisional ON appeals_requests (provisional_year) WHERE provisional_year IS NOT NULL',
  // No query filters on the clocks or the provisional dues as documents (only on what sort_due and
  // provisional_year take of them), so ANALYZE keeps no statistics of them: comparing and sizing thousands of
  // sampled documents was about half of analysing the table (2.3 → 1.3 s at 200,000 rows), paid at a
  // rebuild's end and after a catch-up's bulk batches.
  'ALTER TABLE appeals_requests ALTER COLUMN clocks SET STATISTICS 0',
  'ALTER TABLE appeals_requests ALTER COLUMN provisional SET STATISTICS 0',
  // What the inbox sorts and pages by is derived in the database from the row itself (a generated column), and
  // what it searches from the name (an expression index, below), so the projection code does not change and
  // existing rows get them on ALTER and CREATE INDEX. The sort date is computed on every insert and on every update of a row's clocks or pause: PL/pgSQL evaluating the three
  // clocks as plain expressions costs about a fifth of the SQL function it replaced (a subquery over
  // jsonb_each, planned and run at each call), for the same date.
  `
CREATE OR REPLACE FUNCTION appeals_sort_due(clocks jsonb, paused boolean) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF paused THEN RETURN DATE '9999-12-31'; END IF;
  RETURN coalesce(least(
    CASE WHEN clocks->'accept'->>'status' IN ('running', 'overdue') THEN (clocks->'accept'->>'due')::date END,
    CASE WHEN clocks->'reply'->>'status' IN ('running', 'overdue') THEN (clocks->'reply'->>'due')::date END,
    CASE WHEN clocks->'resolve'->>'status' IN ('running', 'overdue') THEN (clocks->'resolve'->>'due')::date END),
    DATE '9999-12-31');
END
$$`,
  // The name's search keys: each character of the lower-cased name as its code point (`ascii` gives the code
  // point in a UTF8 database, which setup requires), and each pair of neighbouring characters as
  // (first + 1) × 2^21 + second — above every code point (< 2^21), so a pair never equals a character and no
  // two pairs share a key: the keys stand for the text exactly. In the order they come, repeats included: the
  // GIN index keeps each key once and `@>` asks only whether a key is there. Integers, not the characters as
  // text: the index's build compares keys as integers instead of by the database's collation (strcoll for each
  // of the millions of comparisons), which cost about twice as long. A loop, not an SQL function over
  // generate_series with DISTINCT (which sorted the grams: 21 µs a name against the loop's 6 µs, measured for the
  // text grams these keys replaced).
  `
CREATE OR REPLACE FUNCTION appeals_name_keys(name text) RETURNS bigint[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  lowered text := lower(name);
  characters integer := coalesce(char_length(lowered), 0);
  keys bigint[] := '{}';
  this bigint;
  previous bigint;
BEGIN
  FOR i IN 1..characters LOOP
    this := ascii(substr(lowered, i, 1));
    keys := keys || this;
    IF i > 1 THEN keys := keys || ((previous + 1) * ${PAIR_BASE} + this); END IF;
    previous := this;
  END LOOP;
  RETURN keys;
END
$$`,
  // What a search asks of the index for a fragment of a name, worked out by the same function and so the same
  // lower-casing as the names' keys: a single character's key, or a longer fragment's pairs only (they hold all
  // of its characters, and a character's posting list can cover most of a city's names).
  `
CREATE OR REPLACE FUNCTION appeals_name_fragment_keys(fragment text) RETURNS bigint[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(k) <= 1 THEN k ELSE ARRAY(SELECT key FROM unnest(k) AS key WHERE key >= ${PAIR_BASE}) END
  FROM appeals_name_keys(fragment) AS k
$$`,
  /*
   * sort_due: the nearest due date of a running accept, reply or resolve clock (only these go overdue by
   * time), or 9999-12-31 when paused or settled. Overdue ⇔ sort_due < today, and ordering by it puts overdue
   * requests first: one index serves the overdue filter, the order and keyset paging.
   */
  `ALTER TABLE appeals_requests ADD COLUMN IF NOT EXISTS sort_due date
     GENERATED ALWAYS AS (appeals_sort_due(clocks, paused)) STORED`,
  /*
   * The enterprise name's search keys: substring search through a GIN index over the expression. Tables made
   * before kept the characters and pairs as text, first in a stored column (every row carried them, and every
   * insert and rebuild paid for them before the index was built), then in an index over `appeals_name_grams`:
   * both go, with that function, and the index comes back over the keys. The function is IMMUTABLE: a change
   * of what it returns must come with a new name (and index), as here, or a REINDEX.
   */
  'ALTER TABLE appeals_requests DROP COLUMN IF EXISTS name_grams',
  'DROP INDEX IF EXISTS appeals_requests_name_search',
  'DROP FUNCTION IF EXISTS appeals_name_grams(text)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_inbox ON appeals_requests (sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_status_inbox ON appeals_requests (status, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_receiving ON appeals_requests (receiving_unit_id, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_owner ON appeals_requests (owner_unit_id, sort_due, request_id)',
  // The other columns a unit sees a request by, and the searches by credit code and phone: each an index range
  // in the inbox's order, so a unit's inbox arm and a search read only the rows they return, whatever the
  // planner's statistics say (one-column indexes left it sorting an enterprise's rows or walking the whole
  // deadline index when the table had not been analysed). Replaces the one-column indexes of earlier tables.
  'DROP INDEX IF EXISTS appeals_requests_department',
  'DROP INDEX IF EXISTS appeals_requests_pending',
  'DROP INDEX IF EXISTS appeals_requests_enterprise',
  'DROP INDEX IF EXISTS appeals_requests_handed_off_by',
  'DROP INDEX IF EXISTS appeals_requests_phone',
  'CREATE INDEX IF NOT EXISTS appeals_requests_department_inbox ON appeals_requests (department_id, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_pending_inbox ON appeals_requests (pending_department_id, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_handed_off_by_inbox ON appeals_requests (handed_off_by, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_enterprise_inbox ON appeals_requests (enterprise_credit_code, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_phone_inbox ON appeals_requests (contact_phone, sort_due, request_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_name_keys ON appeals_requests USING gin (appeals_name_keys(enterprise_name))',
  // 督办 orders with their working-day due dates: the scheduler's candidates for reminders and escalation.
  `
CREATE TABLE IF NOT EXISTS appeals_supervision_orders (
  order_id text PRIMARY KEY,
  request_id text NOT NULL,
  level integer NOT NULL DEFAULT 1,
  due date NOT NULL,
  reminded boolean NOT NULL DEFAULT false,
  open boolean NOT NULL DEFAULT true
)`,
  'CREATE INDEX IF NOT EXISTS appeals_supervision_orders_due ON appeals_supervision_orders (due) WHERE open',
  // 回访 and 整改 clocks (好差评 after the rating): the scheduler's candidates for their reminders and misses.
  `
CREATE TABLE IF NOT EXISTS appeals_follow_ups (
  request_id text NOT NULL,
  follow_up text NOT NULL,
  due date NOT NULL,
  reminded boolean NOT NULL DEFAULT false,
  missed boolean NOT NULL DEFAULT false,
  done boolean NOT NULL DEFAULT false,
  PRIMARY KEY (request_id, follow_up)
)`,
  'CREATE INDEX IF NOT EXISTS appeals_follow_ups_due ON appeals_follow_ups (due) WHERE NOT done',
];
