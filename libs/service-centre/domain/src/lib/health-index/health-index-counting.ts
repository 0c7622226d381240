import { addDays, daysBetween, parseCalendarDate } from '@qinqing/calendar/domain';
import type { HealthIndexMethodology } from './health-index.methodology';

/** A request repeats the enterprise's previous one in its category when filed within the window after it. */
export const isRepeatRequest = (
  methodology: HealthIndexMethodology,
  previousOn: string | null,
  submittedOn: string,
): boolean =>
  previousOn !== null &&
  daysBetween(parseCalendarDate(previousOn), parseCalendarDate(submittedOn)) <=
    methodology.counting.repeatRequestWindowDays;

/** A board approved within the set number of days after the last day of its period was published on time. */
export const isBoardOnTime = (
  methodology: HealthIndexMethodology,
  lastDay: string,
  approvedOn: string,
): boolean => approvedOn <= addDays(parseCalendarDate(lastDay), methodology.counting.boardPublicationDays);
