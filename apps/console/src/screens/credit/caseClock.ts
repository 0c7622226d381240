import type { ClockView } from '@qinqing/appeals/contracts';
import type { CaseClock } from '@qinqing/credit/contracts';

/** A credit case's working-day clock in the shape the console's ClockBadge shows (open: running or overdue). */
export const caseClockView = (clock: CaseClock, open: boolean): ClockView => ({
  clock: 'resolve',
  due: clock.dueOn,
  status: open ? (clock.overdue ? 'overdue' : 'running') : clock.overdue ? 'late' : 'met',
  workingDaysLeft: clock.workingDaysLeft,
  provisional: false,
});
