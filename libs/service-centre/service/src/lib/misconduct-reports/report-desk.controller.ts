import { randomUUID } from 'node:crypto';
import { Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { chinaDateOf } from '@qinqing/calendar/domain';
import {
  type Actor,
  actorId,
  Allow,
  commandMetadataFor,
  CurrentActor,
  ROLES,
} from '@qinqing/identity/access';
import {
  answerReporterBody,
  classifyReportBody,
  concludeReportBody,
  escalateReportBody,
  identifyAccusedBody,
  inspectorInformationBody,
  listReportsQuery,
  type ListReportsQuery,
  staffEnteredReportBody,
  type StaffEnteredReportBody,
} from '@qinqing/service-centre/contracts';
import type { MisconductReportCommand, RealNameReporter } from '@qinqing/service-centre/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  CLOCK,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { DisciplineOnlyGuard, reportNotFound } from './discipline-only.guard';
import { MisconductReportCommands } from './misconduct-report-commands';
import { assertReportableUnit } from './reportable-units';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;
const reportIdOf = (raw: string): string => {
  if (!UUID.test(raw)) throw reportNotFound();
  return raw;
};

interface ReportRow {
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

const COLUMNS = `report_id, channel, category, negative_list_item_code, accused_name, accused_unit_id,
  accused_position, heads_unit, official_id, description, filed_on::text AS filed_on, reporter,
  escalation_due_on::text AS escalation_due_on, escalated_to, escalated_on_time, escalation_overdue, status,
  outcome, area_code, summary`;

/** The reporter as the desk shows them: the surname and a masked number — enough to call back through staff. */
const maskedReporter = (reporter: RealNameReporter | null) =>
  reporter === null
    ? null
    : {
        name: `${[...reporter.name][0] ?? ''}${'*'.repeat(Math.max(1, [...reporter.name].length - 1))}`,
        phone:
          reporter.phone.length >= 7
            ? `${reporter.phone.slice(0, 3)}****${reporter.phone.slice(-4)}`
            : '****',
        via: reporter.via,
        enterprise: reporter.creditCode,
      };

const summaryOf = (row: ReportRow) => ({
  reportId: row.report_id,
  channel: row.channel,
  category: row.category,
  negativeListItemCode: row.negative_list_item_code,
  accused: {
    name: row.accused_name,
    unitId: row.accused_unit_id,
    position: row.accused_position,
    headsUnit: row.heads_unit,
    officialId: row.official_id,
  },
  filedOn: row.filed_on.slice(0, 10),
  status: row.status,
  escalation: {
    dueOn: row.escalation_due_on?.slice(0, 10) ?? null,
    escalatedTo: row.escalated_to,
    onTime: row.escalated_on_time,
    overdue: row.escalation_overdue,
  },
});

/**
 * The discipline inspector's report desk (纪检监察 举报受理台). Every route answers 404 to every other role
 * (DisciplineOnlyGuard); every read of a report or of an official's flagged dealings is an event on the
 * report's stream (who, when), shown as the read history.
 */
@ApiTags('service-centre misconduct reports')
@Controller('service-centre/misconduct-reports/desk')
@Allow(...ROLES)
@UseGuards(DisciplineOnlyGuard)
export class ReportDeskController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reports: MisconductReportCommands,
  ) {}

  @Get('reports')
  @ApiOperation({ summary: 'Reports, newest day first, keyset-paged (no description in the list)' })
  @ApiZodQuery(listReportsQuery)
  async list(@ZodQuery(listReportsQuery) query: ListReportsQuery) {
    const [afterDay, afterId] = query.after?.split('|') ?? [
      '9999-12-31',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
    ];
    const params: unknown[] = [afterDay, afterId, query.limit + 1];
    const statusFilter = query.status === undefined ? '' : 'status = $4 AND';
    if (query.status !== undefined) params.push(query.status);
    const { rows } = await this.db.query<ReportRow>(
      `SELECT ${COLUMNS} FROM service_centre_misconduct_reports
       WHERE ${statusFilter} (filed_on, report_id) < ($1::date, $2)
       ORDER BY filed_on DESC, report_id DESC LIMIT $3`,
      params,
    );
    const items = rows.slice(0, query.limit).map(summaryOf);
    const last = items.at(-1);
    return {
      items,
      next: rows.length > query.limit && last !== undefined ? `${last.filedOn}|${last.reportId}` : null,
    };
  }

  @Post('records')
  @HttpCode(201)
  @ApiOperation({ summary: 'Enter a real-name report received by letter or in person (reporter named)' })
  @ApiZodBody(staffEnteredReportBody)
  async enter(
    @ZodBody(staffEnteredReportBody) body: StaffEnteredReportBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly reportId: string }> {
    const { reporterName, reporterPhone, ...content } = body;
    await assertReportableUnit(this.db, content.accused.unitId);
    const reportId = randomUUID();
    await this.reports.handle(
      reportId,
      {
        type: 'FileReport',
        reportId,
        channel: 'real-name',
        ...content,
        filedOn: chinaDateOf(this.clock.now()),
        reporter: { name: reporterName, phone: reporterPhone, creditCode: null, via: 'staff' },
      },
      commandMetadataFor(request, actor, 'enter-misconduct-report'),
    );
    return { reportId };
  }

  @Get('reports/:reportId')
  @ApiOperation({ summary: 'One report in full: content, information, answers (the read is recorded)' })
  async one(@Param('reportId') raw: string, @CurrentActor() actor: Actor, @Req() request: Request) {
    const reportId = reportIdOf(raw);
    const row = await this.row(reportId);
    await this.recordRead(reportId, 'report', actor, request);
    const entries = await this.db.query<{ kind: string; text: string; on_day: string; source: string }>(
      `SELECT kind, text, on_day::text AS on_day, source FROM service_centre_misconduct_report_entries
       WHERE report_id = $1 ORDER BY revision LIMIT 200`,
      [reportId],
    );
    return {
      ...summaryOf(row),
      description: row.description,
      reporter: maskedReporter(row.reporter),
      conclusion:
        row.status === 'concluded'
          ? { outcome: row.outcome, areaCode: row.area_code, summary: row.summary }
          : null,
      entries: entries.rows.map((e) => ({
        kind: e.kind,
        text: e.text,
        on: e.on_day.slice(0, 10),
        from: e.source,
      })),
    };
  }

  @Get('reports/:reportId/reads')
  @ApiOperation({ summary: 'Who read the report and when, newest first' })
  async reads(@Param('reportId') raw: string) {
    const reportId = reportIdOf(raw);
    await this.row(reportId);
    const { rows } = await this.db.query<{ read_by: string; read_at: Date | string; what: string }>(
      `SELECT read_by, read_at, what FROM service_centre_misconduct_report_reads
       WHERE report_id = $1 ORDER BY revision DESC LIMIT 200`,
      [reportId],
    );
    return {
      items: rows.map((r) => ({
        readBy: r.read_by,
        readAt: new Date(r.read_at).toISOString(),
        what: r.what,
      })),
    };
  }

  @Get('reports/:reportId/flags')
  @ApiOperation({
    summary:
      'While the report is open: the accused official’s pairings and visit requests, flagged for review',
  })
  async flags(@Param('reportId') raw: string, @CurrentActor() actor: Actor, @Req() request: Request) {
    const reportId = reportIdOf(raw);
    const row = await this.row(reportId);
    if (row.status !== 'open' || row.official_id === null)
      return {
        officialId: row.official_id,
        reviewing: false,
        reason:
          row.status !== 'open'
            ? { zh: '举报已办结，不再标记', en: 'The report is concluded: nothing is flagged' }
            : { zh: '尚未确认被反映人账号', en: 'The official’s account is not identified yet' },
        pairings: [],
        requests: [],
      };
    await this.recordRead(reportId, 'flags', actor, request);
    const pairings = await this.db.query<{
      pairing_id: string;
      credit_code: string;
      enterprise_name: string;
      category: string;
      start_date: string;
      end_date: string | null;
    }>(
      `SELECT pairing_id, credit_code, enterprise_name, category, start_date::text AS start_date,
         end_date::text AS end_date FROM service_centre_official_pairings
       WHERE official_id = $1 ORDER BY start_date DESC, pairing_id LIMIT 100`,
      [row.official_id],
    );
    const requests = await this.db.query<{
      request_id: string;
      credit_code: string;
      enterprise_name: string;
      title: string;
      raised_on: string;
      state: string;
    }>(
      `SELECT request_id, credit_code, enterprise_name, title, raised_on::text AS raised_on, state
       FROM service_centre_official_requests WHERE official_id = $1 ORDER BY raised_on DESC, request_id LIMIT 100`,
      [row.official_id],
    );
    return {
      officialId: row.official_id,
      reviewing: true,
      reason: null,
      pairings: pairings.rows.map((p) => ({
        pairingId: p.pairing_id,
        creditCode: p.credit_code,
        enterpriseName: p.enterprise_name,
        category: p.category,
        startDate: p.start_date.slice(0, 10),
        endDate: p.end_date?.slice(0, 10) ?? null,
      })),
      requests: requests.rows.map((r) => ({
        requestId: r.request_id,
        creditCode: r.credit_code,
        enterpriseName: r.enterprise_name,
        title: r.title,
        raisedOn: r.raised_on.slice(0, 10),
        state: r.state,
      })),
    };
  }

  @Post('reports/:reportId/accused')
  @HttpCode(200)
  @ApiZodBody(identifyAccusedBody)
  @ApiOperation({ summary: 'Link the accused official’s account and say whether he heads the unit' })
  identify(
    @Param('reportId') raw: string,
    @ZodBody(identifyAccusedBody) body: z.infer<typeof identifyAccusedBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.act(
      raw,
      { type: 'IdentifyAccused', ...body, by: actorId(actor) },
      actor,
      request,
      'identify',
    );
  }

  @Post('reports/:reportId/classification')
  @HttpCode(200)
  @ApiZodBody(classifyReportBody)
  @ApiOperation({
    summary: 'Classify the report (category, negative-list item code from liaison’s catalogue)',
  })
  classify(
    @Param('reportId') raw: string,
    @ZodBody(classifyReportBody) body: z.infer<typeof classifyReportBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.act(raw, { type: 'ClassifyReport', ...body, by: actorId(actor) }, actor, request, 'classify');
  }

  @Post('reports/:reportId/answers')
  @HttpCode(200)
  @ApiZodBody(answerReporterBody)
  @ApiOperation({ summary: 'Answer the reporter (read with the receipt code)' })
  answer(
    @Param('reportId') raw: string,
    @ZodBody(answerReporterBody) body: z.infer<typeof answerReporterBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.act(
      raw,
      { type: 'AnswerReporter', text: body.text, by: actorId(actor) },
      actor,
      request,
      'answer',
    );
  }

  @Post('reports/:reportId/information')
  @HttpCode(200)
  @ApiZodBody(inspectorInformationBody)
  @ApiOperation({ summary: 'Add information received otherwise (a letter, a call)' })
  inform(
    @Param('reportId') raw: string,
    @ZodBody(inspectorInformationBody) body: z.infer<typeof inspectorInformationBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const command: MisconductReportCommand = {
      type: 'SupplementReport',
      text: body.text,
      addedOn: chinaDateOf(this.clock.now()),
      from: 'inspector',
    };
    return this.act(raw, command, actor, request, 'inform');
  }

  @Post('reports/:reportId/escalation')
  @HttpCode(200)
  @ApiZodBody(escalateReportBody)
  @ApiOperation({
    summary: 'Record that a report about the unit’s head went one level up (工作规则 第十五条)',
  })
  escalate(
    @Param('reportId') raw: string,
    @ZodBody(escalateReportBody) body: z.infer<typeof escalateReportBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.act(
      raw,
      { type: 'EscalateReport', toBody: body.toBody, by: actorId(actor) },
      actor,
      request,
      'escalate',
    );
  }

  @Post('reports/:reportId/conclusion')
  @HttpCode(200)
  @ApiZodBody(concludeReportBody)
  @ApiOperation({ summary: 'Conclude the report; an anonymous count (area, outcome, day) is published' })
  conclude(
    @Param('reportId') raw: string,
    @ZodBody(concludeReportBody) body: z.infer<typeof concludeReportBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.act(raw, { type: 'ConcludeReport', ...body, by: actorId(actor) }, actor, request, 'conclude');
  }

  private async row(reportId: string): Promise<ReportRow> {
    const { rows } = await this.db.query<ReportRow>(
      `SELECT ${COLUMNS} FROM service_centre_misconduct_reports WHERE report_id = $1`,
      [reportId],
    );
    const row = rows[0];
    if (row === undefined) throw reportNotFound();
    return row;
  }

  private async recordRead(reportId: string, what: 'report' | 'flags', actor: Actor, request: Request) {
    // A read is never replayed by an Idempotency-Key: each one is recorded.
    const {
      idempotencyKey: _key,
      requestFingerprint: _fingerprint,
      ...metadata
    } = commandMetadataFor(request, actor);
    await this.reports.handle(reportId, { type: 'RecordReportRead', readBy: actorId(actor), what }, metadata);
  }

  private async act(
    raw: string,
    command: MisconductReportCommand,
    actor: Actor,
    request: Request,
    scope: string,
  ): Promise<{ readonly reportId: string; readonly status: string }> {
    const reportId = reportIdOf(raw);
    await this.row(reportId);
    const result = await this.reports.handle(
      reportId,
      command,
      commandMetadataFor(request, actor, `misconduct-report-${scope}`),
    );
    return { reportId, status: result.state.status };
  }
}
