import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/** How many of its own cases the enterprise's view shows: its latest, newest first. */
export const MY_CASES_LIMIT = 50;

export interface ObjectionRow {
  readonly objection_id: string;
  readonly document_number: string;
  readonly credit_code: string;
  readonly enterprise_name: string | null;
  readonly grounds: string;
  readonly evidence_reference: string | null;
  readonly filed_by_role: 'kiosk-enterprise' | 'credit-officer';
  readonly filed_on: string;
  readonly due_on: string;
  readonly status: 'open' | 'decided' | 'retracted';
  readonly outcome: 'upheld' | 'corrected' | 'withdrawn' | null;
  readonly reasons: string | null;
  readonly decided_on: string | null;
  readonly retracted_on: string | null;
  readonly closed_on: string | null;
}

export interface RepairRow {
  readonly application_id: string;
  readonly document_number: string;
  readonly credit_code: string;
  readonly enterprise_name: string | null;
  readonly correction_evidence: string;
  readonly signatory_name: string;
  readonly signatory_position: string;
  readonly text_version: string;
  readonly applied_by_role: 'kiosk-enterprise' | 'credit-officer';
  readonly applied_on: string;
  readonly due_on: string;
  readonly outcome: 'granted' | 'refused' | null;
  readonly reasons: string | null;
  readonly decided_on: string | null;
}

/** A page position: after the row with this sort key and id. */
export interface After {
  readonly key: string;
  readonly id: string;
}

const OBJECTION_COLUMNS = `o.objection_id, o.document_number, o.credit_code, r.enterprise_name, o.grounds,
  o.evidence_reference, o.filed_by_role, o.filed_on, o.due_on, o.status, o.outcome, o.reasons, o.decided_on,
  o.retracted_on, o.closed_on`;

/**
 * Open objections, the one due first first; closed ones (decided or taken back), the latest closed first.
 * Each page is read by its partial index and stops at `limit` rows (one more tells whether a next page exists).
 */
export const listObjections = async (
  db: SqlExecutor,
  status: 'open' | 'decided',
  after: After | null,
  limit: number,
): Promise<ObjectionRow[]> => {
  const from = `FROM credit_objections o LEFT JOIN credit_records r ON r.document_key = o.document_key`;
  const { rows } =
    status === 'open'
      ? await db.query<ObjectionRow>(
          `SELECT ${OBJECTION_COLUMNS} ${from}
           WHERE o.closed_on IS NULL ${after === null ? '' : 'AND (o.due_on, o.objection_id) > ($2, $3)'}
           ORDER BY o.due_on, o.objection_id LIMIT $1`,
          after === null ? [limit + 1] : [limit + 1, after.key, after.id],
        )
      : await db.query<ObjectionRow>(
          `SELECT ${OBJECTION_COLUMNS} ${from}
           WHERE o.closed_on IS NOT NULL ${after === null ? '' : 'AND (o.closed_on, o.objection_id) < ($2, $3)'}
           ORDER BY o.closed_on DESC, o.objection_id DESC LIMIT $1`,
          after === null ? [limit + 1] : [limit + 1, after.key, after.id],
        );
  return rows;
};

/** One enterprise's latest objections, newest first (bounded). */
export const objectionsOf = async (db: SqlExecutor, creditCode: string): Promise<ObjectionRow[]> =>
  (
    await db.query<ObjectionRow>(
      `SELECT ${OBJECTION_COLUMNS} FROM credit_objections o
         LEFT JOIN credit_records r ON r.document_key = o.document_key
       WHERE o.credit_code = $1 ORDER BY o.filed_at DESC LIMIT ${MY_CASES_LIMIT}`,
      [creditCode],
    )
  ).rows;

const REPAIR_COLUMNS = `a.application_id, a.document_number, a.credit_code, r.enterprise_name,
  a.correction_evidence, a.signatory_name, a.signatory_position, a.text_version, a.applied_by_role, a.applied_on,
  a.due_on, a.outcome, a.reasons, a.decided_on`;

/** Pending applications, the one due first first; decided ones, the latest decided first. */
export const listRepairs = async (
  db: SqlExecutor,
  status: 'pending' | 'decided',
  after: After | null,
  limit: number,
): Promise<RepairRow[]> => {
  const from = `FROM credit_repair_applications a LEFT JOIN credit_records r ON r.document_key = a.document_key`;
  const { rows } =
    status === 'pending'
      ? await db.query<RepairRow>(
          `SELECT ${REPAIR_COLUMNS} ${from}
           WHERE a.decided_on IS NULL ${after === null ? '' : 'AND (a.due_on, a.application_id) > ($2, $3)'}
           ORDER BY a.due_on, a.application_id LIMIT $1`,
          after === null ? [limit + 1] : [limit + 1, after.key, after.id],
        )
      : await db.query<RepairRow>(
          `SELECT ${REPAIR_COLUMNS} ${from}
           WHERE a.decided_on IS NOT NULL ${after === null ? '' : 'AND (a.decided_on, a.application_id) < ($2, $3)'}
           ORDER BY a.decided_on DESC, a.application_id DESC LIMIT $1`,
          after === null ? [limit + 1] : [limit + 1, after.key, after.id],
        );
  return rows;
};

/** One enterprise's latest repair applications, newest first (bounded). */
export const repairsOf = async (db: SqlExecutor, creditCode: string): Promise<RepairRow[]> =>
  (
    await db.query<RepairRow>(
      `SELECT ${REPAIR_COLUMNS} FROM credit_repair_applications a
         LEFT JOIN credit_records r ON r.document_key = a.document_key
       WHERE a.credit_code = $1 ORDER BY a.applied_at DESC LIMIT ${MY_CASES_LIMIT}`,
      [creditCode],
    )
  ).rows;
