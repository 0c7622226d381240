import type { CalendarDate } from '../calendar-date/calendar-date';

/** The State Council General Office notice (国务院办公厅通知) a year's schedule is transcribed from. */
export interface ScheduleSource {
  /** e.g. 国务院办公厅关于2025年部分节假日安排的通知 */
  readonly title: string;
  /** e.g. 国办发明电〔2024〕12号 */
  readonly documentNumber: string;
  readonly publishedOn: CalendarDate;
}

/** One holiday break (放假) of the notice: every day off, weekends inside the break included. */
export interface Holiday {
  /** As the notice names it, e.g. 春节, or 国庆节、中秋节 when the notice merges them. */
  readonly name: string;
  readonly dates: readonly CalendarDate[];
  /** The notice's own sentence for this holiday, verbatim, so a reviewer can check the dates against it. */
  readonly noticeClause?: string;
}

/**
 * China's statutory holidays and make-up working days (调休上班: weekend days that are working days) for one year,
 * exactly as one notice publishes them. Only trustworthy after `validateHolidaySchedule`.
 */
export interface HolidaySchedule {
  readonly year: number;
  readonly source: ScheduleSource;
  readonly holidays: readonly Holiday[];
  readonly makeUpWorkingDays: readonly CalendarDate[];
}

/** The same shape with plain strings, as an administrator or a data file supplies it before validation. */
export interface HolidayScheduleInput {
  readonly year: number;
  readonly source: {
    readonly title: string;
    readonly documentNumber: string;
    readonly publishedOn: string;
  };
  readonly holidays: readonly {
    readonly name: string;
    readonly dates: readonly string[];
    readonly noticeClause?: string;
  }[];
  readonly makeUpWorkingDays: readonly string[];
}
