import { filingIdOfStream, type InteractionFilingEvent } from '@qinqing/liaison/domain';
import type { Projection, RecordedEvent } from '@qinqing/shared/event-sourcing';

/** One row per filing; every list of the screens is one indexed range of it (no scan of the table). */
export const FILINGS_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS liaison_interaction_filings (
    filing_id TEXT PRIMARY KEY,
    official_id TEXT NOT NULL,
    superior_id TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    activity_kind TEXT NOT NULL,
    organiser JSONB NOT NULL,
    enterprise_credit_codes JSONB NOT NULL,
    title TEXT NOT NULL,
    purpose TEXT NOT NULL,
    event_date TEXT NOT NULL,
    status TEXT NOT NULL,
    report_due TEXT,
    decision_reason TEXT,
    report_summary TEXT,
    report_late BOOLEAN,
    conduct_kept BOOLEAN,
    overdue_flagged BOOLEAN NOT NULL DEFAULT FALSE,
    filed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS liaison_filings_by_official ON liaison_interaction_filings (official_id, filed_at DESC, filing_id DESC)',
  'CREATE INDEX IF NOT EXISTS liaison_filings_by_superior ON liaison_interaction_filings (superior_id, status, filed_at DESC, filing_id DESC)',
  `CREATE INDEX IF NOT EXISTS liaison_filings_awaiting_report ON liaison_interaction_filings (report_due, filing_id)
     WHERE status = 'approved'`,
];

export const filingsProjection: Projection = {
  name: 'liaison-interaction-filings',
  eventTypes: [
    'InteractionFiled',
    'FilingApproved',
    'FilingRefused',
    'InteractionReported',
    'FilingReportOverdue',
  ],
  setup: async (db) => {
    for (const statement of FILINGS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM liaison_interaction_filings');
  },
  apply: async (recorded: RecordedEvent, tx) => {
    const filingId = filingIdOfStream(recorded.streamId);
    if (filingId === null) return;
    const event = { type: recorded.type, data: recorded.data } as InteractionFilingEvent;
    const at = recorded.recordedAt.toISOString();
    switch (event.type) {
      case 'InteractionFiled': {
        const d = event.data;
        await tx.query(
          `INSERT INTO liaison_interaction_filings (filing_id, official_id, superior_id, jurisdiction, activity_kind,
             organiser, enterprise_credit_codes, title, purpose, event_date, status, filed_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'requested', $11, $11)
           ON CONFLICT (filing_id) DO NOTHING`,
          [
            filingId,
            d.officialId,
            d.superiorId,
            d.jurisdiction,
            d.activityKind,
            JSON.stringify(d.organiser),
            JSON.stringify(d.enterpriseCreditCodes),
            d.title,
            d.purpose,
            d.eventDate,
            d.filedAt,
          ],
        );
        return;
      }
      case 'FilingApproved':
        await tx.query(
          `UPDATE liaison_interaction_filings SET status = 'approved', report_due = $2, updated_at = $3 WHERE filing_id = $1`,
          [filingId, event.data.reportDue, at],
        );
        return;
      case 'FilingRefused':
        await tx.query(
          `UPDATE liaison_interaction_filings SET status = 'refused', decision_reason = $2, updated_at = $3 WHERE filing_id = $1`,
          [filingId, event.data.reason, at],
        );
        return;
      case 'InteractionReported':
        await tx.query(
          `UPDATE liaison_interaction_filings SET status = 'reported', report_summary = $2, report_late = $3,
             conduct_kept = $4, updated_at = $5 WHERE filing_id = $1`,
          [filingId, event.data.summary, event.data.late, event.data.conductKept, at],
        );
        return;
      case 'FilingReportOverdue':
        await tx.query(
          'UPDATE liaison_interaction_filings SET overdue_flagged = TRUE, updated_at = $2 WHERE filing_id = $1',
          [filingId, at],
        );
        return;
    }
  },
};
