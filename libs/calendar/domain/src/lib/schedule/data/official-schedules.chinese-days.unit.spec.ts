import { getDayDetail } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { calendarDate, dateRange, isWeekend } from '../../calendar-date/calendar-date';
import { createOfficialWorkingDayCalendar } from '../../calendar/working-day-calendar';
import { statutoryDaysOff } from '../../statutory/statutory-days';
import { officialHolidaySchedules } from './official-schedules';

/**
 * The shipped notices against a dataset kept by others: chinese-days (vsme/chinese-days, MIT, a dev dependency),
 * which transcribes every State Council notice since 2004 into holidays and make-up working days. The two
 * transcriptions were made independently, so a typo in either shows up here day by day.
 */
const calendar = createOfficialWorkingDayCalendar();

describe.each(officialHolidaySchedules.map((schedule) => [schedule.year] as const))(
  'the shipped %i notice against chinese-days',
  (year) => {
    const days = dateRange(calendarDate(year, 1, 1), calendarDate(year, 12, 31));

    it('agrees on every day of the year: working or not, and which are holidays and make-up days', () => {
      const disagreements = days.flatMap((date) => {
        const ours = calendar.describeDay(date);
        const theirs = getDayDetail(date);
        const theirKind = theirs.name.includes(',') ? (theirs.work ? 'make-up-working-day' : 'public-holiday') : null;
        const ourKind = ours.kind === 'public-holiday' || ours.kind === 'make-up-working-day' ? ours.kind : null;
        return ours.isWorkingDay === theirs.work && ourKind === theirKind
          ? []
          : [`${date}: ours ${ours.kind}, chinese-days ${theirs.work ? 'work' : 'off'} ${theirs.name}`];
      });
      expect(disagreements).toEqual([]);
    });

    it('lists every statutory day of the 2024 办法 as a day off', () => {
      for (const day of statutoryDaysOff(year)) {
        expect(calendar.describeDay(day.date), `${day.name} ${day.date}`).toMatchObject({ kind: 'public-holiday' });
        expect(getDayDetail(day.date).work, `${day.name} ${day.date}`).toBe(false);
      }
    });

    it('keeps weekdays and weekends as they are outside the notice', () => {
      const plain = days.filter((date) => !getDayDetail(date).name.includes(','));
      for (const date of plain) expect(calendar.isWorkingDay(date)).toBe(!isWeekend(date));
    });
  },
);
