import { type CalendarDate, dayOfMonth, monthOf, yearOf } from '../calendar-date/calendar-date';

/**
 * The first day of December of year Y−1 a notice for year Y may use. Notices start the 元旦 break before
 * 1 January when it falls early in the week — 国办发明电〔2018〕15号 gave 2018-12-30/31 off and made Saturday
 * 2018-12-29 a working day; the 2024 notice gave 2023-12-30 to 2024-01-01 — and under the 放假调休原则 the
 * 2025 notice states (元旦 3 days, only the day itself when it is a Wednesday) no break can start before
 * 29 December. The last week of December is allowed, to leave a margin without letting a mistyped year in.
 */
export const PREVIOUS_DECEMBER_FROM_DAY = 25;

/** Whether a notice for `noticeYear` may list `date`: any day of that year, or the last week of the December before. */
export const noticeMayCover = (noticeYear: number, date: CalendarDate): boolean =>
  yearOf(date) === noticeYear ||
  (yearOf(date) === noticeYear - 1 && monthOf(date) === 12 && dayOfMonth(date) >= PREVIOUS_DECEMBER_FROM_DAY);

/** The notices whose content decides `date`: its year's, and in the last week of December next year's too. */
export const noticeYearsOf = (date: CalendarDate): readonly number[] => {
  const year = yearOf(date);
  return noticeMayCover(year + 1, date) ? [year, year + 1] : [year];
};
