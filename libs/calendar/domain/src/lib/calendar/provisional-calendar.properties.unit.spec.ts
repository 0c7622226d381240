import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  calendarDate,
  dateRange,
  dayOfMonth,
  fromEpochDay,
  isWeekend,
  monthOf,
  parseCalendarDate,
  toEpochDay,
  yearOf,
} from '../calendar-date/calendar-date';
import { completeTestNotice } from '../../test-setup/complete-notice';
import { statutoryDaysOff } from '../statutory/statutory-days';
import { STATUTORY_FESTIVALS } from '../statutory/statutory-festivals';
import { createOfficialWorkingDayCalendar, createWorkingDayCalendar } from './working-day-calendar';

const official = createOfficialWorkingDayCalendar();

const dateBetween = (from: string, to: string): fc.Arbitrary<CalendarDate> =>
  fc
    .integer({ min: toEpochDay(parseCalendarDate(from)), max: toEpochDay(parseCalendarDate(to)) })
    .map(fromEpochDay);

const provisionalYear = fc.integer({ min: 2027, max: 2099 });
const wholeYear = (year: number): CalendarDate[] =>
  dateRange(calendarDate(year, 1, 1), calendarDate(year, 12, 31));
const inLastDecemberWeek = (date: CalendarDate): boolean => monthOf(date) === 12 && dayOfMonth(date) >= 25;

describe('provisional years (no notice loaded): the statutory festivals of the 2024 办法 and weekends, nothing else', () => {
  it('a provisional year has exactly the 13 statutory days off, each on its festival, and no make-up day', () => {
    fc.assert(
      fc.property(provisionalYear, (year) => {
        const statutory = statutoryDaysOff(year);
        const offDays = wholeYear(year).filter(
          (date) => official.describeDay(date).kind === 'public-holiday',
        );
        expect(new Set(offDays)).toEqual(new Set(statutory.map((day) => day.date)));
        const entries = offDays.flatMap((date) =>
          STATUTORY_FESTIVALS.filter((f) =>
            official.describeDay(date).holidayName?.split('、').includes(f.name),
          ).map((f) => `${f.festival}@${date}`),
        );
        expect(entries.sort()).toEqual(statutory.map((day) => `${day.festival}@${day.date}`).sort());
        expect(entries).toHaveLength(13);
        for (const date of wholeYear(year)) {
          const day = official.describeDay(date);
          expect(day.provisional).toBe(true);
          expect(day.kind).not.toBe('make-up-working-day');
          if (day.kind !== 'public-holiday') expect(day.isWorkingDay).toBe(!isWeekend(date));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a provisional year has as many working days as weekdays minus the statutory days on weekdays (no 补假)', () => {
    fc.assert(
      fc.property(provisionalYear, (year) => {
        const weekdays = wholeYear(year).filter((date) => !isWeekend(date)).length;
        const statutoryWeekdays = new Set(
          statutoryDaysOff(year)
            .map((day) => day.date)
            .filter((date) => !isWeekend(date)),
        ).size;
        expect(official.countWorkingDays(calendarDate(year, 1, 1), calendarDate(year, 12, 31))).toBe(
          weekdays - statutoryWeekdays,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('an official year is never reported provisional; a day is provisional exactly when a notice it needs is missing', () => {
    const loadable = fc.uniqueArray(fc.integer({ min: 2027, max: 2040 }), { maxLength: 5 });
    fc.assert(
      fc.property(
        loadable,
        dateBetween('2025-01-01', '2041-12-31'),
        dateBetween('2025-01-01', '2041-12-31'),
        (extra, a, b) => {
          const calendar = createWorkingDayCalendar([
            ...createOfficialWorkingDayCalendar().loadedYears.map((y) => official.scheduleFor(y) as never),
            ...extra.map(completeTestNotice),
          ]);
          const loaded = new Set(calendar.loadedYears);
          const [from, to] = a <= b ? [a, b] : [b, a];
          const years = calendar.provisionalYearsIn(from, to);
          expect(years.filter((year) => loaded.has(year))).toEqual([]);
          for (const year of years) expect(calendar.isProvisionalYear(year)).toBe(true);
          const needs = (date: CalendarDate): number[] =>
            [yearOf(date), ...(inLastDecemberWeek(date) ? [yearOf(date) + 1] : [])].filter(
              (y) => !loaded.has(y),
            );
          expect(calendar.describeDay(a).provisional).toBe(needs(a).length > 0);
          expect([...years]).toEqual([...new Set(dateRange(from, to).flatMap(needs))].sort((x, y) => x - y));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('loading a year’s notice takes that year, and only it, out of every answer’s provisional years', () => {
    fc.assert(
      fc.property(
        provisionalYear,
        dateBetween('2026-06-01', '2099-06-30'),
        fc.integer({ min: 1, max: 40 }),
        (year, from, n) => {
          const loaded = official.withSchedule(completeTestNotice(year));
          const due = official.addWorkingDays(from, n);
          const before = official.provisionalYearsIn(addDays(from, 1), due);
          const dueAfter = loaded.addWorkingDays(from, n);
          const after = loaded.provisionalYearsIn(addDays(from, 1), dueAfter);
          expect(after).not.toContain(year);
          if (dueAfter === due) expect(after).toEqual(before.filter((y) => y !== year));
          if (!before.includes(year)) expect(dueAfter).toBe(due);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('adding and counting stay inverse of each other across provisional years', () => {
    fc.assert(
      fc.property(dateBetween('2026-10-01', '2099-10-31'), fc.integer({ min: 0, max: 40 }), (from, n) => {
        const due = official.addWorkingDays(from, n);
        expect(official.countWorkingDays(addDays(from, 1), due)).toBe(n);
        if (n > 0) expect(official.isWorkingDay(due)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
