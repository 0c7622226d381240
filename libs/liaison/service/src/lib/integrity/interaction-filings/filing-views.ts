import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

export interface FilingView {
  readonly filingId: string;
  readonly officialId: string;
  readonly superiorId: string;
  readonly jurisdiction: string;
  readonly activityKind: string;
  readonly organiser: unknown;
  readonly enterpriseCreditCodes: readonly string[];
  readonly title: string;
  readonly purpose: string;
  readonly eventDate: string;
  readonly status: string;
  readonly reportDue: string | null;
  readonly decisionReason: string | null;
  readonly report: { readonly summary: string; readonly late: boolean; readonly conductKept: boolean } | null;
  readonly overdueFlagged: boolean;
  readonly filedAt: string;
}

export interface FilingPage {
  readonly items: readonly FilingView[];
  /** Pass as `after` for the next page; null on the last. */
  readonly next: string | null;
}

interface Row {
  filing_id: string;
  official_id: string;
  superior_id: string;
  jurisdiction: string;
  activity_kind: string;
  organiser: unknown;
  enterprise_credit_codes: unknown;
  title: string;
  purpose: string;
  event_date: string;
  status: string;
  report_due: string | null;
  decision_reason: string | null;
  report_summary: string | null;
  report_late: boolean | null;
  conduct_kept: boolean | null;
  overdue_flagged: boolean;
  filed_at: string;
}

const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const viewOf = (row: Row): FilingView => ({
  filingId: row.filing_id,
  officialId: row.official_id,
  superiorId: row.superior_id,
  jurisdiction: row.jurisdiction,
  activityKind: row.activity_kind,
  organiser: parse(row.organiser),
  enterpriseCreditCodes: parse(row.enterprise_credit_codes) as string[],
  title: row.title,
  purpose: row.purpose,
  eventDate: row.event_date,
  status: row.status,
  reportDue: row.report_due,
  decisionReason: row.decision_reason,
  report:
    row.report_summary === null
      ? null
      : {
          summary: row.report_summary,
          late: row.report_late === true,
          conductKept: row.conduct_kept === true,
        },
  overdueFlagged: row.overdue_flagged,
  filedAt: row.filed_at,
});

const COLUMNS = `filing_id, official_id, superior_id, jurisdiction, activity_kind, organiser, enterprise_credit_codes, title,
  purpose, event_date, status, report_due, decision_reason, report_summary, report_late, conduct_kept, overdue_flagged, filed_at`;

const encode = (a: string, b: string): string => Buffer.from(JSON.stringify([a, b])).toString('base64url');
const decode = (cursor: string | undefined): readonly [string, string] | null => {
  if (cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // a malformed cursor reads as the first page
  }
  return null;
};

const page = (rows: Row[], limit: number, key: (row: Row) => readonly [string, string]): FilingPage => {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(viewOf),
    next: rows.length > limit && last !== undefined ? encode(...key(last)) : null,
  };
};

/** Every filing query: one range of an index (see FILINGS_DDL), keyset-paged, at most `limit` + 1 rows read. */
export class FilingQueries {
  constructor(private readonly db: SqlExecutor) {}

  async byId(filingId: string): Promise<FilingView | null> {
    const { rows } = await this.db.query<Row>(
      `SELECT ${COLUMNS} FROM liaison_interaction_filings WHERE filing_id = $1`,
      [filingId],
    );
    return rows[0] === undefined ? null : viewOf(rows[0]);
  }

  async ofOfficial(officialId: string, limit: number, after?: string): Promise<FilingPage> {
    const cursor = decode(after);
    const { rows } = await this.db.query<Row>(
      `SELECT ${COLUMNS} FROM liaison_interaction_filings WHERE official_id = $1
         ${cursor === null ? '' : 'AND (filed_at, filing_id) < ($3, $4)'}
       ORDER BY filed_at DESC, filing_id DESC LIMIT $2`,
      cursor === null ? [officialId, limit + 1] : [officialId, limit + 1, ...cursor],
    );
    return page(rows, limit, (r) => [r.filed_at, r.filing_id]);
  }

  /** The superior's approvals queue: filings waiting for their decision. */
  async awaiting(superiorId: string, limit: number, after?: string): Promise<FilingPage> {
    const cursor = decode(after);
    const { rows } = await this.db.query<Row>(
      `SELECT ${COLUMNS} FROM liaison_interaction_filings WHERE superior_id = $1 AND status = 'requested'
         ${cursor === null ? '' : 'AND (filed_at, filing_id) < ($3, $4)'}
       ORDER BY filed_at DESC, filing_id DESC LIMIT $2`,
      cursor === null ? [superiorId, limit + 1] : [superiorId, limit + 1, ...cursor],
    );
    return page(rows, limit, (r) => [r.filed_at, r.filing_id]);
  }

  /** Approved filings whose report is past due on `today` (optionally one superior's), oldest due first. */
  async overdue(today: string, limit: number, after?: string, superiorId?: string): Promise<FilingPage> {
    const cursor = decode(after);
    const params: unknown[] = [today, limit + 1];
    let where = `status = 'approved' AND report_due < $1`;
    if (cursor !== null) {
      params.push(...cursor);
      where += ` AND (report_due, filing_id) > ($${params.length - 1}, $${params.length})`;
    }
    if (superiorId !== undefined) {
      params.push(superiorId);
      where += ` AND superior_id = $${params.length}`;
    }
    const { rows } = await this.db.query<Row>(
      `SELECT ${COLUMNS} FROM liaison_interaction_filings WHERE ${where} ORDER BY report_due, filing_id LIMIT $2`,
      params,
    );
    return page(rows, limit, (r) => [r.report_due ?? '', r.filing_id]);
  }
}
