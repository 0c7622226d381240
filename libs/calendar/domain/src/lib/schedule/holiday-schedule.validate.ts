import {
  type CalendarDate,
  compareCalendarDates,
  isWeekend,
  parseCalendarDate,
  yearOf,
} from '../calendar-date/calendar-date';
import { statutoryDaysOff } from '../statutory/statutory-days';
import {
  isProvisionalRangeYear,
  namesFestival,
  PROVISIONAL_YEARS,
  STATUTORY_BASIS,
  STATUTORY_FESTIVALS,
  type StatutoryFestivalRule,
} from '../statutory/statutory-festivals';
import type { Holiday, HolidaySchedule, HolidayScheduleInput } from './holiday-schedule';
import { InvalidHolidayScheduleError, type ScheduleProblem } from './invalid-holiday-schedule.error';
import { noticeMayCover, PREVIOUS_DECEMBER_FROM_DAY } from './notice-years';

export type HolidayScheduleValidation =
  | { readonly ok: true; readonly schedule: HolidaySchedule }
  | { readonly ok: false; readonly problems: readonly ScheduleProblem[] };

const NEW_YEAR = STATUTORY_FESTIVALS.find((f) => f.festival === 'new-year') as StatutoryFestivalRule;

const tryParse = (
  value: string,
  owner: string,
  field: string,
  problems: ScheduleProblem[],
): CalendarDate | undefined => {
  try {
    return parseCalendarDate(value);
  } catch {
    problems.push({
      code: 'date-format',
      subject: owner,
      field,
      message: {
        zh: `${owner} 的日期 ${JSON.stringify(value)} 不是有效的 YYYY-MM-DD 日期`,
        en: `${owner} has ${JSON.stringify(value)}, which is not a valid YYYY-MM-DD date`,
      },
    });
    return undefined;
  }
};

const sorted = (dates: readonly CalendarDate[]): readonly CalendarDate[] =>
  Object.freeze([...dates].sort(compareCalendarDates));

/**
 * Every statutory festival of the 2024 办法 must be a holiday of the notice, and each of its statutory days one of
 * that holiday's days off (a notice may merge breaks, e.g. 「国庆节、中秋节」, which then covers both festivals).
 */
const statutoryProblems = (
  year: number,
  holidays: readonly { readonly name: string; readonly dates: readonly CalendarDate[] }[],
): ScheduleProblem[] => {
  const problems: ScheduleProblem[] = [];
  const days = statutoryDaysOff(year);
  for (const festival of STATUTORY_FESTIVALS) {
    const naming = holidays
      .map((holiday, index) => ({ holiday, index }))
      .filter(({ holiday }) => namesFestival(holiday.name, festival));
    const first = naming[0];
    if (first === undefined) {
      problems.push({
        code: 'festival-missing',
        subject: festival.name,
        field: 'holidays',
        message: {
          zh: `缺少「${festival.name}」：《${STATUTORY_BASIS.title}》${STATUTORY_BASIS.article}规定${festival.name}放假${festival.days}天（${festival.rule.zh}）`,
          en: `${festival.nameEn} (${festival.name}) is missing: article 2 of the 2024 holiday regulations gives it ${festival.days} day(s) off (${festival.rule.en})`,
        },
      });
      continue;
    }
    const listed = new Set(naming.flatMap(({ holiday }) => holiday.dates));
    for (const day of days.filter((d) => d.festival === festival.festival)) {
      if (listed.has(day.date)) continue;
      problems.push({
        code: 'statutory-day-missing',
        subject: day.date,
        field: `holidays.${first.index}.dates`,
        message: {
          zh: `${day.date}（${day.note}）是${festival.name}的法定假日，但不在「${first.holiday.name}」的放假日期中`,
          en: `${day.date} (${day.note}) is a statutory day of ${festival.nameEn}, but "${first.holiday.name}" does not list it`,
        },
      });
    }
  }
  return problems;
};

/**
 * Checks a notice before it is accepted and returns it with parsed, sorted, frozen dates, or all the problems,
 * each with the field it concerns and a message in Chinese and English:
 * - the year is one the 2024 《全国年节及纪念日放假办法》 governs and the calendar supports (2025–2099);
 * - the source names a title, a document number and a valid publication date;
 * - all seven statutory festivals are holidays of the notice and all 13 statutory days are among their days off;
 * - make-up working days (调休上班) fall on a Saturday or Sunday, and no date is both a day off and a working day
 *   or listed twice;
 * - dates lie inside the year — except that the 元旦 break and its make-up days may begin in the last week of the
 *   previous December (from the 25th), as real notices do (2023-12-30 to 2024-01-01 for 2024); a day off there
 *   must belong to 元旦.
 */
