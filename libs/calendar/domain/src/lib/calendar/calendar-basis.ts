import { type CalendarDate, yearOf } from '../calendar-date/calendar-date';
import { noticeYearsOf } from '../schedule/notice-years';
import type { ScheduleSource } from '../schedule/holiday-schedule';
import {
  STATUTORY_BASIS,
  STATUTORY_FESTIVALS,
  type StatutoryFestival,
} from '../statutory/statutory-festivals';
import type { WorkingDayCalendar } from './working-day-calendar';

export interface ProvisionalYearBasis {
  readonly year: number;
  readonly rule: { readonly zh: string; readonly en: string };
  readonly regulation: typeof STATUTORY_BASIS;
  /** The statutory days off used for the year, festival by festival. */
  readonly festivals: readonly {
    readonly festival: StatutoryFestival;
    readonly name: string;
    readonly dates: readonly CalendarDate[];
  }[];
}

/** What an answer about a range of days rests on: the notices loaded, and the years taken provisionally. */
export interface CalendarBasis {
  readonly official: readonly ({ readonly year: number } & ScheduleSource)[];
  readonly provisional: readonly ProvisionalYearBasis[];
}

export const provisionalRule = (year: number): { readonly zh: string; readonly en: string } => ({
  zh: `${year}年节假日安排（国务院办公厅通知）尚未载入：暂按《${STATUTORY_BASIS.title}》（${STATUTORY_BASIS.revision}）${STATUTORY_BASIS.article}的13天法定节日假日和周末计算，不含调休上班、连休和补假，通知载入后以通知为准`,
  en: `The ${year} holiday notice is not loaded: ${year} is counted provisionally from the 13 statutory days off of the 2024 holiday regulations (article 2) and weekends, without make-up working days, bridges or weekday substitutes; the notice decides once it is loaded`,
});

export const provisionalYearBasis = (
  calendar: WorkingDayCalendar,
  year: number,
): ProvisionalYearBasis | null => {
  const schedule = calendar.provisionalScheduleFor(year);
  if (schedule === undefined) return null;
  return {
    year,
    rule: provisionalRule(year),
    regulation: STATUTORY_BASIS,
    festivals: STATUTORY_FESTIVALS.map((f) => ({
      festival: f.festival,
      name: f.name,
      dates: schedule.days.filter((day) => day.festival === f.festival).map((day) => day.date),
    })),
  };
};

/**
 * The basis of an answer about the days `from` … `to` (both included): the loaded notices of the years it
 * touches and, for each year it took provisionally, the rule and the statutory days used. An empty range rests
 * on nothing.
 */
export const calendarBasis = (
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  to: CalendarDate,
): CalendarBasis => {
  if (from > to) return { official: [], provisional: [] };
  // Every year the range touches, and next year's notice when the range reaches the December days it may decide.
  const years = new Set(noticeYearsOf(to));
  for (let year = yearOf(from); year <= yearOf(to); year++) years.add(year);
  const official = [...years]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const schedule = calendar.scheduleFor(year);
      return schedule === undefined ? [] : [{ year, ...schedule.source }];
    });
  const provisional = calendar
    .provisionalYearsIn(from, to)
    .map((year) => provisionalYearBasis(calendar, year))
    .filter((basis): basis is ProvisionalYearBasis => basis !== null);
  return { official, provisional };
};
