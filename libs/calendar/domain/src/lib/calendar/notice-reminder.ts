import { type CalendarDate, calendarDate, yearOf } from '../calendar-date/calendar-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * From 1 October administrators are reminded to load next year's notice: the State Council publishes it in the
 * autumn (2025's on 2024-11-12, 2026's on 2025-11-04), and from about mid-December the 15-working-day resolve
 * clock of every new request reaches into the next year.
 */
export const NEXT_YEAR_REMINDER_FROM_MONTH = 10;

export interface NoticeReminder {
  /** Years whose notice is missing and needed now: this year's, and from 1 October next year's. */
  readonly missingYears: readonly number[];
  readonly since: CalendarDate;
  readonly message: { readonly zh: string; readonly en: string };
}

/** The reminder to show administrators on `today`, or null when every notice needed now is loaded. */
export const noticeReminder = (calendar: WorkingDayCalendar, today: CalendarDate): NoticeReminder | null => {
  const year = yearOf(today);
  const remindFrom = calendarDate(year, NEXT_YEAR_REMINDER_FROM_MONTH, 1);
  const missingYears = [
    ...(calendar.isProvisionalYear(year) ? [year] : []),
    ...(today >= remindFrom && calendar.isProvisionalYear(year + 1) ? [year + 1] : []),
  ];
  if (missingYears.length === 0) return null;
  const years = missingYears.join('、');
  return {
    missingYears,
    since: missingYears.includes(year) ? calendarDate(year, 1, 1) : remindFrom,
    message: {
      zh: `${years}年节假日安排（国务院办公厅通知）尚未载入。涉及该年的期限暂按《全国年节及纪念日放假办法》的法定节日假日计算，标为“暂定”；通知发布后请在“管理 → 节假日安排”中载入，系统将据此重新计算未结期限。`,
      en: `The ${missingYears.join(' and ')} holiday notice is not loaded. Deadlines in ${missingYears.length > 1 ? 'those years' : 'that year'} are computed provisionally from the statutory holidays and marked provisional; once the State Council publishes the notice, load it under Administration → Holiday schedules and open deadlines will be recomputed.`,
    },
  };
};
