import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  fromEpochDay,
  parseCalendarDate,
  toEpochDay,
  yearOf,
} from '../calendar-date/calendar-date';
import { officialHolidaySchedules } from '../schedule/data/official-schedules';
import { schedule2025Input } from '../schedule/data/schedule-2025.data';
import { ScheduleNotLoadedError } from './schedule-not-loaded.error';
import { createOfficialWorkingDayCalendar, createWorkingDayCalendar } from './working-day-calendar';

const calendar = createOfficialWorkingDayCalendar();

const dateBetween = (from: string, to: string): fc.Arbitrary<CalendarDate> =>
  fc
    .integer({ min: toEpochDay(parseCalendarDate(from)), max: toEpochDay(parseCalendarDate(to)) })
    .map(fromEpochDay);

// Starts early enough, and n small enough, that every result stays inside the loaded 2025–2026.
const start = dateBetween('2025-01-01', '2026-10-31');
const workingDays = fc.integer({ min: 0, max: 30 });
const loadedDate = dateBetween('2025-01-01', '2026-12-31');
const orderedPair = fc
  .tuple(loadedDate, loadedDate)
  .map(([a, b]): [CalendarDate, CalendarDate] => (a <= b ? [a, b] : [b, a]));

const holidayDates = officialHolidaySchedules.flatMap((schedule) =>
  schedule.holidays.flatMap((h) => h.dates),
);
const makeUpDates = officialHolidaySchedules.flatMap((schedule) => schedule.makeUpWorkingDays);

const yearOfThrownError = (run: () => unknown): number | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ScheduleNotLoadedError ? error.year : Number.NaN;
  }
};

describe('working-day calendar properties', () => {
  it('addWorkingDays(from, n ≥ 1) is later than from and is always a working day', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 30 }), (from, n) => {
        const due = calendar.addWorkingDays(from, n);
        expect(due > from).toBe(true);
        expect(calendar.isWorkingDay(due)).toBe(true);
      }),
    );
  });

  it('counting from the day after the start up to addWorkingDays(from, n) gives back n', () => {
    fc.assert(
      fc.property(start, workingDays, (from, n) => {
        expect(calendar.countWorkingDays(addDays(from, 1), calendar.addWorkingDays(from, n))).toBe(n);
      }),
    );
  });

  it('adding 0 working days or counting an empty range needs no schedule at all', () => {
    const empty = createWorkingDayCalendar();
    fc.assert(
      fc.property(dateBetween('1990-01-01', '2100-12-31'), (date) => {
        expect(empty.addWorkingDays(date, 0)).toBe(date);
        expect(empty.countWorkingDays(addDays(date, 1), date)).toBe(0);
      }),
    );
  });

  it('addWorkingDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(start, workingDays, workingDays, (from, a, b) => {
        fc.pre(a !== b);
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(calendar.addWorkingDays(from, low) < calendar.addWorkingDays(from, high)).toBe(true);
      }),
    );
  });

  it('never counts a holiday: removing any holiday from a range leaves the count unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...holidayDates), orderedPair, (holiday, [from, to]) => {
        expect(calendar.countWorkingDays(holiday, holiday)).toBe(0);
        if (from <= holiday && holiday <= to) {
          expect(calendar.countWorkingDays(from, to)).toBe(
            calendar.countWorkingDays(from, addDays(holiday, -1)) +
              calendar.countWorkingDays(addDays(holiday, 1), to),
          );
        }
      }),
    );
  });

  it('always counts a make-up working day, although it is a Saturday or Sunday', () => {
    fc.assert(
      fc.property(fc.constantFrom(...makeUpDates), orderedPair, (makeUp, [from, to]) => {
        expect(calendar.isWorkingDay(makeUp)).toBe(true);
        if (from <= makeUp && makeUp <= to) {
          expect(calendar.countWorkingDays(from, to)).toBe(
            calendar.countWorkingDays(from, addDays(makeUp, -1)) +
              1 +
              calendar.countWorkingDays(addDays(makeUp, 1), to),
          );
        }
      }),
    );
  });

  it('counts exactly the days in the range that are working days, across years and provisional years', () => {
    const provisional = createWorkingDayCalendar([schedule2025Input]);
    const date = dateBetween('2025-01-01', '2029-12-31');
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = addDays(from, length);
        for (const c of [calendar, provisional]) {
          let walked = 0;
          for (let day = from; day <= to; day = addDays(day, 1)) if (c.isWorkingDay(day)) walked += 1;
          expect(c.countWorkingDays(from, to)).toBe(walked);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adds exactly the working days a day-by-day walk would, across years and provisional years', () => {
    const provisional = createWorkingDayCalendar([schedule2025Input]);
    const date = dateBetween('2025-01-01', '2029-12-31');
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (from, n) => {
        for (const c of [calendar, provisional]) {
          let walked = from;
          for (let remaining = n; remaining > 0;) {
            walked = addDays(walked, 1);
            if (c.isWorkingDay(walked)) remaining -= 1;
          }
          expect(c.addWorkingDays(from, n)).toBe(walked);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts add up over adjacent ranges and never exceed the number of days', () => {
    fc.assert(
      fc.property(orderedPair, loadedDate, ([from, to], split) => {
        fc.pre(from <= split && split <= to);
        const total = calendar.countWorkingDays(from, to);
        expect(total).toBe(
          calendar.countWorkingDays(from, split) + calendar.countWorkingDays(addDays(split, 1), to),
        );
        expect(total).toBeLessThanOrEqual(toEpochDay(to) - toEpochDay(from) + 1);
      }),
    );
  });

  it('throws ScheduleNotLoadedError naming the year only for a date outside 2025–2099 with no notice', () => {
    const only2025 = createWorkingDayCalendar([schedule2025Input]);
    const before = dateBetween('1990-01-01', '2024-12-31');
    const after = dateBetween('2100-01-01', '2300-12-31');
    const inside = dateBetween('2025-01-01', '2099-12-31');
    fc.assert(
      fc.property(fc.oneof(before, after), inside, fc.integer({ min: 1, max: 30 }), (outside, date, n) => {
        const year = yearOf(outside);
        expect(yearOfThrownError(() => only2025.isWorkingDay(outside))).toBe(year);
        expect(yearOfThrownError(() => only2025.describeDay(outside))).toBe(year);
        if (yearOf(addDays(outside, 1)) === year) {
          expect(yearOfThrownError(() => only2025.addWorkingDays(outside, n))).toBe(year);
        }
        expect(yearOfThrownError(() => only2025.isWorkingDay(date))).toBeUndefined();
        // A range is walked from its start, so the error names the first unsupported year in it.
        const [from, to, first] = outside < date ? [outside, date, year] : [date, outside, 2100];
        expect(yearOfThrownError(() => only2025.countWorkingDays(from, to))).toBe(first);
        expect(yearOfThrownError(() => only2025.provisionalYearsIn(from, to))).toBe(first);
      }),
    );
  });
});
