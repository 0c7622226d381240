import { dateRange, parseCalendarDate } from '../../calendar-date/calendar-date';

/** "X月D日至Y月E日" from a notice as the list of dates it covers, both ends included. */
export const noticeDays = (from: string, to: string): string[] =>
  dateRange(parseCalendarDate(from), parseCalendarDate(to));
