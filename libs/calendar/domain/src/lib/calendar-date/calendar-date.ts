import { InvalidCalendarDateError } from './invalid-calendar-date.error';

/**
 * A China-local calendar day as `YYYY-MM-DD`. Working days are calendar days, not instants, so there is no time
 * zone here at all: callers turn "now" into a date in Asia/Shanghai at the edge and pass the date in.
 * Plain strings order correctly with `<`, which the calendar relies on.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const format = (year: number, month: number, day: number): CalendarDate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;

const components = (date: CalendarDate): { year: number; month: number; day: number } => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

/** Parses a strict `YYYY-MM-DD` string; throws `InvalidCalendarDateError` naming what is wrong. */
export const parseCalendarDate = (input: string): CalendarDate => {
  const match = datePattern.exec(input);
  if (match === null) throw new InvalidCalendarDateError(input, 'format');
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) throw new InvalidCalendarDateError(input, 'year');
  if (month < 1 || month > 12) throw new InvalidCalendarDateError(input, 'month');
  if (day < 1 || day > daysInMonth(year, month)) throw new InvalidCalendarDateError(input, 'day');
  return input as CalendarDate;
};

export const isCalendarDate = (input: unknown): input is CalendarDate => {
  if (typeof input !== 'string') return false;
  try {
    parseCalendarDate(input);
    return true;
  } catch {
    return false;
  }
};

export const calendarDate = (year: number, month: number, day: number): CalendarDate => {
  if (![year, month, day].every(Number.isInteger)) {
    throw new InvalidCalendarDateError(`${year}-${month}-${day}`, 'format');
  }
  return parseCalendarDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
};

export const yearOf = (date: CalendarDate): number => components(date).year;

export const monthOf = (date: CalendarDate): number => components(date).month;

export const dayOfMonth = (date: CalendarDate): number => components(date).day;

/**
 * Days since 1970-01-01 (Howard Hinnant's days_from_civil). Integer arithmetic instead of `Date` so no host time
 * zone or DST rule can shift a day.
 */
export const toEpochDay = (date: CalendarDate): number => {
  const { year, month, day } = components(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

export const fromEpochDay = (epochDay: number): CalendarDate => {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer, got ${epochDay}`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`Date out of the supported years 0001–9999`);
  return format(year, month, day);
};

export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  fromEpochDay(toEpochDay(date) + days);

/** `to − from` in calendar days (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  toEpochDay(to) - toEpochDay(from);

export const isoWeekday = (date: CalendarDate): IsoWeekday => {
  // 1970-01-01 was a Thursday (ISO 4).
  const weekday = ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
  return weekday as IsoWeekday;
};

export const isWeekend = (date: CalendarDate): boolean => isoWeekday(date) >= 6;

export const compareCalendarDates = (a: CalendarDate, b: CalendarDate): number =>
  a < b ? -1 : a > b ? 1 : 0;

/** Every date from `from` to `to`, both included; empty when `from` is after `to`. */
export const dateRange = (from: CalendarDate, to: CalendarDate): CalendarDate[] => {
  const length = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, length) }, (_, offset) => addDays(from, offset));
};

/** The China-local day (UTC+8 all year, no daylight saving) of an instant: the edge where "now" becomes a date. */
export const chinaDateOf = (instant: Date): CalendarDate =>
  parseCalendarDate(new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));

/**
 * The date `months` calendar months on (or back, when negative): the same day number, or that month's last day
 * when it has none — so 2024-02-29 plus 12 months is 2025-02-28, and 2026-08-31 minus 6 months is 2026-02-28.
 */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const { year, month, day } = components(date);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return format(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
};
