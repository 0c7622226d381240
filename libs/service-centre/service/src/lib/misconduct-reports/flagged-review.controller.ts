import { Controller, Get, Inject, Param, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor, ROLES } from '@qinqing/identity/access';
import {
  FLAG_SECTIONS,
  type FlaggedReview,
  flagPageQuery,
  type FlagPageQuery,
  type FlagSection,
  type FlagSectionPage,
} from '@qinqing/service-centre/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { DisciplineOnlyGuard, reportNotFound } from './discipline-only.guard';
import { type FlaggedSections, readFlagSection } from './flagged-review.query';
import { ReportDeskReads, reportIdOf, type ReportRow } from './report-desk.reads';

const FIRST_PAGE: FlagPageQuery = { limit: 50 };
const EMPTY = { items: [], next: null } as const;

/** Whose dealings are flagged: the linked official's while the report is open; nobody's otherwise, and why. */
const gateOf = (row: ReportRow) => {
  if (row.status === 'open' && row.official_id !== null)
    return { officialId: row.official_id, reviewing: true, reason: null } as const;
  return {
    officialId: row.official_id,
    reviewing: false,
    reason:
      row.status !== 'open'
        ? { zh: '举报已办结，不再标记', en: 'The report is concluded: nothing is flagged' }
        : { zh: '尚未确认被反映人账号', en: 'The official’s account is not identified yet' },
  } as const;
};

const sectionOf = (raw: string): FlagSection => {
  if (!(FLAG_SECTIONS as readonly string[]).includes(raw)) throw reportNotFound();
  return raw as FlagSection;
};

/**
 * The flagged review of the accused (beyond the sources, docs/service-centre.md): while a report is open and
 * the inspector has linked the official's account, the official's pairings, the requests raised on his visits,
 * the interaction filings he filed or decided, the approvals he gave on requests and the requests he acted on
 * — from the public events' replica, each section keyset-paged. Discipline inspectors only (404 to everyone
 * else, before any pipe); every read that shows anything is recorded on the report's stream.
 */
@ApiTags('service-centre misconduct reports')
@Controller('service-centre/misconduct-reports/desk')
@Allow(...ROLES)
@UseGuards(DisciplineOnlyGuard)
export class FlaggedReviewController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReportDeskReads,
  ) {}

  @Get('reports/:reportId/flags')
  @ApiOperation({
    summary: 'While the report is open: the first page of each section of the accused official’s dealings',
  })
  async flags(
    @Param('reportId') raw: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<FlaggedReview> {
    const reportId = reportIdOf(raw);
    const gate = gateOf(await this.reads.row(reportId));
    if (!gate.reviewing)
      return {
        ...gate,
        pairings: EMPTY,
        requests: EMPTY,
        filings: EMPTY,
        approvals: EMPTY,
        handledRequests: EMPTY,
      };
    await this.reads.recordRead(reportId, 'flags', actor, request);
    const page = <S extends FlagSection>(section: S) =>
      readFlagSection(this.db, section, gate.officialId, FIRST_PAGE);
    return {
      ...gate,
      pairings: await page('pairings'),
      requests: await page('requests'),
      filings: await page('filings'),
      approvals: await page('approvals'),
      handledRequests: await page('handled-requests'),
    };
  }

  @Get('reports/:reportId/flags/:section')
  @ApiOperation({
    summary: 'The next page of one section of the flagged review (pairings, requests, filings, …)',
  })
  @ApiZodQuery(flagPageQuery)
  async section(
    @Param('reportId') raw: string,
    @Param('section') rawSection: string,
    @ZodQuery(flagPageQuery) query: FlagPageQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<FlagSectionPage<FlaggedSections[FlagSection]['items'][number]>> {
    const reportId = reportIdOf(raw);
    const section = sectionOf(rawSection);
    const gate = gateOf(await this.reads.row(reportId));
    if (!gate.reviewing) return { ...gate, page: EMPTY };
    await this.reads.recordRead(reportId, 'flags', actor, request);
    return { ...gate, page: await readFlagSection(this.db, section, gate.officialId, query) };
  }
}
