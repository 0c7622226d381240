import {
  addDays,
  calendarDate,
  type CalendarDate,
  daysBetween,
  isWeekend,
  yearOf,
} from '../calendar-date/calendar-date';
import { officialHolidaySchedules } from '../schedule/data/official-schedules';
import type { HolidaySchedule, HolidayScheduleInput } from '../schedule/holiday-schedule';
import { parseHolidaySchedule } from '../schedule/holiday-schedule.validate';
import { noticeYearsOf } from '../schedule/notice-years';
import { type StatutoryDay, statutoryDaysOff } from '../statutory/statutory-days';
import { isProvisionalRangeYear, PROVISIONAL_YEARS, STATUTORY_BASIS } from '../statutory/statutory-festivals';
import { ScheduleConflictError } from './schedule-conflict.error';
import { ScheduleNotLoadedError } from './schedule-not-loaded.error';

export type DayKind = 'working-day' | 'weekend' | 'public-holiday' | 'make-up-working-day';

export interface DayDescription {
  readonly date: CalendarDate;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  /** The notice's name for the break, on public holidays only (the festival's, on a provisional one). */
  readonly holidayName?: string;
  /**
   * The answer depends on a notice that is not loaded: the day's own year's, or — from 25 December — next
   * year's, which may start the 元旦 break there. Such a day is answered from the statutory festivals only.
   */
  readonly provisional: boolean;
}

export interface WithScheduleOptions {
  /** Must be set to replace a loaded year; the new notice must be a different one, published no earlier. */
  readonly replace?: boolean;
}

/** What a year without a loaded notice is answered from: the 13 statutory days of the 办法, nothing else. */
export interface ProvisionalSchedule {
  readonly year: number;
  readonly basis: typeof STATUTORY_BASIS;
  readonly days: readonly StatutoryDay[];
}

/**
 * Working days under China's statutory holidays and 调休. Immutable: `withSchedule` returns a new calendar, so a
 * calculation never sees a schedule change halfway through.
 *
 * A year whose State Council notice is loaded is answered from it. A year without one, from 2025 to 2099, is
 * answered **provisionally** from the statutory festivals of the 2024 《全国年节及纪念日放假办法》: their 13 days off
 * and weekends, with no bridges, no make-up working days and no weekday 补假 (only a notice decides those), and
 * every answer says which years it took provisionally (`provisionalYearsIn`). Only a year outside that range
 * with no notice throws `ScheduleNotLoadedError`. Answers that depend on no day at all (adding 0 working days,
 * counting an empty range) need no schedule.
 */
export interface WorkingDayCalendar {
  /** Years whose notice is loaded (official). */
  readonly loadedYears: readonly number[];
  /** Years answered provisionally when their notice is not loaded. */
  readonly provisionalRange: { readonly from: number; readonly to: number };
  scheduleFor(year: number): HolidaySchedule | undefined;
  /** The statutory days a year is answered from while its notice is missing; undefined once it is loaded. */
  provisionalScheduleFor(year: number): ProvisionalSchedule | undefined;
  /** True for a year in the provisional range whose notice is not loaded. */
  isProvisionalYear(year: number): boolean;
  withSchedule(schedule: HolidayScheduleInput, options?: WithScheduleOptions): WorkingDayCalendar;
  describeDay(date: CalendarDate): DayDescription;
  isWorkingDay(date: CalendarDate): boolean;
  /**
   * The date `n` working days after `from`, counting from the day after `from` (开始的当日不计入): one working day
   * after a Friday is the next working day. `n = 0` returns `from` itself, even when `from` is not a working day.
   * Throws `RangeError` unless `n` is a whole number ≥ 0. The answer depends on the days after `from` up to it.
   */
  addWorkingDays(from: CalendarDate, n: number): CalendarDate;
  /** Working days from `from` to `to`, both included; 0 when `from` is after `to` (an empty range). */
  countWorkingDays(from: CalendarDate, to: CalendarDate): number;
  /**
   * The years without a loaded notice that an answer about the days `from` … `to` (both included) depends on,
   * ascending; empty for an empty range or when every notice it needs is loaded. For `addWorkingDays(start, n)`
   * ask about `addDays(start, 1)` … the result.
   */
  provisionalYearsIn(from: CalendarDate, to: CalendarDate): readonly number[];
}

type DayOverride =
  | { readonly kind: 'public-holiday'; readonly name: string; readonly year: number }
  | { readonly kind: 'make-up-working-day'; readonly year: number };

const sameContent = (a: HolidaySchedule, b: HolidaySchedule): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

