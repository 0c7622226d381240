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
import { DisciplineOnlyGuard } from './discipline-only.guard';
import { MisconductReportCommands } from './misconduct-report-commands';
import { assertReportableUnit } from './reportable-units';
import { REPORT_COLUMNS, ReportDeskReads, reportIdOf, type ReportRow } from './report-desk.reads';

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
    private readonly desk: ReportDeskReads,
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
      `SELECT ${REPORT_COLUMNS} FROM service_centre_misconduct_reports
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
    const row = await this.desk.row(reportId);
    await this.desk.recordRead(reportId, 'report', actor, request);
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
    await this.desk.row(reportId);
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

  private async act(
    raw: string,
    command: MisconductReportCommand,
    actor: Actor,
    request: Request,
    scope: string,
  ): Promise<{ readonly reportId: string; readonly status: string }> {
    const reportId = reportIdOf(raw);
    await this.desk.row(reportId);
    const result = await this.reports.handle(
      reportId,
      command,
      commandMetadataFor(request, actor, `misconduct-report-${scope}`),
    );
    return { reportId, status: result.state.status };
  }
}
