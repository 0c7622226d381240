import { type CalendarDate, parseCalendarDate } from '@qinqing/calendar/domain';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China-local calendar day of an instant (UTC+8 all year, no daylight saving). */
export const chinaDateOf = (instant: Date): CalendarDate =>
  parseCalendarDate(new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10));
