import { addDays, type CalendarDate } from '../calendar-date/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/**
 * The deadline `limit` working days after `start` (开始的当日不计入): a request received on a Friday with a
 * 1-working-day limit is due the next working day. Time limits in the appeals service are stated this way.
 */
export const workingDayDeadline = (
  calendar: WorkingDayCalendar,
  start: CalendarDate,
  limit: number,
): CalendarDate => calendar.addWorkingDays(start, limit);

/**
 * Working days left before `deadline`, seen on `asOf`: counts the working days after `asOf` up to and including
 * the deadline. 0 means due today, or that only non-working days lie between `asOf` and the deadline (either
 * side); negative is how many working days the deadline has been overdue by (asOf included, the deadline not).
 * Compare dates, not this number, when a past-deadline Sunday must already count as late.
 */
export const workingDaysRemaining = (
  calendar: WorkingDayCalendar,
  deadline: CalendarDate,
  asOf: CalendarDate,
): number => {
  if (asOf === deadline) return 0;
  if (asOf < deadline) return calendar.countWorkingDays(addDays(asOf, 1), deadline);
  const overdue = calendar.countWorkingDays(addDays(deadline, 1), asOf);
  return overdue === 0 ? 0 : -overdue;
};

/**
 * Working days used since `start`, seen on `asOf`, with the same convention (start day not counted). Lets the
 * appeals service add the working days a request spent paused (waiting on the enterprise) to its deadline.
 */
export const workingDaysElapsed = (
  calendar: WorkingDayCalendar,
  start: CalendarDate,
  asOf: CalendarDate,
): number => (asOf <= start ? 0 : calendar.countWorkingDays(addDays(start, 1), asOf));
