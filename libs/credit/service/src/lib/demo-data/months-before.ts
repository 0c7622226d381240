import { daysInMonth, formatCalendarDate, parseCalendarDate } from '@qinqing/credit/domain';

/** `today` minus whole months: the same day number, or the month's last day when it has none. */
export const monthsBefore = (today: string, months: number): string => {
  const date = parseCalendarDate(today);
  if (date === null) throw new Error(`Not a date: ${today}`);
  const index = date.year * 12 + (date.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatCalendarDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
};
