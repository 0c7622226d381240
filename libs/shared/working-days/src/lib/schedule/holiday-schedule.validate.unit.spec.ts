import { describe, expect, it } from 'vitest';
import type { HolidayScheduleInput } from './holiday-schedule';
import { parseHolidaySchedule, validateHolidaySchedule } from './holiday-schedule.validate';
import { InvalidHolidayScheduleError } from './invalid-holiday-schedule.error';

const source = { title: '测试通知', documentNumber: '测试〔2030〕1号', publishedOn: '2029-11-01' };

const schedule = (overrides: Partial<HolidayScheduleInput>): HolidayScheduleInput => ({
  year: 2030,
  source,
  holidays: [{ name: '元旦', dates: ['2030-01-01'] }],
  makeUpWorkingDays: [],
  ...overrides,
});

const problemCodes = (input: HolidayScheduleInput): string[] => {
  const result = validateHolidaySchedule(input);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
};

describe('validateHolidaySchedule', () => {
  it('accepts a consistent schedule and returns sorted dates', () => {
    const result = validateHolidaySchedule(
      schedule({
        holidays: [{ name: '春节', dates: ['2030-02-05', '2030-02-03', '2030-02-04'] }],
        makeUpWorkingDays: ['2030-02-09', '2030-01-26'],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.holidays[0]?.dates).toEqual(['2030-02-03', '2030-02-04', '2030-02-05']);
    expect(result.schedule.makeUpWorkingDays).toEqual(['2030-01-26', '2030-02-09']);
    expect(Object.isFrozen(result.schedule.makeUpWorkingDays)).toBe(true);
  });

  it('rejects dates outside the year', () => {
    expect(problemCodes(schedule({ holidays: [{ name: '国庆节', dates: ['2031-10-01'] }] }))).toEqual([
      'date-outside-year',
    ]);
    expect(problemCodes(schedule({ makeUpWorkingDays: ['2029-11-24'] }))).toEqual(['date-outside-year']);
  });

  it('accepts a New Year break that starts in December of the previous year, as the 2019 notice did', () => {
    // 国办发明电〔2018〕15号：元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
    const result = validateHolidaySchedule({
      year: 2019,
      source: {
        title: '国务院办公厅关于2019年部分节假日安排的通知',
        documentNumber: '国办发明电〔2018〕15号',
        publishedOn: '2018-12-04',
      },
      holidays: [{ name: '元旦', dates: ['2018-12-30', '2018-12-31', '2019-01-01'] }],
      makeUpWorkingDays: ['2018-12-29'],
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a date that is both a holiday and a make-up working day', () => {
    expect(problemCodes(schedule({ makeUpWorkingDays: ['2030-01-01'] }))).toEqual([
      'make-up-day-not-weekend',
      'holiday-and-make-up-day',
    ]);
    expect(
      problemCodes(
        schedule({ holidays: [{ name: '假', dates: ['2030-01-05'] }], makeUpWorkingDays: ['2030-01-05'] }),
      ),
    ).toEqual(['holiday-and-make-up-day']);
  });

  it('rejects a make-up working day that is not a Saturday or Sunday', () => {
    // 2030-01-07 is a Monday.
    expect(problemCodes(schedule({ makeUpWorkingDays: ['2030-01-07'] }))).toEqual([
      'make-up-day-not-weekend',
    ]);
  });

  it('rejects duplicates, empty holidays, bad dates and a missing source', () => {
    expect(
      problemCodes(
        schedule({
          source: { title: ' ', documentNumber: '', publishedOn: '2029-11-31' },
          holidays: [
            { name: '元旦', dates: ['2030-01-01'] },
            { name: '春节', dates: ['2030-01-01', '2030-2-3'] },
            { name: '清明节', dates: [] },
          ],
        }),
      ),
    ).toEqual(['source', 'source', 'date-format', 'duplicate-date', 'date-format', 'empty-holiday']);
    expect(problemCodes(schedule({ year: 30 }))).toEqual(['year']);
  });

  it('throws every problem at once from parseHolidaySchedule', () => {
    const parse = (): unknown =>
      parseHolidaySchedule(schedule({ makeUpWorkingDays: ['2030-01-07', '2031-01-04'] }));
    expect(parse).toThrow(InvalidHolidayScheduleError);
    expect(parse).toThrow(/2030-01-07 不是周六或周日[\s\S]*2031-01-04/);
  });
});
