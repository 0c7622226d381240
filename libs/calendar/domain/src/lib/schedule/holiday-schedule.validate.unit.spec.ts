import { describe, expect, it } from 'vitest';
import { completeTestNotice } from '../../test-setup/complete-notice';
import { officialHolidaySchedules } from './data/official-schedules';
import { schedule2025Input } from './data/schedule-2025.data';
import { schedule2026Input } from './data/schedule-2026.data';
import type { HolidayScheduleInput } from './holiday-schedule';
import { parseHolidaySchedule, validateHolidaySchedule } from './holiday-schedule.validate';
import { InvalidHolidayScheduleError } from './invalid-holiday-schedule.error';

/** 2030: 元旦 Tue 01-01, 春节 02-02..05, 清明 04-05, 劳动节 05-01/02, 端午 06-05, 中秋 09-12, 国庆 10-01..03. */
const base = completeTestNotice(2030);

const schedule = (overrides: Partial<HolidayScheduleInput>): HolidayScheduleInput => ({
  ...base,
  ...overrides,
});

const withHoliday = (name: string, change: (dates: readonly string[]) => readonly string[]) =>
  base.holidays.map((h) => (h.name === name ? { ...h, dates: change(h.dates) } : h));

const problems = (input: HolidayScheduleInput): { code: string; field: string }[] => {
  const result = validateHolidaySchedule(input);
  return result.ok ? [] : result.problems.map(({ code, field }) => ({ code, field }));
};

const codes = (input: HolidayScheduleInput): string[] => problems(input).map((p) => p.code);

