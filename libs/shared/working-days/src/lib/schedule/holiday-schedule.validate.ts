import {
  type CalendarDate,
  compareCalendarDates,
  isWeekend,
  monthOf,
  parseCalendarDate,
  yearOf,
} from '../calendar-date/calendar-date';
import type { Holiday, HolidaySchedule, HolidayScheduleInput } from './holiday-schedule';
import { InvalidHolidayScheduleError, type ScheduleProblem } from './invalid-holiday-schedule.error';

export type HolidayScheduleValidation =
  | { readonly ok: true; readonly schedule: HolidaySchedule }
  | { readonly ok: false; readonly problems: readonly ScheduleProblem[] };

/**
 * A notice for year Y may start the 元旦 break in late December of Y−1: the 2019 notice (国办发明电〔2018〕15号)
 * gave 2018-12-30/31 off and made Saturday 2018-12-29 a working day. Such dates are accepted and take effect
 * once that notice is loaded; anything earlier than December of Y−1 is a transcription mistake.
 */
export const coversDate = (year: number, date: CalendarDate): boolean =>
  yearOf(date) === year || (yearOf(date) === year - 1 && monthOf(date) === 12);

const tryParse = (value: string, subject: string, problems: ScheduleProblem[]): CalendarDate | undefined => {
  try {
    return parseCalendarDate(value);
  } catch {
    problems.push({
      code: 'date-format',
      subject,
      message: {
        zh: `${subject} 的日期 ${JSON.stringify(value)} 不是有效的 YYYY-MM-DD 日期`,
        en: `${subject} has ${JSON.stringify(value)}, which is not a valid YYYY-MM-DD date`,
      },
    });
    return undefined;
  }
};

const sorted = (dates: readonly CalendarDate[]): readonly CalendarDate[] =>
  Object.freeze([...dates].sort(compareCalendarDates));

/** Checks every invariant of a schedule and returns it with parsed, sorted, frozen dates, or all the problems. */
export const validateHolidaySchedule = (input: HolidayScheduleInput): HolidayScheduleValidation => {
  const problems: ScheduleProblem[] = [];
  const { year } = input;

  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    problems.push({
      code: 'year',
      subject: 'year',
      message: { zh: `年份 ${year} 无效`, en: `Year ${year} is not a four-digit year` },
    });
    return { ok: false, problems };
  }

  for (const field of ['title', 'documentNumber'] as const) {
    if (input.source[field].trim() === '') {
      problems.push({
        code: 'source',
        subject: `source.${field}`,
        message: { zh: `来源通知缺少 ${field}`, en: `The source notice has no ${field}` },
      });
    }
  }
  const publishedOn = tryParse(input.source.publishedOn, 'source.publishedOn', problems);

  const makeUpLabel = '调休上班';
  const seen = new Map<CalendarDate, { readonly label: string; readonly makeUp: boolean }>();
  const claim = (date: CalendarDate, label: string, makeUp: boolean): void => {
    const previous = seen.get(date);
    if (previous !== undefined) {
      problems.push({
        code: previous.makeUp !== makeUp ? 'holiday-and-make-up-day' : 'duplicate-date',
        subject: date,
        message: {
          zh: `${date} 同时出现在「${previous.label}」和「${label}」中`,
          en: `${date} is listed both under "${previous.label}" and "${label}"`,
        },
      });
      return;
    }
    seen.set(date, { label, makeUp });
  };
  const checkCovered = (date: CalendarDate, owner: string): void => {
    if (!coversDate(year, date)) {
      problems.push({
        code: 'date-outside-year',
        subject: date,
        message: {
          zh: `「${owner}」的日期 ${date} 不在 ${year} 年内（仅允许上一年12月的元旦调休）`,
          en: `"${owner}" has ${date}, outside ${year} (only December of the previous year is allowed, for New Year)`,
        },
      });
    }
  };

  const holidays: Holiday[] = [];
  for (const holiday of input.holidays) {
    const name = holiday.name.trim();
    if (name === '' || holiday.dates.length === 0) {
      problems.push({
        code: 'empty-holiday',
        subject: name === '' ? 'holidays' : name,
        message: {
          zh: `节日「${name}」缺少名称或日期`,
          en: `Holiday "${name}" has no name or no dates`,
        },
      });
    }
    const dates: CalendarDate[] = [];
    for (const raw of holiday.dates) {
      const date = tryParse(raw, name, problems);
      if (date === undefined) continue;
      checkCovered(date, name);
      claim(date, name, false);
      dates.push(date);
    }
    holidays.push(
      Object.freeze({
        name,
        dates: sorted(dates),
        ...(holiday.noticeClause === undefined ? {} : { noticeClause: holiday.noticeClause }),
      }),
    );
  }

  const makeUpWorkingDays: CalendarDate[] = [];
  for (const raw of input.makeUpWorkingDays) {
    const date = tryParse(raw, makeUpLabel, problems);
    if (date === undefined) continue;
    checkCovered(date, makeUpLabel);
    if (!isWeekend(date)) {
      problems.push({
        code: 'make-up-day-not-weekend',
        subject: date,
        message: {
          zh: `调休上班日 ${date} 不是周六或周日（工作日本来就上班）`,
          en: `Make-up working day ${date} is not a Saturday or Sunday (weekdays are working days anyway)`,
        },
      });
    }
    claim(date, makeUpLabel, true);
    makeUpWorkingDays.push(date);
  }

  if (problems.length > 0 || publishedOn === undefined) return { ok: false, problems };
  return {
    ok: true,
    schedule: Object.freeze({
      year,
      source: Object.freeze({
        title: input.source.title.trim(),
        documentNumber: input.source.documentNumber.trim(),
        publishedOn,
      }),
      holidays: Object.freeze(holidays),
      makeUpWorkingDays: sorted(makeUpWorkingDays),
    }),
  };
};

/** As `validateHolidaySchedule`, for trusted data (the bundled notices): throws `InvalidHolidayScheduleError`. */
export const parseHolidaySchedule = (input: HolidayScheduleInput): HolidaySchedule => {
  const result = validateHolidaySchedule(input);
  if (!result.ok) throw new InvalidHolidayScheduleError(input.year, result.problems);
  return result.schedule;
};
