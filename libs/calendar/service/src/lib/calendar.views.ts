import {
  addDays,
  type CalendarBasis,
  calendarBasis,
  type CalendarDate,
  type NoticeChanges,
  type NoticeReminder,
  type ScheduleSource,
  type SetAsideNotice,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';

/** Whether an answer took a year without a loaded notice provisionally, which years, and on what it rests. */
export interface AnswerBasis {
  /** True when the answer depends on a year whose holiday notice is not loaded. */
  readonly provisional: boolean;
  readonly provisionalYears: readonly number[];
  readonly basis: CalendarBasis;
}

export const answerBasis = (
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  to: CalendarDate,
): AnswerBasis => {
  const provisionalYears = calendar.provisionalYearsIn(from, to);
  return {
    provisional: provisionalYears.length > 0,
    provisionalYears,
    basis: calendarBasis(calendar, from, to),
  };
};

/** `addWorkingDays(from, n)` depends on the days after `from` up to the answer. */
export const addWorkingDaysBasis = (
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  date: CalendarDate,
): AnswerBasis => answerBasis(calendar, addDays(from, 1), date);

/** `GET /api/calendar/schedules`. */
export interface ScheduleListView {
  readonly years: readonly { readonly year: number; readonly source: ScheduleSource | null }[];
  /** Years answered provisionally from the statutory festivals while their notice is missing. */
  readonly provisionalRange: { readonly from: number; readonly to: number };
  /** For administrators: the notices missing now (this year's; next year's from 1 October). */
  readonly reminder: NoticeReminder | null;
  /** Notices loaded earlier that fail today's checks (e.g. incomplete): on record, not in force, with why. */
  readonly setAside: readonly SetAsideNotice[];
}

/** `POST /api/calendar/schedules/preview`: what loading the notice would change, before confirming. */
export interface SchedulePreview {
  readonly year: number;
  readonly source: ScheduleSource;
  readonly changes: NoticeChanges;
  /** The notice this one would replace (only with `replace`), or null. */
  readonly replaces: ScheduleSource | null;
  /** True when the very same notice is already loaded: loading it again changes nothing. */
  readonly alreadyLoaded: boolean;
}
