import { Controller, Get, HttpCode, Inject, NotFoundException, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  actorId,
  Allow,
  commandMetadataFor,
  CurrentActor,
  requireStaffActor,
} from '@qinqing/identity/access';
import {
  changeFilingSettingsBody,
  type ChangeFilingSettingsBody,
  fileInteractionBody,
  type FileInteractionBody,
  filingListQuery,
  type FilingListQuery,
  refuseFilingBody,
  type RefuseFilingBody,
  reportInteractionBody,
  type ReportInteractionBody,
} from '@qinqing/liaison/contracts';
import { ACTIVITY_KINDS, type FilingSettings } from '@qinqing/liaison/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, CLOCK, SQL_DATABASE, ZodBody, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { Jurisdictions } from '../../application/deployment-jurisdiction';
import { chinaDateOf } from '../china-today';
import { ALL_STAFF, jurisdictionParam, PathParams, uuidParam } from '../params';
import { FilingCommandsService } from './filing-commands.service';
import { FilingQueries, type FilingPage, type FilingView } from './filing-views';

const filingIdParam = uuidParam('filingId', '报备编号', 'filing id');
/** Who oversees every filing: supervision, discipline inspection, administration. */
const OVERSIGHT = ['supervisor', 'discipline-inspector', 'administrator'] as const;

const notFound = () =>
  new NotFoundException({
    error: 'filing-not-found',
    message: { zh: '没有这项报备', en: 'There is no such filing' },
  });

/** 政商交往报备: an official files, the superior approves or refuses, the official reports after the event. */
@ApiTags('liaison integrity')
@Controller('liaison')
export class InteractionFilingsController {
  private readonly queries: FilingQueries;

  constructor(
    private readonly filings: FilingCommandsService,
    @Inject(SQL_DATABASE) db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdictions: Jurisdictions,
  ) {
    this.queries = new FilingQueries(db);
  }