export const validateHolidaySchedule = (input: HolidayScheduleInput): HolidayScheduleValidation => {
  const problems: ScheduleProblem[] = [];
  const { year } = input;

  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    problems.push({
      code: 'year',
      subject: 'year',
      field: 'year',
      message: { zh: `年份 ${year} 无效`, en: `Year ${year} is not a four-digit year` },
    });
    return { ok: false, problems };
  }
  if (!isProvisionalRangeYear(year)) {
    problems.push({
      code: 'year-not-supported',
      subject: 'year',
      field: 'year',
      message: {
        zh: `只能载入${PROVISIONAL_YEARS.from}至${PROVISIONAL_YEARS.to}年的安排（2024年修订的《${STATUTORY_BASIS.title}》自2025年起施行）`,
        en: `Only ${PROVISIONAL_YEARS.from}–${PROVISIONAL_YEARS.to} can be loaded (the 2024 revision of the holiday regulations applies from 2025)`,
      },
    });
    return { ok: false, problems };
  }

  const sourceFields = {
    title: { zh: '来源通知缺少标题', en: 'The source notice has no title' },
    documentNumber: { zh: '来源通知缺少发文字号', en: 'The source notice has no document number' },
  } as const;
  for (const field of ['title', 'documentNumber'] as const) {
    if (input.source[field].trim() === '') {
      problems.push({
        code: 'source',
        subject: `source.${field}`,
        field: `source.${field}`,
        message: sourceFields[field],
      });
    }
  }
  const publishedOn = tryParse(input.source.publishedOn, '发布日期', 'source.publishedOn', problems);

  const makeUpLabel = '调休上班';
  const seen = new Map<CalendarDate, { readonly label: string; readonly makeUp: boolean }>();
  const claim = (date: CalendarDate, label: string, makeUp: boolean, field: string): void => {
    const previous = seen.get(date);
    if (previous !== undefined) {
      problems.push({
        code: previous.makeUp !== makeUp ? 'holiday-and-make-up-day' : 'duplicate-date',
        subject: date,
        field,
        message: {
          zh: `${date} 同时出现在「${previous.label}」和「${label}」中`,
          en: `${date} is listed both under "${previous.label}" and "${label}"`,
        },
      });
      return;
    }
    seen.set(date, { label, makeUp });
  };
  const checkCovered = (date: CalendarDate, owner: string, field: string): boolean => {
    if (noticeMayCover(year, date)) return true;
    problems.push({
      code: 'date-outside-year',
      subject: date,
      field,
      message: {
        zh: `「${owner}」的日期 ${date} 不在 ${year} 年内（仅元旦假期可从上一年12月${PREVIOUS_DECEMBER_FROM_DAY}日起）`,
        en: `"${owner}" has ${date}, outside ${year} (only the New Year break may start in the previous December, from the ${PREVIOUS_DECEMBER_FROM_DAY}th)`,
      },
    });
    return false;
  };

  const holidays: Holiday[] = [];
  input.holidays.forEach((holiday, index) => {
    const name = holiday.name.trim();
    if (name === '' || holiday.dates.length === 0) {
      problems.push({
        code: 'empty-holiday',
        subject: name === '' ? 'holidays' : name,
        field: name === '' ? `holidays.${index}.name` : `holidays.${index}.dates`,
        message: {
          zh: `节日「${name}」缺少名称或日期`,
          en: `Holiday "${name}" has no name or no dates`,
        },
      });
    }
    const dates: CalendarDate[] = [];
    holiday.dates.forEach((raw, at) => {
      const field = `holidays.${index}.dates.${at}`;
      const date = tryParse(raw, name, field, problems);
      if (date === undefined) return;
      if (checkCovered(date, name, field) && yearOf(date) < year && !namesFestival(name, NEW_YEAR)) {
        problems.push({
          code: 'previous-december-not-new-year',
          subject: date,
          field,
          message: {
            zh: `${date} 在上一年，只有元旦假期可以从上一年12月开始，「${name}」不行`,
            en: `${date} lies in the previous year; only the New Year break may start there, not "${name}"`,
          },
        });
      }
      claim(date, name, false, field);
      dates.push(date);
    });
    holidays.push(
      Object.freeze({
        name,
        dates: sorted(dates),
        ...(holiday.noticeClause === undefined ? {} : { noticeClause: holiday.noticeClause }),
      }),
    );
  });

  const makeUpWorkingDays: CalendarDate[] = [];
  input.makeUpWorkingDays.forEach((raw, index) => {
    const field = `makeUpWorkingDays.${index}`;
    const date = tryParse(raw, makeUpLabel, field, problems);
    if (date === undefined) return;
    checkCovered(date, makeUpLabel, field);
    if (!isWeekend(date)) {
      problems.push({
        code: 'make-up-day-not-weekend',
        subject: date,
        field,
        message: {
          zh: `调休上班日 ${date} 不是周六或周日（工作日本来就上班）`,
          en: `Make-up working day ${date} is not a Saturday or Sunday (weekdays are working days anyway)`,
        },
      });
    }
    claim(date, makeUpLabel, true, field);
    makeUpWorkingDays.push(date);
  });

  problems.push(...statutoryProblems(year, holidays));

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
