/**
 * Objections and repair applications as tables, for the officer's lists (open ones by due date, decided ones
 * newest first, each by a partial index) and the enterprise's own view (by credit code). The events stay the
 * history.
 */
export const CREDIT_CASES_DDL = [
  `
CREATE TABLE IF NOT EXISTS credit_objections (
  objection_id text PRIMARY KEY,
  document_number text NOT NULL,
  document_key text NOT NULL,
  credit_code text NOT NULL,
  grounds text NOT NULL,
  evidence_reference text,
  filed_by_role text NOT NULL,
  filed_on text NOT NULL,
  due_on text NOT NULL,
  status text NOT NULL,
  outcome text,
  reasons text,
  decided_on text,
  retracted_on text,
  closed_on text,
  filed_at timestamptz NOT NULL
)`,
  `CREATE INDEX IF NOT EXISTS credit_objections_open_by_due
     ON credit_objections (due_on, objection_id) WHERE closed_on IS NULL`,
  `CREATE INDEX IF NOT EXISTS credit_objections_closed_by_day
     ON credit_objections (closed_on DESC, objection_id DESC) WHERE closed_on IS NOT NULL`,
  'CREATE INDEX IF NOT EXISTS credit_objections_by_enterprise ON credit_objections (credit_code, filed_at DESC)',
  `
CREATE TABLE IF NOT EXISTS credit_repair_applications (
  application_id text PRIMARY KEY,
  document_number text NOT NULL,
  document_key text NOT NULL,
  credit_code text NOT NULL,
  correction_evidence text NOT NULL,
  signatory_name text NOT NULL,
  signatory_position text NOT NULL,
  text_version text NOT NULL,
  applied_by_role text NOT NULL,
  applied_on text NOT NULL,
  due_on text NOT NULL,
  outcome text,
  reasons text,
  decided_on text,
  applied_at timestamptz NOT NULL
)`,
  `CREATE INDEX IF NOT EXISTS credit_repairs_pending_by_due
     ON credit_repair_applications (due_on, application_id) WHERE decided_on IS NULL`,
  `CREATE INDEX IF NOT EXISTS credit_repairs_decided_by_day
     ON credit_repair_applications (decided_on DESC, application_id DESC) WHERE decided_on IS NOT NULL`,
  'CREATE INDEX IF NOT EXISTS credit_repairs_by_enterprise ON credit_repair_applications (credit_code, applied_at DESC)',
];
