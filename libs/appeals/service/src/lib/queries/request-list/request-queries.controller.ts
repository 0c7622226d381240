import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type ClockView,
  type RequestDetail,
  listRequestsQuery,
  type RequestSummary,
} from '@qinqing/appeals/contracts';
import {
  chinaDateOf,
  CLOCK_KINDS,
  type DueDateKind,
  goesOverdueByTime,
  type ProvisionalDueDates,
} from '@qinqing/appeals/domain';
import { CalendarService } from '@qinqing/shared/calendar';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Allow, CurrentActor } from '@qinqing/shared/identity';
import type { Actor } from '@qinqing/shared/identity-domain';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { parseCalendarDate, workingDaysRemaining } from '@qinqing/shared/working-days';
import type { z } from 'zod';
import { RequestAccessService } from '../../application/request-access.service';
import { RequestIdParam } from '../../application/request-id.param';
import { RequestViewsService } from '../../application/request-views.service';
import { markInForce } from '../../projections/requests/provisional-tracking';
import { provisionalYearsOf } from '../request-detail/request-views.mapper';
import { listRequests, type RequestListRow } from './request-list.query';

/** The provisional marks of a listed request that still describe its due dates. */
const marksInForce = (row: RequestListRow): ProvisionalDueDates =>
  Object.fromEntries(
    Object.entries(row.provisional).filter(
      ([kind, mark]) => mark !== undefined && markInForce(row, kind as DueDateKind, mark.due),
    ),
  );

const toDate = (value: string | Date): string => (typeof value === 'string' ? value : value.toISOString());

/** The inbox and the detail page of the console; an identified walk-in sees its own requests. */
@ApiTags('appeals')
@Controller('appeals/requests')
export class RequestQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly access: RequestAccessService,
    private readonly views: RequestViewsService,
  ) {}

  @Get()
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator', 'kiosk-enterprise')
  @ApiOperation({ summary: 'Requests the caller may see, overdue first, with live working-day clocks' })
  @ApiZodQuery(listRequestsQuery)
  async list(
    @ZodQuery(listRequestsQuery) query: z.infer<typeof listRequestsQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: RequestSummary[]; total: number; page: number; pageSize: number }> {
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const { rows, total } = await listRequests(this.db, actor, query, today);
    const clocksOf = (row: RequestListRow, marks: ProvisionalDueDates): ClockView[] =>
      CLOCK_KINDS.flatMap((kind) => {
        const clock = row.clocks[kind];
        if (clock === undefined) return [];
        const running = clock.status === 'running' || clock.status === 'overdue';
        const overdue =
          running && !row.paused && goesOverdueByTime(kind) && clock.due !== null && clock.due < today;
        return [
          {
            clock: kind,
            due: clock.due,
            status: overdue ? 'overdue' : clock.status,
            workingDaysLeft:
              running && !row.paused && clock.due !== null
                ? workingDaysRemaining(calendar, parseCalendarDate(clock.due), today)
                : null,
            provisional: marks[kind] !== undefined,
          },
        ];
      });
    return {
      items: rows.map((row) => ({
        requestId: row.request_id,
        receiptCode: row.receipt_code,
        title: row.title,
        enterprise: { creditCode: row.enterprise_credit_code, name: row.enterprise_name },
        category: row.category,
        priority: row.priority,
        channel: row.channel,
        status: row.status,
        paused: row.paused,
        ownerUnitId: row.owner_unit_id,
        pendingDepartmentId: row.pending_department_id,
        departmentId: row.department_id,
        submittedAt: toDate(row.submitted_at),
        clocks: clocksOf(row, marksInForce(row)),
        overdue: row.overdue,
        openSupervisionOrders: row.open_supervision_orders,
        rating: row.rating,
        reopenCount: row.reopen_count,
        provisionalYears: provisionalYearsOf(marksInForce(row)),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  @Get(':requestId')
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator', 'kiosk-enterprise')
  @ApiOperation({
    summary: 'One request: its clocks, timeline in plain words, and the actions the caller may take',
  })
  async detail(@RequestIdParam() requestId: string, @CurrentActor() actor: Actor): Promise<RequestDetail> {
    const visible = await this.access.loadVisible(requestId, actor);
    return this.views.detail(visible, { kind: 'actor', actor });
  }
}
