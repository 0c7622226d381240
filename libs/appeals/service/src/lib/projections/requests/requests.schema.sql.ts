/** The request list and the scheduler's view of due dates. Personal data stays here, masked on the way out. */
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
  'CREATE INDEX IF NOT EXISTS appeals_requests_department ON appeals_requests (department_id, status)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_pending ON appeals_requests (pending_department_id)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_enterprise ON appeals_requests (enterprise_credit_code)',
  'CREATE INDEX IF NOT EXISTS appeals_requests_status ON appeals_requests (status, submitted_at)',
  // Provisional due dates (a year's holiday notice missing): tables made before they existed get the columns.
  "ALTER TABLE appeals_requests ADD COLUMN IF NOT EXISTS provisional jsonb NOT NULL DEFAULT '{}'::jsonb",
  'ALTER TABLE appeals_requests ADD COLUMN IF NOT EXISTS provisional_year smallint',
  // The scheduler finds requests to re-derive by the year they wait for, once its notice is loaded.
  'CREATE INDEX IF NOT EXISTS appeals_requests_provisional ON appeals_requests (provisional_year) WHERE provisional_year IS NOT NULL',
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
