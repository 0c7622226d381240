import {
  parseCalendarDate as parseWorkingCalendarDate,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import type { DecisionContext } from '@qinqing/shared/domain-kernel';

/**
 * What an objection or a repair application is decided with besides the time: the working-day calendar in
 * force (the platform's, with the State Council holiday notices) and the time limit in working days the
 * jurisdiction set (CREDIT_OBJECTION_WORKING_DAYS, CREDIT_REPAIR_DECISION_WORKING_DAYS).
 */
export interface WorkingDayLimitContext extends DecisionContext {
  readonly calendar: WorkingDayCalendar;
  readonly workingDays: number;
}

/**
 * The day a matter filed on `filedOn` (China) is due: `workingDays` working days after it, the filing day not
 * counted (开始的当日不计入), as appeals counts its clocks.
 */
export const dueAfterWorkingDays = (
  calendar: WorkingDayCalendar,
  filedOn: string,
  workingDays: number,
): string => calendar.addWorkingDays(parseWorkingCalendarDate(filedOn), workingDays);
