import type { ClockView, RequestSummary } from '@qinqing/appeals/contracts';
import {
  CLOCK_KINDS,
  type DueDateKind,
  goesOverdueByTime,
  type ProvisionalDueDates,
} from '@qinqing/appeals/domain';
import type { Actor } from '@qinqing/identity/access';
import {
  type CalendarDate,
  parseCalendarDate,
  workingDaysRemaining,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import { seesReceiptCode } from '../../application/receipt-code-visibility';
import { markInForce } from '../../projections/requests/provisional-tracking';
import { provisionalYearsOf } from '../request-detail/request-views.mapper';
import type { RequestListRow } from './request-list.query';

/** The provisional marks of a listed request that still describe its due dates. */
const marksInForce = (row: RequestListRow): ProvisionalDueDates =>
  Object.fromEntries(
    Object.entries(row.provisional).filter(
      ([kind, mark]) => mark !== undefined && markInForce(row, kind as DueDateKind, mark.due),
    ),
  );

const toDate = (value: string | Date): string => (typeof value === 'string' ? value : value.toISOString());

/** Working days left before a due date (`YYYY-MM-DD`), as `workingDaysRemaining` counts them on one day. */
export type WorkingDaysLeft = (due: string) => number;

/**
 * `workingDaysRemaining` on `today` for a page of rows, each due date counted once: a page's clocks share few due
 * dates (requests filed the same day are due the same day), and the calendar and the day are the page's own.
 */
export const workingDaysLeftOn = (calendar: WorkingDayCalendar, today: CalendarDate): WorkingDaysLeft => {
  const counted = new Map<string, number>();
  return (due) => {
    let left = counted.get(due);
    if (left === undefined) {
      left = workingDaysRemaining(calendar, parseCalendarDate(due), today);
      counted.set(due, left);
    }
    return left;
  };
};

/**
 * A row of the requests read model as the inbox shows it to `viewer` on `today`, with live working-day clocks
 * (`daysLeft`: see workingDaysLeftOn).
 */
export const requestSummaryOfRow = (
  row: RequestListRow,
  viewer: Actor,
  daysLeft: WorkingDaysLeft,
  today: CalendarDate,
): RequestSummary => {
  const marks = marksInForce(row);
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
        workingDaysLeft: running && !row.paused && clock.due !== null ? daysLeft(clock.due) : null,
        provisional: marks[kind] !== undefined,
      },
    ];
  });
  return {
    requestId: row.request_id,
    receiptCode: seesReceiptCode(viewer, row.receiving_unit_id) ? row.receipt_code : null,
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
    provisionalYears: provisionalYearsOf(marks),
  };
};
