import { describe, expect, it } from 'vitest';
import { type CalendarDate, parseCalendarDate } from '../calendar-date/calendar-date';
import { schedule2025Input } from '../schedule/data/schedule-2025.data';
import { schedule2026Input } from '../schedule/data/schedule-2026.data';
import type { HolidayScheduleInput } from '../schedule/holiday-schedule';
import { InvalidHolidayScheduleError } from '../schedule/invalid-holiday-schedule.error';
import { ScheduleConflictError } from './schedule-conflict.error';
import { completeTestNotice } from '../../test-setup/complete-notice';
import { ScheduleNotLoadedError } from './schedule-not-loaded.error';
import { createOfficialWorkingDayCalendar, createWorkingDayCalendar } from './working-day-calendar';

const d = (value: string): CalendarDate => parseCalendarDate(value);

const notLoadedYear = (run: () => unknown): number | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof ScheduleNotLoadedError) return error.year;
    throw error;
  }
};

describe('working-day calendar', () => {
  describe('given the 2025 and 2026 notices', () => {
    const calendar = createOfficialWorkingDayCalendar();

    it('when asked about 元旦 2025, then 1 January is a holiday and 2 January a working day', () => {
      expect(calendar.describeDay(d('2025-01-01'))).toEqual({
        date: '2025-01-01',
        kind: 'public-holiday',
        isWorkingDay: false,
        holidayName: '元旦',
        provisional: false,
      });
      expect(calendar.isWorkingDay(d('2025-01-02'))).toBe(true);
    });

    it('when one working day is added to Friday 24 January 2025, then it lands on make-up Sunday 26 January', () => {
      expect(calendar.addWorkingDays(d('2025-01-24'), 1)).toBe('2025-01-26');
      expect(calendar.describeDay(d('2025-01-26')).kind).toBe('make-up-working-day');
    });

    it('when one working day is added on the eve of 春节 2025, then the whole break is skipped', () => {
      // 1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休
      expect(calendar.addWorkingDays(d('2025-01-27'), 1)).toBe('2025-02-05');
      expect(calendar.countWorkingDays(d('2025-01-28'), d('2025-02-04'))).toBe(0);
      // 2月8日（周六）上班
      expect(calendar.addWorkingDays(d('2025-02-07'), 1)).toBe('2025-02-08');
    });

    it('when a weekday inside a break is asked about, then it is not a working day', () => {
      expect(calendar.isWorkingDay(d('2025-02-03'))).toBe(false); // Monday in 春节
      expect(calendar.isWorkingDay(d('2026-10-07'))).toBe(false); // Wednesday in 国庆节
    });

    it('when a 3-working-day reply limit starts on 30 September 2025, then it ends on make-up Saturday 11 October', () => {
      // 10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
      expect(calendar.addWorkingDays(d('2025-09-30'), 1)).toBe('2025-10-09');
      expect(calendar.addWorkingDays(d('2025-09-30'), 3)).toBe('2025-10-11');
      expect(calendar.addWorkingDays(d('2025-09-26'), 1)).toBe('2025-09-28');
    });

    it('when October 2025 is counted, then the 8-day break is left out and make-up Saturday 11 October is in', () => {
      // 9, 10, 11 October, then four full Monday–Friday weeks from the 13th to the 31st.
      expect(calendar.countWorkingDays(d('2025-10-01'), d('2025-10-31'))).toBe(18);
    });

    it('when one working day is added before 国庆节 2026, then the next working day is 8 October', () => {
      // 10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
      expect(calendar.addWorkingDays(d('2026-09-30'), 1)).toBe('2026-10-08');
      expect(calendar.addWorkingDays(d('2026-09-18'), 1)).toBe('2026-09-20');
      expect(calendar.addWorkingDays(d('2026-10-09'), 1)).toBe('2026-10-10');
      expect(calendar.isWorkingDay(d('2026-09-26'))).toBe(false); // Saturday in 中秋节
    });

    it('when a 15-working-day limit starts on Friday 13 February 2026, then both 春节 make-up Saturdays count', () => {
      // 14 Feb (make-up), 24–27 Feb, 28 Feb (make-up), 2–6 Mar, 9–12 Mar.
      expect(calendar.addWorkingDays(d('2026-02-13'), 15)).toBe('2026-03-12');
    });

    it('when the year turns, then 元旦 2026 is skipped and make-up Sunday 4 January counts', () => {
      expect(calendar.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-04');
    });

    it('when zero working days are added, then the start date comes back unchanged', () => {
      expect(calendar.addWorkingDays(d('2025-10-01'), 0)).toBe('2025-10-01');
    });

    it('when counting from a later date to an earlier one, then the count is 0', () => {
      expect(calendar.countWorkingDays(d('2025-10-31'), d('2025-10-01'))).toBe(0);
    });

    it('when the count of working days is not a whole number ≥ 0, then it is refused', () => {
      expect(() => calendar.addWorkingDays(d('2025-10-01'), -1)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays(d('2025-10-01'), 1.5)).toThrow(RangeError);
    });

    it('when a date in 2024 is needed, then ScheduleNotLoadedError names that year (before the 2024 办法 applied)', () => {
      expect(notLoadedYear(() => calendar.isWorkingDay(d('2024-12-31')))).toBe(2024);
      expect(notLoadedYear(() => calendar.countWorkingDays(d('2024-12-01'), d('2025-01-31')))).toBe(2024);
      expect(() => calendar.isWorkingDay(d('2024-06-03'))).toThrow(
        /2024年不在工作日计算支持的年份内.*2025–2099/,
      );
      expect(notLoadedYear(() => calendar.isWorkingDay(d('2100-01-04')))).toBe(2100);
    });

    it('when 2027 is needed, then it is answered provisionally from the statutory festivals and says so', () => {
      // 15 working days from Tue 2026-12-15: 16–18, 21–25, 28–31 (12), 2027-01-01 is 元旦, 01-04..06 (15).
      expect(calendar.addWorkingDays(d('2026-12-15'), 15)).toBe('2027-01-06');
      expect(calendar.provisionalYearsIn(d('2026-12-16'), d('2027-01-06'))).toEqual([2027]);
      expect(calendar.describeDay(d('2027-02-05'))).toEqual({
        date: '2027-02-05',
        kind: 'public-holiday',
        isWorkingDay: false,
        holidayName: '春节',
        provisional: true,
      });
      // Friday 2027-02-12 would be a bridge day in a real notice; provisionally it is a working day.
      expect(calendar.describeDay(d('2027-02-12'))).toMatchObject({ kind: 'working-day', provisional: true });
      expect(calendar.isProvisionalYear(2027)).toBe(true);
      expect(calendar.isProvisionalYear(2026)).toBe(false);
    });

    it('when a range ends in the last week of December, then it depends on next year’s notice too', () => {
      expect(calendar.provisionalYearsIn(d('2026-12-01'), d('2026-12-24'))).toEqual([]);
      expect(calendar.provisionalYearsIn(d('2026-12-01'), d('2026-12-25'))).toEqual([2027]);
      expect(calendar.describeDay(d('2026-12-31'))).toMatchObject({ kind: 'working-day', provisional: true });
      expect(calendar.provisionalYearsIn(d('2026-01-01'), d('2026-12-24'))).toEqual([]);
      expect(calendar.provisionalYearsIn(d('2026-12-20'), d('2026-12-19'))).toEqual([]);
    });
  });

  describe('given only the 2025 notice', () => {
    const calendar = createWorkingDayCalendar([schedule2025Input]);

    it('when a deadline runs into 2026, then it is provisional: 元旦 off, 2 January a working day', () => {
      expect(calendar.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-02');
      expect(calendar.provisionalYearsIn(d('2026-01-01'), d('2026-01-02'))).toEqual([2026]);
    });

    it('when an administrator loads the 2026 notice, then a new calendar answers officially and the old one stays provisional', () => {
      const next = calendar.withSchedule(schedule2026Input);
      expect(next.loadedYears).toEqual([2025, 2026]);
      expect(next.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-04');
      expect(next.provisionalYearsIn(d('2026-01-01'), d('2026-01-04'))).toEqual([]);
      expect(calendar.loadedYears).toEqual([2025]);
      expect(calendar.describeDay(d('2026-01-04'))).toMatchObject({ kind: 'weekend', provisional: true });
    });

    it('when the same notice is loaded again, then nothing changes', () => {
      expect(calendar.withSchedule(schedule2025Input)).toBe(calendar);
    });

    it('when a different 2025 schedule is loaded without asking to replace, then it is refused', () => {
      const corrected = { ...schedule2025Input, makeUpWorkingDays: ['2025-01-26', '2025-02-08'] };
      expect(() => calendar.withSchedule(corrected)).toThrow(ScheduleConflictError);
    });

    it('when a replacement cites the loaded notice, or an older one, then it is refused', () => {
      const sameSource = { ...schedule2025Input, makeUpWorkingDays: ['2025-01-26'] };
      const older: HolidayScheduleInput = {
        ...sameSource,
        source: { ...schedule2025Input.source, documentNumber: '旧〔2024〕1号', publishedOn: '2024-10-01' },
      };
      const reasonOf = (input: HolidayScheduleInput): string | undefined => {
        try {
          calendar.withSchedule(input, { replace: true });
          return undefined;
        } catch (error) {
          return error instanceof ScheduleConflictError ? error.reason : 'unexpected';
        }
      };
      expect(reasonOf(sameSource)).toBe('same-source');
      expect(reasonOf(older)).toBe('older-source');
    });

    it('when an explicit replacement cites a newer notice, then the new calendar follows it', () => {
      const supplement: HolidayScheduleInput = {
        ...schedule2025Input,
        source: { title: '补充通知', documentNumber: '国办发明电〔2025〕99号', publishedOn: '2025-03-01' },
        holidays: [...schedule2025Input.holidays, { name: '测试假日', dates: ['2025-03-03'] }],
      };
      const replaced = calendar.withSchedule(supplement, { replace: true });
      expect(replaced.isWorkingDay(d('2025-03-03'))).toBe(false);
      expect(replaced.scheduleFor(2025)?.source.documentNumber).toBe('国办发明电〔2025〕99号');
      expect(calendar.isWorkingDay(d('2025-03-03'))).toBe(true);
    });

    it('when an invalid schedule is loaded, then it is refused with its problems', () => {
      const broken = { ...schedule2026Input, makeUpWorkingDays: ['2026-01-05'] }; // a Monday
      expect(() => calendar.withSchedule(broken)).toThrow(InvalidHolidayScheduleError);
    });
  });

  describe('given a notice whose New Year break starts in the previous December', () => {
    // 2030-01-01 is a Tuesday: as the 2019 notice did for 2018-12-30/31, a notice may give Monday 31 December off
    // and make Saturday 29 December a working day. Test notices, not real ones.
    const plain2030 = completeTestNotice(2030);
    const notice2030: HolidayScheduleInput = {
      ...plain2030,
      holidays: plain2030.holidays.map((h) =>
        h.name === '元旦' ? { ...h, dates: ['2029-12-30', '2029-12-31', '2030-01-01'] } : h,
      ),
      makeUpWorkingDays: ['2029-12-29'],
    };
    const notice2029 = completeTestNotice(2029);

    it('when both years are loaded, then the December days follow the later notice', () => {
      const calendar = createWorkingDayCalendar([notice2029, notice2030]);
      expect(calendar.isWorkingDay(d('2029-12-29'))).toBe(true);
      expect(calendar.isWorkingDay(d('2029-12-31'))).toBe(false);
      expect(calendar.addWorkingDays(d('2029-12-28'), 2)).toBe('2030-01-02');
      expect(calendar.provisionalYearsIn(d('2029-12-28'), d('2030-01-02'))).toEqual([]);
    });

    it('when only the earlier notice is loaded, then its last December week is provisional until the next one is', () => {
      const calendar = createWorkingDayCalendar([notice2029]);
      expect(calendar.describeDay(d('2029-12-31'))).toMatchObject({ isWorkingDay: true, provisional: true });
      expect(calendar.provisionalYearsIn(d('2029-12-20'), d('2029-12-31'))).toEqual([2030]);
      expect(calendar.withSchedule(notice2030).describeDay(d('2029-12-31'))).toMatchObject({
        kind: 'public-holiday',
        holidayName: '元旦',
        provisional: false,
      });
    });

    it('when only the later notice is loaded, then December 2029 keeps its notice’s days and is provisional', () => {
      const calendar = createWorkingDayCalendar([notice2030]);
      expect(calendar.describeDay(d('2029-12-31'))).toMatchObject({
        kind: 'public-holiday',
        provisional: true,
      });
      expect(calendar.describeDay(d('2029-12-29'))).toMatchObject({ isWorkingDay: true, provisional: true });
    });

    it('when the two notices contradict each other on a December day, then loading is refused', () => {
      const contradicting = { ...notice2029, makeUpWorkingDays: ['2029-12-30'] };
      expect(() => createWorkingDayCalendar([contradicting, notice2030])).toThrow(ScheduleConflictError);
    });
  });
});
