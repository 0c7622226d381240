import { type MisconductReportEvent, reportIdOfStream } from '@qinqing/service-centre/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The discipline desk's read model: one row per report, its entries (information, answers) in stream order, and
 * every read of it. Days only for what the reporter did; the inspectors' own acts keep their time.
 */
export const MISCONDUCT_REPORTS_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_misconduct_reports (
     report_id text PRIMARY KEY,
     channel text NOT NULL,
     category text NOT NULL,
     negative_list_item_code text,
     accused_name text NOT NULL,
     accused_unit_id text NOT NULL,
     accused_position text,
     heads_unit boolean NOT NULL,
     official_id text,
     description text NOT NULL,
     filed_on date NOT NULL,
     reporter jsonb,
     escalation_due_on date,
     escalated_to text,
     escalated_on_time boolean,
     escalation_overdue boolean NOT NULL DEFAULT false,
     status text NOT NULL,
     outcome text,
     area_code text,
     summary text
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_misconduct_reports_by_day
     ON service_centre_misconduct_reports (filed_on DESC, report_id DESC)`,
  `CREATE INDEX IF NOT EXISTS service_centre_misconduct_reports_by_status_day
     ON service_centre_misconduct_reports (status, filed_on DESC, report_id DESC)`,
  `CREATE INDEX IF NOT EXISTS service_centre_misconduct_reports_by_official
     ON service_centre_misconduct_reports (official_id, status)`,
  `CREATE INDEX IF NOT EXISTS service_centre_misconduct_reports_escalation
     ON service_centre_misconduct_reports (status, escalation_due_on) WHERE escalation_due_on IS NOT NULL`,
  `CREATE TABLE IF NOT EXISTS service_centre_misconduct_report_entries (
     report_id text NOT NULL,
     revision integer NOT NULL,
     kind text NOT NULL,
     text text NOT NULL,
     on_day date NOT NULL,
     source text NOT NULL,
     PRIMARY KEY (report_id, revision)
   )`,
  `CREATE TABLE IF NOT EXISTS service_centre_misconduct_report_reads (
     report_id text NOT NULL,
     revision integer NOT NULL,
     read_by text NOT NULL,
     read_at timestamptz NOT NULL,
     what text NOT NULL,
     PRIMARY KEY (report_id, revision)
   )`,
];

const TYPES: readonly MisconductReportEvent['type'][] = [
  'MisconductReportFiled',
  'MisconductReportSupplemented',
  'MisconductReportRead',
  'MisconductReportAccusedIdentified',
  'MisconductReportClassified',
  'MisconductReportAnswered',
  'MisconductReportEscalated',
  'MisconductReportEscalationOverdue',
  'MisconductReportConcluded',
];

const applyEvent = async (
  reportId: string,
  revision: number,
  event: MisconductReportEvent,
  tx: SqlExecutor,
) => {
  switch (event.type) {
    case 'MisconductReportFiled': {
      const d = event.data;
      await tx.query(
        `INSERT INTO service_centre_misconduct_reports (report_id, channel, category, negative_list_item_code,
           accused_name, accused_unit_id, accused_position, heads_unit, official_id, description, filed_on,
           reporter, escalation_due_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, 'open')
         ON CONFLICT (report_id) DO NOTHING`,
        [
          reportId,
          d.channel,
          d.category,
          d.negativeListItemCode,
          d.accused.name,
          d.accused.unitId,
          d.accused.position,
          d.accused.headsUnit,
          d.accused.officialId,
          d.description,
          d.filedOn,
          d.reporter === null ? null : JSON.stringify(d.reporter),
          d.escalationDueOn,
        ],
      );
      return;
    }
    case 'MisconductReportSupplemented':
    case 'MisconductReportAnswered': {
      const supplement = event.type === 'MisconductReportSupplemented';
      await tx.query(
        `INSERT INTO service_centre_misconduct_report_entries (report_id, revision, kind, text, on_day, source)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [
          reportId,
          revision,
          supplement ? 'information' : 'answer',
          event.data.text,
          supplement ? event.data.addedOn : event.data.at.slice(0, 10),
          supplement ? event.data.from : 'inspector',
        ],
      );
      return;
    }
    case 'MisconductReportRead':
      await tx.query(
        `INSERT INTO service_centre_misconduct_report_reads (report_id, revision, read_by, read_at, what)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [reportId, revision, event.data.readBy, event.data.readAt, event.data.what],
      );
      return;
    case 'MisconductReportAccusedIdentified':
      await tx.query(
        `UPDATE service_centre_misconduct_reports SET official_id = $2, heads_unit = $3, escalation_due_on = $4
         WHERE report_id = $1`,
        [reportId, event.data.officialId, event.data.headsUnit, event.data.escalationDueOn],
      );
      return;
    case 'MisconductReportClassified':
      await tx.query(
        'UPDATE service_centre_misconduct_reports SET category = $2, negative_list_item_code = $3 WHERE report_id = $1',
        [reportId, event.data.category, event.data.negativeListItemCode],
      );
      return;
    case 'MisconductReportEscalated':
      await tx.query(
        `UPDATE service_centre_misconduct_reports SET escalated_to = $2, escalated_on_time = $3
         WHERE report_id = $1`,
        [reportId, event.data.toBody, event.data.onTime],
      );
      return;
    case 'MisconductReportEscalationOverdue':
      await tx.query(
        'UPDATE service_centre_misconduct_reports SET escalation_overdue = true WHERE report_id = $1',
        [reportId],
      );
      return;
    case 'MisconductReportConcluded':
      await tx.query(
        `UPDATE service_centre_misconduct_reports SET status = 'concluded', outcome = $2, area_code = $3,
           summary = $4 WHERE report_id = $1`,
        [reportId, event.data.outcome, event.data.areaCode, event.data.summary],
      );
      return;
  }
};

export const misconductReportsProjection: Projection = {
  name: 'service-centre-misconduct-reports',
  eventTypes: TYPES,
  setup: async (db) => {
    for (const statement of MISCONDUCT_REPORTS_DDL) await db.query(statement);
  },
  apply: async (event: RecordedEvent, tx) => {
    const reportId = reportIdOfStream(event.streamId);
    if (reportId === null) return;
    await applyEvent(
      reportId,
      event.streamRevision,
      { type: event.type, data: event.data } as MisconductReportEvent,
      tx,
    );
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM service_centre_misconduct_report_reads');
    await tx.query('DELETE FROM service_centre_misconduct_report_entries');
    await tx.query('DELETE FROM service_centre_misconduct_reports');
  },
};
