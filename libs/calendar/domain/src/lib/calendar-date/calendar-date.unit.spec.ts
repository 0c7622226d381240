import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDate,
  chinaDateOf,
  dateRange,
  daysBetween,
  fromEpochDay,
  isCalendarDate,
  isoWeekday,
  parseCalendarDate,
  toEpochDay,
} from './calendar-date';
import { InvalidCalendarDateError } from './invalid-calendar-date.error';

const reasonOf = (input: string): string | undefined => {
  try {
    parseCalendarDate(input);
    return undefined;
  } catch (error) {
    return error instanceof InvalidCalendarDateError ? error.reason : 'unexpected';
  }
};

describe('calendar date', () => {
  it('parses a strict YYYY-MM-DD date', () => {
    expect(parseCalendarDate('2025-10-09')).toBe('2025-10-09');
    expect(calendarDate(2026, 2, 14)).toBe('2026-02-14');
  });

  it('says what is wrong with bad input', () => {
    expect(reasonOf('2025-1-9')).toBe('format');
    expect(reasonOf(' 2025-01-09')).toBe('format');
    expect(reasonOf('2025/01/09')).toBe('format');
    expect(reasonOf('2025-01-09T00:00:00Z')).toBe('format');
    expect(reasonOf('0000-01-01')).toBe('year');
    expect(reasonOf('2025-13-01')).toBe('month');
    expect(reasonOf('2025-00-10')).toBe('month');
    expect(reasonOf('2025-02-29')).toBe('day');
    expect(reasonOf('1900-02-29')).toBe('day');
    expect(reasonOf('2025-04-31')).toBe('day');
    expect(reasonOf('2024-02-29')).toBeUndefined();
    expect(reasonOf('2000-02-29')).toBeUndefined();
    expect(() => calendarDate(2025, 1.5, 1)).toThrow(InvalidCalendarDateError);
  });

  it('explains the error in Chinese and English', () => {
    expect(() => parseCalendarDate('2025-02-29')).toThrow(/在日历上不存在.*does not exist/);
  });

  it('knows weekdays of dates the notices annotate', () => {
    expect(isoWeekday(parseCalendarDate('2025-01-01'))).toBe(3); // 1月1日（周三）
    expect(isoWeekday(parseCalendarDate('2026-02-15'))).toBe(7); // 2月15日（周日）
    expect(isoWeekday(parseCalendarDate('1970-01-01'))).toBe(4);
    expect(isoWeekday(parseCalendarDate('1969-12-29'))).toBe(1);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(parseCalendarDate('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(parseCalendarDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(parseCalendarDate('2026-03-01'), -1)).toBe('2026-02-28');
    expect(daysBetween(parseCalendarDate('2025-01-01'), parseCalendarDate('2026-01-01'))).toBe(365);
    expect(dateRange(parseCalendarDate('2025-01-30'), parseCalendarDate('2025-02-02'))).toEqual([
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
    expect(dateRange(parseCalendarDate('2025-02-02'), parseCalendarDate('2025-01-30'))).toEqual([]);
  });

  it('agrees with the proleptic Gregorian calendar of Date.UTC for every day of years 1–9999', () => {
    const first = toEpochDay(parseCalendarDate('0001-01-01'));
    const last = toEpochDay(parseCalendarDate('9999-12-31'));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (epochDay) => {
        const date = fromEpochDay(epochDay);
        const reference = new Date(epochDay * 86_400_000);
        expect(isCalendarDate(date)).toBe(true);
        expect(toEpochDay(date)).toBe(epochDay);
        expect(date).toBe(reference.toISOString().slice(0, 10));
        expect(isoWeekday(date) % 7).toBe(reference.getUTCDay());
      }),
    );
  });

  it('turns an instant into the China-local day', () => {
    expect(chinaDateOf(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(chinaDateOf(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });

  it('adds calendar months, keeping the day number or falling back to the month’s last day', () => {
    expect(addMonths(parseCalendarDate('2024-02-29'), 12)).toBe('2025-02-28');
    expect(addMonths(parseCalendarDate('2024-02-29'), 48)).toBe('2028-02-29');
    expect(addMonths(parseCalendarDate('2026-08-31'), -6)).toBe('2026-02-28');
    expect(addMonths(parseCalendarDate('2026-01-15'), -1)).toBe('2025-12-15');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_900_000 }),
        fc.integer({ min: -120, max: 120 }),
        (epochDay, months) => {
          const date = fromEpochDay(epochDay);
          const moved = addMonths(date, months);
          expect(isCalendarDate(moved)).toBe(true);
          expect(Number(moved.slice(8, 10))).toBeLessThanOrEqual(Number(date.slice(8, 10)));
        },
      ),
    );
  });
});
