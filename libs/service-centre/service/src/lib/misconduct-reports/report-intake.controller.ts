import { randomUUID } from 'node:crypto';
import { ConflictException, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { chinaDateOf } from '@qinqing/calendar/domain';
import {
  type Actor,
  Allow,
  commandMetadataFor,
  CurrentActor,
  requireIdentifiedEnterprise,
  Untraced,
} from '@qinqing/identity/access';
import {
  anonymousReportBody,
  type AnonymousReportBody,
  followUpBody,
  type FollowUpBody,
  followUpInformationBody,
  type FollowUpInformationBody,
  type FollowUpView,
  realNameReportBody,
  type RealNameReportBody,
  type ReportReceipt,
} from '@qinqing/service-centre/contracts';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, CLOCK, SQL_DATABASE, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { INTAKE_ACTOR } from './misconduct-report.pass';
import { MisconductReportCommands } from './misconduct-report-commands';
import { AnonymousFilingBudget } from './anonymous-filing-budget';
import { ReportFollowUp } from './follow-up';
import { PassphraseHashing } from './passphrase-hashing';
import { formatReceiptCode, newReceiptCode, receiptHashOf } from './receipt-codes';
import { assertReportableUnit, reportableUnits } from './reportable-units';
import { ReportIntakeStore } from './report-intake.store';

/** The path prefix whose requests the HTTP logger never records (LoggingModule's untraced prefixes). */
export const MISCONDUCT_REPORTS_PATH = '/api/service-centre/misconduct-reports';

/**
 * Filing and following up misconduct reports (廉情监督, 信访举报; 晋江 五(四)), from the kiosk or the public page.
 * Anonymous filing and every follow-up are `@Untraced`: the caller's session is not even resolved, the request
 * logger skips the prefix, and what is kept is the day and the content (see docs/service-centre.md).
 */
@ApiTags('service-centre misconduct reports')
@Controller('service-centre/misconduct-reports')
export class ReportIntakeController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly intake: ReportIntakeStore,
    private readonly reports: MisconductReportCommands,
    private readonly followUp: ReportFollowUp,
    private readonly hashing: PassphraseHashing,
    private readonly budget: AnonymousFilingBudget,
  ) {}

  /**
   * The units an official may serve in (identity's catalogue, less the centres), for the public report page,
   * which has no session to read identity's own list with.
   */
  @Get('units')
  @Untraced()
  @ApiOperation({
    summary: 'The organisation units a reported official may belong to (public reference data)',
  })
  async units(): Promise<
    { readonly unitId: string; readonly name: { readonly zh: string; readonly en: string } }[]
  > {
    const units = await reportableUnits(this.db);
    return units.map((u) => ({ unitId: u.unitId, name: u.name }));
  }

  @Post('anonymous')
  @HttpCode(201)
  @Untraced()
  @ApiOperation({
    summary:
      'File an anonymous report: a receipt code back, nothing about the reporter kept (503 with Retry-After past the per-minute budget or the hashing queue)',
  })
  @ApiZodBody(anonymousReportBody)
  async anonymous(@ZodBody(anonymousReportBody) body: AnonymousReportBody): Promise<ReportReceipt> {
    const { passphrase, ...content } = body;
    await assertReportableUnit(this.db, content.accused.unitId);
    this.budget.take();
    const code = newReceiptCode();
    const receipt = { receiptHash: receiptHashOf(code), passphraseHash: await this.hashing.hash(passphrase) };
    await this.intake.takeIn(chinaDateOf(this.clock.now()), randomUUID(), receipt, {
      kind: 'report',
      command: content,
    });
    return { receiptCode: formatReceiptCode(code), registeredFrom: 'next-day' };
  }

  @Post('real-name')
  @HttpCode(201)
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'File a real-name report as the enterprise identified at the kiosk' })
  @ApiZodBody(realNameReportBody)
  async realName(
    @ZodBody(realNameReportBody) body: RealNameReportBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<ReportReceipt> {
    const enterprise = requireIdentifiedEnterprise(actor);
    const { passphrase, reporterName, ...content } = body;
    await assertReportableUnit(this.db, content.accused.unitId);
    const reportId = randomUUID();
    const code = newReceiptCode();
    // Hashed first: a busy refusal (503) must leave no report without its receipt.
    const passphraseHash = await this.hashing.hash(passphrase);
    await this.reports.handle(
      reportId,
      {
        type: 'FileReport',
        reportId,
        channel: 'real-name',
        ...content,
        filedOn: chinaDateOf(this.clock.now()),
        reporter: {
          name: reporterName,
          phone: enterprise.contactPhone,
          creditCode: enterprise.creditCode,
          via: 'kiosk',
        },
      },
      commandMetadataFor(request, actor, 'file-misconduct-report'),
    );
    await this.intake.addReceipt(reportId, { receiptHash: receiptHashOf(code), passphraseHash });
    return { receiptCode: formatReceiptCode(code), registeredFrom: 'today' };
  }

  @Post('follow-up')
  @HttpCode(200)
  @Untraced()
  @ApiOperation({
    summary: 'Read one’s report: status, answers, information given (receipt code + passphrase)',
  })
  @ApiZodBody(followUpBody)
  async read(@ZodBody(followUpBody) body: FollowUpBody): Promise<FollowUpView> {
    const reportId = await this.followUp.verified(body.receiptCode, body.passphrase);
    const { channel: _channel, ...view } = await this.followUp.view(reportId);
    return view;
  }

  @Post('follow-up/information')
  @HttpCode(202)
  @Untraced()
  @ApiOperation({ summary: 'Add information to one’s report (receipt code + passphrase)' })
  @ApiZodBody(followUpInformationBody)
  async addInformation(
    @ZodBody(followUpInformationBody) body: FollowUpInformationBody,
  ): Promise<{ readonly accepted: true }> {
    const reportId = await this.followUp.verified(body.receiptCode, body.passphrase);
    const { status, channel } = await this.followUp.view(reportId);
    const today = chinaDateOf(this.clock.now());
    if (status === 'concluded')
      throw new ConflictException({
        error: 'report-concluded',
        message: { zh: '该举报已办结，不再受理补充材料', en: 'This report has been concluded' },
      });
    if (channel === 'real-name') {
      // The reporter is named on this report already: the information goes in at once, under no session.
      await this.reports.handle(
        reportId,
        { type: 'SupplementReport', text: body.text, addedOn: today, from: 'reporter' },
        { correlationId: 'misconduct-report-follow-up', causationId: null, actor: INTAKE_ACTOR },
      );
    } else await this.intake.addInformation(today, reportId, body.text);
    return { accepted: true };
  }
}
