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

/** A case table read as a desk's queue: its columns, joined to the record, its id and its closing column. */
interface CaseQueue {
  readonly select: string;
  readonly alias: string;
  readonly id: string;
  /** Null while the case is open; the day it was closed after. */
  readonly closed: string;
}

/**
 * One page of a desk's queue: open cases by due date then id, closed ones by closing day then id, newest first —
 * each by its partial index, at most `limit` + 1 rows (the extra one tells whether a next page exists).
 */
const casePage = async <Row extends object>(
  db: SqlExecutor,
  { select, alias, id, closed }: CaseQueue,
  open: boolean,
  after: After | null,
  limit: number,
): Promise<Row[]> => {
  const [key, order, direction] = open
    ? [`${alias}.due_on`, 'ASC', '>']
    : [`${alias}.${closed}`, 'DESC', '<'];
  const { rows } = await db.query<Row>(
    `${select}
     WHERE ${alias}.${closed} IS ${open ? '' : 'NOT '}NULL
       ${after === null ? '' : `AND (${key}, ${alias}.${id}) ${direction} ($2, $3)`}
     ORDER BY ${key} ${order}, ${alias}.${id} ${order} LIMIT $1`,
    after === null ? [limit + 1] : [limit + 1, after.key, after.id],
  );
  return rows;
};

const OBJECTION_COLUMNS = `o.objection_id, o.document_number, o.credit_code, r.enterprise_name, o.grounds,
  o.evidence_reference, o.filed_by_role, o.filed_on, o.due_on, o.status, o.outcome, o.reasons, o.decided_on,
  o.retracted_on, o.closed_on`;

const OBJECTION_QUEUE: CaseQueue = {
  select: `SELECT ${OBJECTION_COLUMNS} FROM credit_objections o
    LEFT JOIN credit_records r ON r.document_key = o.document_key`,
  alias: 'o',
  id: 'objection_id',
  closed: 'closed_on',
};

/**
 * Open objections, the one due first first; closed ones (decided or taken back), the latest closed first.
 * Each page is read by its partial index and stops at `limit` rows (one more tells whether a next page exists).
 */
export const listObjections = (
  db: SqlExecutor,
  status: 'open' | 'decided',
  after: After | null,
  limit: number,
): Promise<ObjectionRow[]> => casePage<ObjectionRow>(db, OBJECTION_QUEUE, status === 'open', after, limit);

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

const REPAIR_QUEUE: CaseQueue = {
  select: `SELECT ${REPAIR_COLUMNS} FROM credit_repair_applications a
    LEFT JOIN credit_records r ON r.document_key = a.document_key`,
  alias: 'a',
  id: 'application_id',
  closed: 'decided_on',
};

/** Pending applications, the one due first first; decided ones, the latest decided first. */
export const listRepairs = (
  db: SqlExecutor,
  status: 'pending' | 'decided',
  after: After | null,
  limit: number,
): Promise<RepairRow[]> => casePage<RepairRow>(db, REPAIR_QUEUE, status === 'pending', after, limit);

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
