import { addDays, type CalendarDate, isWeekend, yearOf } from '../calendar-date/calendar-date';
import { officialHolidaySchedules } from '../schedule/data/official-schedules';
import type { HolidaySchedule, HolidayScheduleInput } from '../schedule/holiday-schedule';
import { parseHolidaySchedule } from '../schedule/holiday-schedule.validate';
import { ScheduleConflictError } from './schedule-conflict.error';
import { ScheduleNotLoadedError } from './schedule-not-loaded.error';

export type DayKind = 'working-day' | 'weekend' | 'public-holiday' | 'make-up-working-day';

export interface DayDescription {
  readonly date: CalendarDate;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  /** The notice's name for the break, on public holidays only. */
  readonly holidayName?: string;
}

export interface WithScheduleOptions {
  /** Must be set to replace a loaded year; the new notice must be a different one, published no earlier. */
  readonly replace?: boolean;
}

/**
 * Working days under China's statutory holidays and 调休, for the years whose notices are loaded. Immutable:
 * `withSchedule` returns a new calendar, so a calculation never sees a schedule change halfway through.
 * Every operation throws `ScheduleNotLoadedError` exactly when its answer depends on a year that is not loaded;
 * answers that depend on no day at all (adding 0 working days, counting an empty range) need no schedule.
 */
export interface WorkingDayCalendar {
  readonly loadedYears: readonly number[];
  scheduleFor(year: number): HolidaySchedule | undefined;
  withSchedule(schedule: HolidayScheduleInput, options?: WithScheduleOptions): WorkingDayCalendar;
  describeDay(date: CalendarDate): DayDescription;
  isWorkingDay(date: CalendarDate): boolean;
  /**
   * The date `n` working days after `from`, counting from the day after `from` (开始的当日不计入): one working day
   * after a Friday is the next working day. `n = 0` returns `from` itself, even when `from` is not a working day.
   * Throws `RangeError` unless `n` is a whole number ≥ 0.
   */
  addWorkingDays(from: CalendarDate, n: number): CalendarDate;
  /** Working days from `from` to `to`, both included; 0 when `from` is after `to` (an empty range). */
  countWorkingDays(from: CalendarDate, to: CalendarDate): number;
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

const build = (schedules: ReadonlyMap<number, HolidaySchedule>): WorkingDayCalendar => {
  const overrides = overridesOf(schedules);
  const loadedYears = Object.freeze([...schedules.keys()].sort((a, b) => a - b));

  const requireLoaded = (date: CalendarDate): void => {
    const year = yearOf(date);
    if (!schedules.has(year)) throw new ScheduleNotLoadedError(year);
  };

  const describeLoaded = (date: CalendarDate): DayDescription => {
    const override = overrides.get(date);
    if (override?.kind === 'make-up-working-day') {
      return { date, kind: 'make-up-working-day', isWorkingDay: true };
    }
    if (override?.kind === 'public-holiday') {
      return { date, kind: 'public-holiday', isWorkingDay: false, holidayName: override.name };
    }
    return isWeekend(date)
      ? { date, kind: 'weekend', isWorkingDay: false }
      : { date, kind: 'working-day', isWorkingDay: true };
  };

  const isWorkingDay = (date: CalendarDate): boolean => {
    requireLoaded(date);
    return describeLoaded(date).isWorkingDay;
  };

  const calendar: WorkingDayCalendar = {
    loadedYears,
    scheduleFor: (year) => schedules.get(year),
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
    describeDay: (date) => {
      requireLoaded(date);
      return describeLoaded(date);
    },
    isWorkingDay,
    addWorkingDays: (from, n) => {
      if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`addWorkingDays needs a whole number of working days ≥ 0, got ${n}`);
      }
      let cursor = from;
      let remaining = n;
      while (remaining > 0) {
        cursor = addDays(cursor, 1);
        if (isWorkingDay(cursor)) remaining -= 1;
      }
      return cursor;
    },
    countWorkingDays: (from, to) => {
      let count = 0;
      for (let cursor = from; cursor <= to; cursor = addDays(cursor, 1)) {
        if (isWorkingDay(cursor)) count += 1;
      }
      return count;
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
