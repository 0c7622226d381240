import { LunarDay, SolarDay, SolarTerm } from 'tyme4ts';
import { type CalendarDate, calendarDate } from '../calendar-date/calendar-date';
import {
  isProvisionalRangeYear,
  PROVISIONAL_YEARS,
  STATUTORY_FESTIVALS,
  type StatutoryFestival,
  type StatutoryFestivalRule,
} from './statutory-festivals';

/** One statutory day off: a festival and the date it falls on in a given year. */
export interface StatutoryDay {
  readonly festival: StatutoryFestival;
  /** As the 办法 names it, e.g. 春节. */
  readonly name: string;
  readonly date: CalendarDate;
  /** What makes this day statutory, e.g. 农历除夕 or 清明节气, for people checking the list. */
  readonly note: string;
}

const dateOf = (day: SolarDay): CalendarDate => calendarDate(day.getYear(), day.getMonth(), day.getDay());

/** The lunar day (month, day) of lunar year `year` as a Gregorian date. */
const lunar = (year: number, month: number, day: number): SolarDay =>
  LunarDay.fromYmd(year, month, day).getSolarDay();

const festival = (key: StatutoryFestival): StatutoryFestivalRule => {
  const rule = STATUTORY_FESTIVALS.find((f) => f.festival === key);
  if (rule === undefined) throw new Error(`Unknown festival ${key}`);
  return rule;
};

const day = (key: StatutoryFestival, date: SolarDay | CalendarDate, note: string): StatutoryDay => ({
  festival: key,
  name: festival(key).name,
  date: typeof date === 'string' ? date : dateOf(date),
  note,
});

/**
 * Computes the 13 statutory days of `year` (Gregorian) from the lunar calendar and the solar terms of tyme4ts
 * (6tail's successor of the lunar library, whose astronomical algorithms give the new moons and solar terms in
 * China Standard Time). 除夕 is the day before 正月初一 — the last day of the 12th lunar month, whether that month
 * has 29 or 30 days, so no month length is assumed. The 春节 days of Gregorian year Y are those of lunar year Y:
 * 正月初一 always falls between 21 January and 20 February, so 除夕 never leaves year Y.
 */
const compute = (year: number): readonly StatutoryDay[] => {
  const newYear = lunar(year, 1, 1);
  return Object.freeze([
    day('new-year', calendarDate(year, 1, 1), '1月1日'),
    day('spring-festival', newYear.next(-1), '农历除夕'),
    day('spring-festival', newYear, '农历正月初一'),
    day('spring-festival', newYear.next(1), '农历正月初二'),
    day('spring-festival', newYear.next(2), '农历正月初三'),
    day('qingming', SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay(), '清明节气'),
    day('labour-day', calendarDate(year, 5, 1), '5月1日'),
    day('labour-day', calendarDate(year, 5, 2), '5月2日'),
    day('dragon-boat', lunar(year, 5, 5), '农历五月初五'),
    day('mid-autumn', lunar(year, 8, 15), '农历八月十五'),
    day('national-day', calendarDate(year, 10, 1), '10月1日'),
    day('national-day', calendarDate(year, 10, 2), '10月2日'),
    day('national-day', calendarDate(year, 10, 3), '10月3日'),
  ]);
};

const cache = new Map<number, readonly StatutoryDay[]>();

/**
 * The statutory days off of `year`, in calendar order of the 办法's list. Thirteen entries; when 中秋 falls on
 * 1–3 October (2028, 2031, 2039 …) two entries share a date, and the day owed for it is left to the notice.
 * Throws `RangeError` outside the years the 2024 revision governs and the library is trusted for
 * (`PROVISIONAL_YEARS`). Pure: the same year always gives the same days (cached).
 */
export const statutoryDaysOff = (year: number): readonly StatutoryDay[] => {
  if (!isProvisionalRangeYear(year)) {
    throw new RangeError(
      `Statutory days are computed for ${PROVISIONAL_YEARS.from}–${PROVISIONAL_YEARS.to}, not ${year}`,
    );
  }
  const known = cache.get(year);
  if (known !== undefined) return known;
  const days = compute(year);
  cache.set(year, days);
  return days;
};