  @Get('activity-kinds')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'The activity kinds an official may file for, with their sources' })
  kinds(): typeof ACTIVITY_KINDS {
    return ACTIVITY_KINDS;
  }

  @Get('jurisdictions/:jurisdiction/filing-settings')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'A jurisdiction’s filing settings (report limit in working days, allowed kinds)' })
  settings(
    @PathParams(jurisdictionParam) { jurisdiction }: { jurisdiction: string },
  ): Promise<FilingSettings> {
    return this.filings.settingsFor(this.jurisdictions.requireKnown(jurisdiction, 'params.jurisdiction'));
  }

  @Get('interaction-filings/settings')
  @Allow('leading-official')
  @ApiOperation({
    summary:
      'The filing settings my filings are decided under: my profile’s jurisdiction’s (not one I choose)',
  })
  mySettings(
    @CurrentActor() actor: Actor,
  ): Promise<{ readonly jurisdiction: string; readonly settings: FilingSettings }> {
    return this.filings.settingsOfOfficial(actorId(actor));
  }

  @Put('jurisdictions/:jurisdiction/filing-settings')
  @Allow('administrator')
  @ApiOperation({ summary: 'Change a jurisdiction’s filing settings (an event, with the reason)' })
  @ApiZodBody(changeFilingSettingsBody)
  changeSettings(
    @PathParams(jurisdictionParam) { jurisdiction }: { jurisdiction: string },
    @ZodBody(changeFilingSettingsBody) body: ChangeFilingSettingsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<FilingSettings> {
    return this.filings.changeSettings(
      this.jurisdictions.requireKnown(jurisdiction, 'params.jurisdiction'),
      body,
      actorId(actor),
      commandMetadataFor(request, actor, 'filing-settings'),
    );
  }

  @Post('interaction-filings')
  @Allow('leading-official')
  @HttpCode(201)
  @ApiOperation({ summary: 'File a request to attend an enterprise or chamber activity' })
  @ApiZodBody(fileInteractionBody)
  async file(
    @ZodBody(fileInteractionBody) body: FileInteractionBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly filingId: string }> {
    const filingId = await this.filings.file(
      requireStaffActor(actor),
      body,
      commandMetadataFor(request, actor, 'file-interaction'),
    );
    return { filingId };
  }

  @Get('interaction-filings/mine')
  @Allow('leading-official')
  @ApiOperation({ summary: 'My filings, newest first (keyset paging)' })
  mine(@ZodQuery(filingListQuery) query: FilingListQuery, @CurrentActor() actor: Actor): Promise<FilingPage> {
    return this.queries.ofOfficial(actorId(actor), query.limit, query.after);
  }

  @Get('interaction-filings/approvals')
  @Allow('leading-official')
  @ApiOperation({ summary: 'Filings waiting for my decision as superior' })
  approvals(
    @ZodQuery(filingListQuery) query: FilingListQuery,
    @CurrentActor() actor: Actor,
  ): Promise<FilingPage> {
    return this.queries.awaiting(actorId(actor), query.limit, query.after);
  }

  @Get('interaction-filings/overdue')
  @Allow('leading-official', ...OVERSIGHT)
  @ApiOperation({
    summary: 'Approved filings whose report is overdue (a superior sees those of their officials)',
  })
  overdue(
    @ZodQuery(filingListQuery) query: FilingListQuery,
    @CurrentActor() actor: Actor,
  ): Promise<FilingPage> {
    const staff = requireStaffActor(actor);
    const today = chinaDateOf(this.clock.now());
    return this.queries.overdue(
      today,
      query.limit,
      query.after,
      staff.role === 'leading-official' ? staff.id : undefined,
    );
  }

  @Get('interaction-filings/:filingId')
  @Allow('leading-official', ...OVERSIGHT)
  @ApiOperation({
    summary: 'One filing: its official, their superior and oversight see it; others get a 404',
  })
  async one(
    @PathParams(filingIdParam) { filingId }: { filingId: string },
    @CurrentActor() actor: Actor,
  ): Promise<FilingView> {
    const staff = requireStaffActor(actor);
    const filing = await this.queries.byId(filingId);
    if (filing === null) throw notFound();
    if (staff.role === 'leading-official' && staff.id !== filing.officialId && staff.id !== filing.superiorId)
      throw notFound();
    return filing;
  }

  @Post('interaction-filings/:filingId/approve')
  @Allow('leading-official')
  @HttpCode(204)
  @ApiOperation({ summary: 'Approve (the superior); blocked by a declared conflict of interest' })
  async approve(
    @PathParams(filingIdParam) { filingId }: { filingId: string },
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<void> {
    await this.filings.approve(
      filingId,
      actorId(actor),
      commandMetadataFor(request, actor, 'approve-filing'),
    );
  }

  @Post('interaction-filings/:filingId/refuse')
  @Allow('leading-official')
  @HttpCode(204)
  @ApiOperation({ summary: 'Refuse with a reason (the superior)' })
  @ApiZodBody(refuseFilingBody)
  async refuse(
    @PathParams(filingIdParam) { filingId }: { filingId: string },
    @ZodBody(refuseFilingBody) body: RefuseFilingBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<void> {
    await this.filings.refuse(
      filingId,
      actorId(actor),
      body.reason,
      commandMetadataFor(request, actor, 'refuse-filing'),
    );
  }

  @Post('interaction-filings/:filingId/report')
  @Allow('leading-official')
  @HttpCode(204)
  @ApiOperation({ summary: 'Report after the activity (the official who filed)' })
  @ApiZodBody(reportInteractionBody)
  async report(
    @PathParams(filingIdParam) { filingId }: { filingId: string },
    @ZodBody(reportInteractionBody) body: ReportInteractionBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<void> {
    await this.filings.report(
      filingId,
      actorId(actor),
      body,
      commandMetadataFor(request, actor, 'report-interaction'),
    );
  }
}