describe('validateHolidaySchedule', () => {
  it('accepts the shipped 2025 and 2026 notices', () => {
    expect(validateHolidaySchedule(schedule2025Input).ok).toBe(true);
    expect(validateHolidaySchedule(schedule2026Input).ok).toBe(true);
    expect(officialHolidaySchedules).toHaveLength(2);
  });

  it('accepts a complete notice and returns sorted, frozen dates', () => {
    const result = validateHolidaySchedule(
      schedule({
        holidays: withHoliday('春节', () => [
          '2030-02-05',
          '2030-02-02',
          '2030-02-03',
          '2030-02-04',
          '2030-02-06',
        ]),
        makeUpWorkingDays: ['2030-02-09', '2030-01-26'],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.holidays.find((h) => h.name === '春节')?.dates).toEqual([
      '2030-02-02',
      '2030-02-03',
      '2030-02-04',
      '2030-02-05',
      '2030-02-06',
    ]);
    expect(result.schedule.makeUpWorkingDays).toEqual(['2030-01-26', '2030-02-09']);
    expect(Object.isFrozen(result.schedule.makeUpWorkingDays)).toBe(true);
  });

  it('rejects a notice that leaves out a statutory festival, naming it and the 办法', () => {
    const result = validateHolidaySchedule(
      schedule({ holidays: base.holidays.filter((h) => h.name !== '春节') }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'festival-missing',
        field: 'holidays',
        message: {
          zh: expect.stringContaining(
            '缺少「春节」：《全国年节及纪念日放假办法》第二条规定春节放假4天（农历除夕、正月初一至初三）',
          ),
          en: expect.stringContaining('Spring Festival'),
        },
      }),
    ]);
  });

  it('rejects a notice that leaves out one statutory day, pointing at the holiday’s dates', () => {
    // 除夕 2030 is 2 February; a notice starting 春节 on 初一 misses it.
    const index = base.holidays.findIndex((h) => h.name === '春节');
    const result = validateHolidaySchedule(
      schedule({ holidays: withHoliday('春节', (dates) => dates.filter((d) => d !== '2030-02-02')) }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'statutory-day-missing',
        field: `holidays.${index}.dates`,
        message: {
          zh: '2030-02-02（农历除夕）是春节的法定假日，但不在「春节」的放假日期中',
          en: '2030-02-02 (农历除夕) is a statutory day of Spring Festival, but "春节" does not list it',
        },
      }),
    ]);
  });

  it('counts a statutory day listed under another festival’s name as missing', () => {
    // 清明 2030-04-05 moved into 劳动节's list.
    expect(
      codes(
        schedule({
          holidays: base.holidays.map((h) =>
            h.name === '清明节'
              ? { ...h, dates: h.dates.filter((d) => d !== '2030-04-05') }
              : h.name === '劳动节'
                ? { ...h, dates: [...h.dates, '2030-04-05'] }
                : h,
          ),
        }),
      ),
    ).toEqual(['statutory-day-missing']);
  });

  it('accepts merged breaks that name two festivals, as the 2025 notice’s 「国庆节、中秋节」', () => {
    const merged = base.holidays
      .filter((h) => h.name !== '中秋节')
      .map((h) =>
        h.name === '国庆节'
          ? {
              name: '国庆节、中秋节',
              dates: [...(base.holidays.find((x) => x.name === '中秋节')?.dates ?? []), ...h.dates],
            }
          : h,
      );
    expect(codes(schedule({ holidays: merged }))).toEqual([]);
  });

  it('rejects dates outside the year, with the field of each', () => {
    expect(problems(schedule({ holidays: withHoliday('国庆节', (d) => [...d, '2031-10-08']) }))).toEqual([
      { code: 'date-outside-year', field: `holidays.6.dates.${base.holidays[6]?.dates.length ?? 0}` },
    ]);
    expect(problems(schedule({ makeUpWorkingDays: ['2029-11-24'] }))).toEqual([
      { code: 'date-outside-year', field: 'makeUpWorkingDays.0' },
    ]);
    // Before the last week of the previous December, even for 元旦.
    expect(codes(schedule({ holidays: withHoliday('元旦', (d) => ['2029-12-24', ...d]) }))).toEqual([
      'date-outside-year',
    ]);
  });

  it('accepts a New Year break that starts in the last week of the previous December, as real notices do', () => {
    // 2030-01-01 is a Tuesday, as 2019-01-01 was: 国办发明电〔2018〕15号 gave 2018-12-30 to 2019-01-01 off and
    // made Saturday 2018-12-29 a working day; the 2024 notice gave 2023-12-30 to 2024-01-01.
    expect(
      codes(
        schedule({
          holidays: withHoliday('元旦', () => ['2029-12-30', '2029-12-31', '2030-01-01']),
          makeUpWorkingDays: ['2029-12-29'],
        }),
      ),
    ).toEqual([]);
  });

  it('rejects a day off in the previous December that is not part of 元旦', () => {
    expect(
      problems(schedule({ holidays: [...base.holidays, { name: '调休', dates: ['2029-12-31'] }] })),
    ).toEqual([
      { code: 'previous-december-not-new-year', field: `holidays.${base.holidays.length}.dates.0` },
    ]);
  });

  it('rejects a date that is both a holiday and a make-up working day', () => {
    expect(codes(schedule({ makeUpWorkingDays: ['2030-01-01'] }))).toEqual([
      'make-up-day-not-weekend',
      'holiday-and-make-up-day',
    ]);
    expect(codes(schedule({ makeUpWorkingDays: ['2030-02-03'] }))).toEqual(['holiday-and-make-up-day']);
  });

  it('rejects a make-up working day that is not a Saturday or Sunday', () => {
    // 2030-01-07 is a Monday.
    expect(problems(schedule({ makeUpWorkingDays: ['2030-01-05', '2030-01-07'] }))).toEqual([
      { code: 'make-up-day-not-weekend', field: 'makeUpWorkingDays.1' },
    ]);
  });

  it('rejects duplicates, empty holidays, bad dates and a missing source, each at its field', () => {
    expect(
      problems(
        schedule({
          source: { title: ' ', documentNumber: '', publishedOn: '2029-11-31' },
          holidays: [
            ...base.holidays,
            { name: '春节', dates: ['2030-01-01', '2030-2-3'] },
            { name: '', dates: [] },
          ],
        }),
      ),
    ).toEqual([
      { code: 'source', field: 'source.title' },
      { code: 'source', field: 'source.documentNumber' },
      { code: 'date-format', field: 'source.publishedOn' },
      { code: 'duplicate-date', field: `holidays.${base.holidays.length}.dates.0` },
      { code: 'date-format', field: `holidays.${base.holidays.length}.dates.1` },
      { code: 'empty-holiday', field: `holidays.${base.holidays.length + 1}.name` },
    ]);
  });

  it('rejects years the 2024 办法 does not govern, and non-years', () => {
    expect(problems(schedule({ year: 2024 }))).toEqual([{ code: 'year-not-supported', field: 'year' }]);
    expect(problems(schedule({ year: 2100 }))).toEqual([{ code: 'year-not-supported', field: 'year' }]);
    expect(codes(schedule({ year: 30 }))).toEqual(['year']);
  });

  it('throws every problem at once from parseHolidaySchedule', () => {
    const parse = (): unknown =>
      parseHolidaySchedule(schedule({ makeUpWorkingDays: ['2030-01-07', '2031-01-04'] }));
    expect(parse).toThrow(InvalidHolidayScheduleError);
    expect(parse).toThrow(/2030-01-07 不是周六或周日[\s\S]*2031-01-04/);
  });
});
