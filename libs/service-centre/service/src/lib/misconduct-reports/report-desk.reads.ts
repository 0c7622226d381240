import { Inject, Injectable } from '@nestjs/common';
import { type Actor, actorId, commandMetadataFor } from '@qinqing/identity/access';
import type { RealNameReporter } from '@qinqing/service-centre/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { reportNotFound } from './discipline-only.guard';
import { MisconductReportCommands } from './misconduct-report-commands';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** A report id from the path; anything else is the generic 404, like a report that does not exist. */
export const reportIdOf = (raw: string): string => {
  if (!UUID.test(raw)) throw reportNotFound();
  return raw;
};

export interface ReportRow {
  readonly report_id: string;
  readonly channel: 'anonymous' | 'real-name';
  readonly category: string;
  readonly negative_list_item_code: string | null;
  readonly accused_name: string;
  readonly accused_unit_id: string;
  readonly accused_position: string | null;
  readonly heads_unit: boolean;
  readonly official_id: string | null;
  readonly description: string;
  readonly filed_on: string;
  readonly reporter: RealNameReporter | null;
  readonly escalation_due_on: string | null;
  readonly escalated_to: string | null;
  readonly escalated_on_time: boolean | null;
  readonly escalation_overdue: boolean;
  readonly status: 'open' | 'concluded';
  readonly outcome: string | null;
  readonly area_code: string | null;
  readonly summary: string | null;
}

export const REPORT_COLUMNS = `report_id, channel, category, negative_list_item_code, accused_name, accused_unit_id,
  accused_position, heads_unit, official_id, description, filed_on::text AS filed_on, reporter,
  escalation_due_on::text AS escalation_due_on, escalated_to, escalated_on_time, escalation_overdue, status,
  outcome, area_code, summary`;

export type RecordedRead = 'report' | 'flags';

/** What the desk's controllers share: one report's row (or 404), and recording a read of it. */
@Injectable()
export class ReportDeskReads {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reports: MisconductReportCommands,
  ) {}

  async row(reportId: string): Promise<ReportRow> {
    const { rows } = await this.db.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM service_centre_misconduct_reports WHERE report_id = $1`,
      [reportId],
    );
    const row = rows[0];
    if (row === undefined) throw reportNotFound();
    return row;
  }

  async recordRead(reportId: string, what: RecordedRead, actor: Actor, request: Request): Promise<void> {
    // A read is never replayed by an Idempotency-Key: each one is recorded.
    const {
      idempotencyKey: _key,
      requestFingerprint: _fingerprint,
      ...metadata
    } = commandMetadataFor(request, actor);
    await this.reports.handle(reportId, { type: 'RecordReportRead', readBy: actorId(actor), what }, metadata);
  }
}
