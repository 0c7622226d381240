import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate, dateRange, isoWeekday } from '../../calendar-date/calendar-date';
import type { HolidaySchedule } from '../holiday-schedule';
import { officialHolidaySchedules } from './official-schedules';

/**
 * Reads the notice's own sentence back and checks the transcribed dates against it: every "M月D日（…周X）"
 * must fall on that weekday, the break must run from its first to its last date, its length must match
 * "共N天" / "放假N天", and the dates before "上班" must be exactly the make-up working days.
 */
const weekdays: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7 };

interface Mention {
  readonly date: CalendarDate;
  readonly weekday: number | undefined;
}

const mentionsIn = (sentence: string, year: number): Mention[] => {
  let month = 0;
  return [...sentence.matchAll(/(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日（([^）]*)）/g)].map((match) => {
    month = match[2] === undefined ? month : Number(match[2]);
    const weekday = /周(.)/.exec(match[4] ?? '')?.[1];
    return {
      date: calendarDate(match[1] === undefined ? year : Number(match[1]), month, Number(match[3])),
      weekday: weekday === undefined ? undefined : weekdays[weekday],
    };
  });
};

const readClause = (clause: string, year: number): { breakDays: CalendarDate[]; length: number; makeUp: Mention[] } => {
  const body = clause.slice(clause.indexOf('：') + 1);
  const [breakSentence = '', ...rest] = body.split('。').filter((sentence) => sentence !== '');
  const ends = mentionsIn(breakSentence, year);
  const first = ends[0]?.date;
  const last = ends[ends.length - 1]?.date;
  if (first === undefined || last === undefined) throw new Error(`No dates in: ${clause}`);
  for (const mention of ends) expect(isoWeekday(mention.date), `${mention.date} in ${clause}`).toBe(mention.weekday);
  const length = Number(/(?:共|放假)(\d+)天/.exec(breakSentence)?.[1]);
  const makeUp = rest.filter((sentence) => sentence.includes('上班')).flatMap((s) => mentionsIn(s, year));
  return { breakDays: dateRange(first, last), length, makeUp };
};

const checkAgainstNotice = (schedule: HolidaySchedule): void => {
  const makeUpFromNotice: CalendarDate[] = [];
  for (const holiday of schedule.holidays) {
    expect(holiday.noticeClause, holiday.name).toBeDefined();
    const notice = readClause(holiday.noticeClause ?? '', schedule.year);
    expect(holiday.dates, holiday.name).toEqual(notice.breakDays);
    expect(holiday.dates.length, holiday.name).toBe(notice.length);
    for (const mention of notice.makeUp) {
      expect(isoWeekday(mention.date), `${mention.date} (${holiday.name})`).toBe(mention.weekday);
      makeUpFromNotice.push(mention.date);
    }
  }
  expect([...schedule.makeUpWorkingDays]).toEqual(makeUpFromNotice.sort());
};

describe('official holiday schedules', () => {
  it('bundles 2025 and 2026, each citing its notice', () => {
    expect(officialHolidaySchedules.map(({ year, source }) => ({ year, ...source }))).toEqual([
      {
        year: 2025,
        title: '国务院办公厅关于2025年部分节假日安排的通知',
        documentNumber: '国办发明电〔2024〕12号',
        publishedOn: '2024-11-12',
      },
      {
        year: 2026,
        title: '国务院办公厅关于2026年部分节假日安排的通知',
        documentNumber: '国办发明电〔2025〕7号',
        publishedOn: '2025-11-04',
      },
    ]);
  });

  it.each(officialHolidaySchedules.map((schedule) => [schedule.year, schedule] as const))(
    'transcribes the %i notice exactly: dates, weekdays, lengths and make-up days agree with its text',
    (_year, schedule) => checkAgainstNotice(schedule),
  );

  it('has the numbers of days off the notices announce', () => {
    const daysOff = (year: number): number =>
      officialHolidaySchedules
        .find((schedule) => schedule.year === year)
        ?.holidays.reduce((total, holiday) => total + holiday.dates.length, 0) ?? 0;
    // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
    expect(daysOff(2025)).toBe(28);
    expect(daysOff(2026)).toBe(33);
  });
});