const overridesOf = (
  schedules: ReadonlyMap<number, HolidaySchedule>,
): ReadonlyMap<CalendarDate, DayOverride> => {
  const overrides = new Map<CalendarDate, DayOverride>();
  const put = (date: CalendarDate, override: DayOverride): void => {
    const existing = overrides.get(date);
    if (existing !== undefined && existing.kind !== override.kind) {
      // Only possible across notices: one notice's December spill-over against the previous year's notice.
      throw new ScheduleConflictError(override.year, 'cross-year-conflict', {
        zh: `${override.year}年与${existing.year}年的节假日安排对 ${date} 的规定相互矛盾`,
        en: `The ${override.year} and ${existing.year} schedules contradict each other on ${date}`,
      });
    }
    if (existing === undefined) overrides.set(date, override);
  };
  const byYear = [...schedules.values()].sort((a, b) => a.year - b.year);
  for (const schedule of byYear) {
    for (const holiday of schedule.holidays) {
      for (const date of holiday.dates)
        put(date, { kind: 'public-holiday', name: holiday.name, year: schedule.year });
    }
    for (const date of schedule.makeUpWorkingDays)
      put(date, { kind: 'make-up-working-day', year: schedule.year });
  }
  return overrides;
};

/** Statutory days of a year by date; two festivals on one date (中秋 on 1–3 October) share a name. */
const statutoryIndex = new Map<number, ReadonlyMap<CalendarDate, string>>();
const statutoryNameOn = (year: number, date: CalendarDate): string | undefined => {
  let index = statutoryIndex.get(year);
  if (index === undefined) {
    const names = new Map<CalendarDate, string>();
    for (const day of statutoryDaysOff(year)) {
      const known = names.get(day.date);
      if (known === undefined) names.set(day.date, day.name);
      else if (!known.includes(day.name)) names.set(day.date, `${known}、${day.name}`);
    }
    index = names;
    statutoryIndex.set(year, index);
  }
  return index.get(date);
};

const checkReplacement = (
  loaded: HolidaySchedule,
  next: HolidaySchedule,
  options: WithScheduleOptions,
): void => {
  const { year } = next;
  if (options.replace !== true) {
    throw new ScheduleConflictError(year, 'already-loaded', {
      zh: `${year}年的节假日安排已加载（${loaded.source.documentNumber}），如需替换请明确指定替换`,
      en: `The ${year} schedule is already loaded (${loaded.source.documentNumber}); replacing it must be explicit`,
    });
  }
  if (
    loaded.source.documentNumber === next.source.documentNumber &&
    loaded.source.publishedOn === next.source.publishedOn
  ) {
    throw new ScheduleConflictError(year, 'same-source', {
      zh: `替换${year}年安排必须依据另一份通知，而不是已加载的 ${loaded.source.documentNumber}`,
      en: `Replacing the ${year} schedule needs a different notice than the loaded ${loaded.source.documentNumber}`,
    });
  }
  if (next.source.publishedOn < loaded.source.publishedOn) {
    throw new ScheduleConflictError(year, 'older-source', {
      zh: `新通知发布于 ${next.source.publishedOn}，早于已加载的 ${loaded.source.publishedOn}，不能用旧通知替换新通知`,
      en: `The new notice (${next.source.publishedOn}) predates the loaded one (${loaded.source.publishedOn}); an older notice cannot replace a newer one`,
    });
  }
};

