/*
 * Calendar dates `YYYY-MM-DD` as plain numbers: no `Date`, no time zone, so a period computed here is the same
 * on every machine. Years run 0001–9999 (four digits, as the format says).
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** The date a string names, or null when it is not `YYYY-MM-DD` or the day does not exist (2026-02-30). */
export const parseCalendarDate = (value: string): CalendarDate | null => {
  const match = DATE.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
};

export const formatCalendarDate = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The last day of a period of `months` months that starts the day after `start` (民法典 第二百零一条: the first
 * day is not counted): the end month's day with `start`'s number, or that month's last day when it has none
 * (第二百零二条). So 2026-05-10 + 3 months ends 2026-08-10, and 2024-02-29 + 36 months ends 2027-02-28.
 */
export const endOfMonthsPeriod = (start: CalendarDate, months: number): CalendarDate => {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
};

export const nextDay = ({ year, month, day }: CalendarDate): CalendarDate => {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
};

export const compareCalendarDates = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** The date in China (UTC+8, no daylight saving) at an instant: the day decisions are dated and periods read in. */
export const chinaDateOf = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
