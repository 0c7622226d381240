import { type CalendarDate, isoWeekday, type IsoWeekday, isWeekend } from '../calendar-date/calendar-date';
import { statutoryDaysOff } from '../statutory/statutory-days';
import type { HolidaySchedule } from './holiday-schedule';

export interface ChangedDay {
  readonly date: CalendarDate;
  readonly weekday: IsoWeekday;
  /** The break it belongs to, for days off. */
  readonly holiday?: string;
  /** For days off: one of the 13 statutory days (else a bridge day the notice adds, made up on a weekend). */
  readonly statutory?: boolean;
}

/**
 * What loading a notice changes against counting weekends only, for an administrator to check before
 * confirming: the weekdays that become days off and the Saturdays and Sundays that become working days.
 * Weekend days inside a break change nothing and are left out.
 */
export interface NoticeChanges {
  readonly year: number;
  readonly weekdaysOff: readonly ChangedDay[];
  readonly weekendWorkingDays: readonly ChangedDay[];
  /** Working days the notice takes away, net: weekdays off minus weekend working days. */
  readonly netWorkingDaysLost: number;
}

export const noticeChanges = (schedule: HolidaySchedule): NoticeChanges => {
  const statutory = new Set(statutoryDaysOff(schedule.year).map((day) => day.date));
  const weekdaysOff = schedule.holidays
    .flatMap((holiday) => holiday.dates.map((date) => ({ date, holiday: holiday.name })))
    .filter(({ date }) => !isWeekend(date))
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map(({ date, holiday }) => ({
      date,
      weekday: isoWeekday(date),
      holiday,
      statutory: statutory.has(date),
    }));
  const weekendWorkingDays = schedule.makeUpWorkingDays.map((date) => ({ date, weekday: isoWeekday(date) }));
  return {
    year: schedule.year,
    weekdaysOff,
    weekendWorkingDays,
    netWorkingDaysLost: weekdaysOff.length - weekendWorkingDays.length,
  };
};