/** The first index of a non-decreasing array whose value is at least `wanted` (one past the end if none is). */
const firstReaching = (running: Uint16Array, wanted: number): number => {
  let low = 0;
  let high = running.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((running[middle] ?? 0) < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
};

const build = (schedules: ReadonlyMap<number, HolidaySchedule>): WorkingDayCalendar => {
  const overrides = overridesOf(schedules);
  const loadedYears = Object.freeze([...schedules.keys()].sort((a, b) => a - b));
  const isProvisionalYear = (year: number): boolean => !schedules.has(year) && isProvisionalRangeYear(year);

  /** The notices a day's answer needs that are missing; throws when one of them can never be answered. */
  const missingNoticesFor = (date: CalendarDate): readonly number[] => {
    const year = yearOf(date);
    if (!schedules.has(year) && !isProvisionalRangeYear(year)) throw new ScheduleNotLoadedError(year);
    return noticeYearsOf(date).filter(isProvisionalYear);
  };

  const describeDay = (date: CalendarDate): DayDescription => {
    const provisional = missingNoticesFor(date).length > 0;
    const override = overrides.get(date);
    if (override?.kind === 'make-up-working-day') {
      return { date, kind: 'make-up-working-day', isWorkingDay: true, provisional };
    }
    if (override?.kind === 'public-holiday') {
      return { date, kind: 'public-holiday', isWorkingDay: false, holidayName: override.name, provisional };
    }
    const year = yearOf(date);
    const statutory = schedules.has(year) ? undefined : statutoryNameOn(year, date);
    if (statutory !== undefined) {
      return { date, kind: 'public-holiday', isWorkingDay: false, holidayName: statutory, provisional };
    }
    return isWeekend(date)
      ? { date, kind: 'weekend', isWorkingDay: false, provisional }
      : { date, kind: 'working-day', isWorkingDay: true, provisional };
  };

  const isWorkingDay = (date: CalendarDate): boolean => describeDay(date).isWorkingDay;

  /**
   * Per year, the working days before each of its days (index 0: 1 January; the last entry is the year's total),
   * built on first use: counting a range is then two look-ups per year it spans instead of a walk over its days
   * (the inbox counts the days left on every clock of every row it shows), and adding working days a binary
   * search (every filing sets its due dates). Bounded by the years the calendar
   * answers for; a year it cannot answer throws while being built, as the walk would have.
   */
  const workingDaysBefore = new Map<
    number,
    { readonly firstDay: CalendarDate; readonly before: Uint16Array }
  >();
  const yearIndex = (year: number) => {
    let index = workingDaysBefore.get(year);
    if (index === undefined) {
      const firstDay = calendarDate(year, 1, 1);
      const days = daysBetween(firstDay, calendarDate(year, 12, 31)) + 1;
      const before = new Uint16Array(days + 1);
      for (let i = 0; i < days; i++)
        before[i + 1] = (before[i] ?? 0) + (isWorkingDay(addDays(firstDay, i)) ? 1 : 0);
      index = { firstDay, before };
      workingDaysBefore.set(year, index);
    }
    return index;
  };

  const calendar: WorkingDayCalendar = {
    loadedYears,
    provisionalRange: PROVISIONAL_YEARS,
    scheduleFor: (year) => schedules.get(year),
    provisionalScheduleFor: (year) =>
      isProvisionalYear(year) ? { year, basis: STATUTORY_BASIS, days: statutoryDaysOff(year) } : undefined,
    isProvisionalYear,
    withSchedule: (input, options = {}) => {
      const schedule = parseHolidaySchedule(input);
      const loaded = schedules.get(schedule.year);
      if (loaded !== undefined) {
        // Reloading the very same notice (e.g. replaying an administrator's event) changes nothing.
        if (sameContent(loaded, schedule)) return calendar;
        checkReplacement(loaded, schedule, options);
      }
      return build(new Map(schedules).set(schedule.year, schedule));
    },
    describeDay,
    isWorkingDay,
    addWorkingDays: (from, n) => {
      if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`addWorkingDays needs a whole number of working days ≥ 0, got ${n}`);
      }
      if (n === 0) return from;
      // The n-th working day after `from`: year by year, the first day whose running total reaches it.
      let year = yearOf(from);
      let { firstDay, before } = yearIndex(year);
      let wanted = (before[daysBetween(firstDay, from) + 1] ?? 0) + n;
      while (wanted > (before[before.length - 1] ?? 0)) {
        wanted -= before[before.length - 1] ?? 0;
        ({ firstDay, before } = yearIndex(++year));
      }
      return addDays(firstDay, firstReaching(before, wanted) - 1);
    },
    countWorkingDays: (from, to) => {
      if (from > to) return 0;
      let count = 0;
      for (let year = yearOf(from); year <= yearOf(to); year++) {
        const { firstDay, before } = yearIndex(year);
        const start = year === yearOf(from) ? daysBetween(firstDay, from) : 0;
        const end = year === yearOf(to) ? daysBetween(firstDay, to) + 1 : before.length - 1;
        count += (before[end] ?? 0) - (before[start] ?? 0);
      }
      return count;
    },
    provisionalYearsIn: (from, to) => {
      if (from > to) return [];
      const years = new Set<number>();
      // Year by year: a range is provisional through a year as a whole, plus next year's notice for its last week.
      for (let year = yearOf(from); year <= yearOf(to); year++) {
        const first = year === yearOf(from) ? from : (`${year}-01-01` as CalendarDate);
        const last = year === yearOf(to) ? to : (`${year}-12-31` as CalendarDate);
        for (const missing of missingNoticesFor(first)) years.add(missing);
        for (const missing of missingNoticesFor(last)) years.add(missing);
      }
      return Object.freeze([...years].sort((a, b) => a - b));
    },
  };
  return Object.freeze(calendar);
};

/** A calendar holding the given schedules (one per year; use `withSchedule` with `replace` to supersede one). */
export const createWorkingDayCalendar = (
  schedules: readonly HolidayScheduleInput[] = [],
): WorkingDayCalendar =>
  schedules.reduce<WorkingDayCalendar>(
    (calendar, schedule) => calendar.withSchedule(schedule),
    build(new Map()),
  );

/** A calendar holding the notices bundled with this library (2025 and 2026). */
export const createOfficialWorkingDayCalendar = (): WorkingDayCalendar =>
  createWorkingDayCalendar(officialHolidaySchedules);
