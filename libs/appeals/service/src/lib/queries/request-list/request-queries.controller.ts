import { BadRequestException, Controller, ForbiddenException, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type RequestDetail,
  type TrackedRequest,
  listRequestsQuery,
  type RequestSummary,
} from '@qinqing/appeals/contracts';
import { chinaDateOf } from '@qinqing/appeals/domain';
import { CalendarInForce } from '@qinqing/calendar/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { z } from 'zod';
import { RequestAccessService } from '../../application/request-access.service';
import { RequestIdParam } from '../../application/request-id.param';
import { RequestViewsService } from '../../application/request-views.service';
import { decodeCursor, listRequests, searchRefusal } from './request-list.query';
import { requestSummaryOfRow, workingDaysLeftOn } from './request-summary-of-row';

export interface RequestListAnswer {
  readonly items: RequestSummary[];
  /** Matching requests, counted up to 1000 (`totalCapped` when there are more). */
  readonly total: number;
  readonly totalCapped: boolean;
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
  readonly pageSize: number;
}

const searchNotAllowed = (refusal: { field: string; zh: string; en: string }) =>
  new ForbiddenException({
    error: 'search-not-allowed',
    message: { zh: refusal.zh, en: refusal.en },
    field: refusal.field,
  });

const badCursor = () =>
  new BadRequestException({
    error: 'invalid-cursor',
    message: {
      zh: '翻页参数无效，请从第一页重新开始',
      en: 'The paging cursor is not valid; start again from the first page',
    },
    field: 'after',
  });

/** The inbox and the detail page of the console; an identified walk-in sees its own requests. */
@ApiTags('appeals')
@Controller('appeals/requests')
export class RequestQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: CalendarInForce,
    private readonly access: RequestAccessService,
    private readonly views: RequestViewsService,
  ) {}

  @Get()
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator', 'kiosk-enterprise')
  @ApiOperation({
    summary:
      'Requests the caller may see, overdue first, with live working-day clocks; filters, search by receipt ' +
      'code (receiving centre), credit code, part of the enterprise name or contact phone (handling staff); ' +
      'keyset paging with `after` = the previous page’s nextCursor',
  })
  @ApiZodQuery(listRequestsQuery)
  async list(
    @ZodQuery(listRequestsQuery) query: z.infer<typeof listRequestsQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<RequestListAnswer> {
    const refusal = searchRefusal(actor, query);
    if (refusal !== null) throw searchNotAllowed(refusal);
    const after = query.after === undefined ? null : decodeCursor(query.after);
    if (query.after !== undefined && after === null) throw badCursor();
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const page = await listRequests(this.db, actor, query, today, { pageSize: query.pageSize, after });
    const daysLeft = workingDaysLeftOn(calendar, today);
    return {
      items: page.rows.map((row) => requestSummaryOfRow(row, actor, daysLeft, today)),
      total: page.total,
      totalCapped: page.totalCapped,
      nextCursor: page.nextCursor,
      pageSize: query.pageSize,
    };
  }

  @Get(':requestId')
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator', 'kiosk-enterprise')
  @ApiOperation({
    summary:
      'One request: for staff its clocks, timeline with every note and the actions they may take; for a ' +
      'kiosk walk-in the enterprise’s tracking view',
  })
  async detail(
    @RequestIdParam() requestId: string,
    @CurrentActor() actor: Actor,
  ): Promise<RequestDetail | TrackedRequest> {
    const visible = await this.access.loadVisible(requestId, actor);
    return this.views.view(visible, { kind: 'actor', actor });
  }
}
