import type { ClockView, RequestSummary } from '@qinqing/appeals/contracts';
import { CLOCK_KINDS, goesOverdueByTime } from '@qinqing/appeals/domain';
import {
  type CalendarDate,
  parseCalendarDate,
  workingDaysRemaining,
  type WorkingDayCalendar,
} from '@qinqing/shared/working-days';
import type { RequestListRow } from './request-list.query';

const toDate = (value: string | Date): string => (typeof value === 'string' ? value : value.toISOString());

/** A row of the requests read model as the inbox shows it, with live working-day clocks. */
export const requestSummaryOfRow = (
  row: RequestListRow,
  calendar: WorkingDayCalendar,
  today: CalendarDate,
): RequestSummary => {
  const clocks: ClockView[] = CLOCK_KINDS.flatMap((kind) => {
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
      },
    ];
  });
  return {
    requestId: row.request_id,
    receiptCode: row.receipt_code,
    title: row.title,
    enterprise: { creditCode: row.enterprise_credit_code, name: row.enterprise_name },
    category: row.category,
    priority: row.priority,
    channel: row.channel,
    status: row.status,
    paused: row.paused,
    receivingUnitId: row.receiving_unit_id,
    ownerUnitId: row.owner_unit_id,
    pendingDepartmentId: row.pending_department_id,
    departmentId: row.department_id,
    submittedAt: toDate(row.submitted_at),
    clocks,
    overdue: row.overdue,
    openSupervisionOrders: row.open_supervision_orders,
    rating: row.rating,
    reopenCount: row.reopen_count,
  };
};
