import { parseCalendarDate, type CalendarDate } from '@qinqing/calendar/domain';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China-local calendar day of an instant. China keeps UTC+8 all year, without daylight saving. */
export const chinaDateOf = (instant: Date): CalendarDate =>
  parseCalendarDate(new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10));

/** The China-local time of day of an instant, as HH:MM. */
export const chinaTimeOf = (instant: Date): string =>
  new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(11, 16);
