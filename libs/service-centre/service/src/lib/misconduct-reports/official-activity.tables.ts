import type { SqlDatabase } from '@qinqing/shared/event-sourcing';

/**
 * The replica of what the public events tell of officials' dealings with enterprises, for the flagged review of
 * an official under report (docs/service-centre.md). Liaison's pairings and the requests raised on visits
 * (keyed by official); interaction filings and, per account, who filed or decided them (liaison's oversight event
 * `interaction-filing.staff-acted`); the enterprise of every request and, per account, the approvals given and
 * the requests acted on (appeals' oversight event `request.staff-acted`). Nothing here but ids, public
 * enterprise facts, kinds and times: no name, phone, title, reason or answer reaches these tables.
 */
export const OFFICIAL_ACTIVITY_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_official_pairings (
     pairing_id text PRIMARY KEY,
     official_id text NOT NULL,
     official_unit_id text NOT NULL,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     category text NOT NULL,
     start_date date NOT NULL,
     end_date date
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_pairings_by_official
     ON service_centre_official_pairings (official_id, start_date DESC, pairing_id)`,
  `CREATE TABLE IF NOT EXISTS service_centre_official_requests (
     request_id text PRIMARY KEY,
     pairing_id text NOT NULL,
     official_id text,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     title text NOT NULL,
     raised_on date NOT NULL,
     state text NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_requests_by_official
     ON service_centre_official_requests (official_id, raised_on DESC, request_id)`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_requests_by_pairing
     ON service_centre_official_requests (pairing_id)`,
  // Every filing's public facts (filed, decided, reported, overdue), joined to the accounts below when read.
  `CREATE TABLE IF NOT EXISTS service_centre_filings (
     filing_id text PRIMARY KEY,
     activity_kind text NOT NULL,
     organiser_kind text NOT NULL,
     credit_codes text[] NOT NULL,
     event_date date NOT NULL,
     outcome text NOT NULL,
     report_due date,
     report text,
     conduct_kept boolean
   )`,
  // An account files a filing or decides it, never both (the decider refuses an official his own superior).
  `CREATE TABLE IF NOT EXISTS service_centre_official_filings (
     account_id text NOT NULL,
     filing_id text NOT NULL,
     role text NOT NULL,
     acted_at timestamptz NOT NULL,
     PRIMARY KEY (account_id, filing_id)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_filings_by_account
     ON service_centre_official_filings (account_id, acted_at DESC, filing_id)`,
  // Every request's enterprise (public on appeals' submitted event), joined to the acts below when read.
  `CREATE TABLE IF NOT EXISTS service_centre_request_enterprises (
     request_id text PRIMARY KEY,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     category text NOT NULL,
     submitted_at timestamptz NOT NULL
   )`,
  // One row per approval given, keyed by its public event's id.
  `CREATE TABLE IF NOT EXISTS service_centre_official_request_approvals (
     approval_id text PRIMARY KEY,
     account_id text NOT NULL,
     request_id text NOT NULL,
     action text NOT NULL,
     acted_at timestamptz NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_request_approvals_by_account
     ON service_centre_official_request_approvals (account_id, acted_at DESC, approval_id)`,
  // One row per account and request it acted on: the kinds of act (each once, in the order first done).
  `CREATE TABLE IF NOT EXISTS service_centre_official_handled_requests (
     account_id text NOT NULL,
     request_id text NOT NULL,
     actions text[] NOT NULL,
     first_acted_at timestamptz NOT NULL,
     last_acted_at timestamptz NOT NULL,
     PRIMARY KEY (account_id, request_id)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_handled_requests_by_account
     ON service_centre_official_handled_requests (account_id, first_acted_at DESC, request_id)`,
];

/**
 * Every consumer of these tables needs them, and Nest runs their `onModuleInit` at once: on PostgreSQL two
 * concurrent `CREATE TABLE IF NOT EXISTS` of one table can both pass the check and one fails on the catalogue's
 * unique index. So the DDL runs once per database, and the other consumers wait for the first.
 */
const setups = new WeakMap<SqlDatabase, Promise<void>>();
export const setupOfficialActivity = (db: SqlDatabase): Promise<void> => {
  let running = setups.get(db);
  if (running === undefined) {
    running = (async () => {
      for (const statement of OFFICIAL_ACTIVITY_DDL) await db.query(statement);
    })();
    setups.set(db, running);
    running.catch(() => setups.delete(db));
  }
  return running;
};
