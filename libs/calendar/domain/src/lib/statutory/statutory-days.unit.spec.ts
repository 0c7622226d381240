import { getLunarDate, getSolarDateFromLunar, getSolarTerms } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate, yearOf } from '../calendar-date/calendar-date';
import { statutoryDaysOff } from './statutory-days';
import { PROVISIONAL_YEARS, STATUTORY_DAYS_PER_YEAR, STATUTORY_FESTIVALS } from './statutory-festivals';

const datesOf = (year: number, festival: string): CalendarDate[] =>
  statutoryDaysOff(year)
    .filter((day) => day.festival === festival)
    .map((day) => day.date);

const years = Array.from(
  { length: PROVISIONAL_YEARS.to - PROVISIONAL_YEARS.from + 1 },
  (_, i) => PROVISIONAL_YEARS.from + i,
);

describe('statutory days off (《全国年节及纪念日放假办法》第二条, 2024 revision)', () => {
  it('lists the seven festivals with 13 days between them', () => {
    expect(STATUTORY_FESTIVALS.map((f) => `${f.name}${f.days}`)).toEqual([
      '元旦1',
      '春节4',
      '清明节1',
      '劳动节2',
      '端午节1',
      '中秋节1',
      '国庆节3',
    ]);
    expect(STATUTORY_DAYS_PER_YEAR).toBe(13);
  });

  it('given 2025 and 2026, then the lunar days are those the two notices name', () => {
    // 2025 notice: 1月28日（农历除夕）; 清明 4月4日; 端午 5月31日; 国庆节、中秋节 merged, 中秋 10月6日.
    expect(datesOf(2025, 'spring-festival')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    expect(datesOf(2025, 'qingming')).toEqual(['2025-04-04']);
    expect(datesOf(2025, 'dragon-boat')).toEqual(['2025-05-31']);
    expect(datesOf(2025, 'mid-autumn')).toEqual(['2025-10-06']);
    // 2026 notice: 2月15日（农历腊月二十八）… so 除夕 (腊月廿九, a 29-day month) is 16 February.
    expect(datesOf(2026, 'spring-festival')).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
    ]);
    expect(datesOf(2026, 'qingming')).toEqual(['2026-04-05']);
    expect(datesOf(2026, 'dragon-boat')).toEqual(['2026-06-19']);
    expect(datesOf(2026, 'mid-autumn')).toEqual(['2026-09-25']);
  });

  it('given 2027, whose 12th lunar month has 29 days, then 除夕 is 腊月廿九, not a 30th that does not exist', () => {
    expect(statutoryDaysOff(2027).find((day) => day.note === '农历除夕')?.date).toBe('2027-02-05');
    expect(getLunarDate('2027-02-05')).toMatchObject({ lunarMon: 12, lunarDay: 29 });
    expect(getLunarDate('2027-02-06')).toMatchObject({ lunarMon: 1, lunarDay: 1 });
  });

  it('agrees, for every supported year, with the independent lunar table and solar-term formula of chinese-days', () => {
    for (const year of years) {
      const newYear = parseCalendarDate(getSolarDateFromLunar(`${year}-01-01`).date);
      expect(datesOf(year, 'spring-festival'), `春节 ${year}`).toEqual([
        addDays(newYear, -1),
        newYear,
        addDays(newYear, 1),
        addDays(newYear, 2),
      ]);
      expect(datesOf(year, 'dragon-boat'), `端午 ${year}`).toEqual([
        getSolarDateFromLunar(`${year}-05-05`).date,
      ]);
      expect(datesOf(year, 'mid-autumn'), `中秋 ${year}`).toEqual([
        getSolarDateFromLunar(`${year}-08-15`).date,
      ]);
      const qingming = getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((term) => term.name === '清明');
      expect(datesOf(year, 'qingming'), `清明 ${year}`).toEqual([qingming?.date]);
    }
  });

  it('gives every year 13 days, each festival its number of days, all inside the year', () => {
    for (const year of years) {
      const days = statutoryDaysOff(year);
      expect(days).toHaveLength(13);
      for (const festival of STATUTORY_FESTIVALS) {
        expect(days.filter((day) => day.festival === festival.festival)).toHaveLength(festival.days);
      }
      expect(days.every((day) => yearOf(day.date) === year)).toBe(true);
    }
  });

  it('lets 中秋 share a date with 国庆 in the years it falls on 1–3 October', () => {
    expect(datesOf(2028, 'mid-autumn')).toEqual(['2028-10-03']);
    expect(new Set(statutoryDaysOff(2028).map((day) => day.date)).size).toBe(12);
  });

  it('refuses years the 2024 revision does not govern', () => {
    expect(() => statutoryDaysOff(2024)).toThrow(RangeError);
    expect(() => statutoryDaysOff(2100)).toThrow(RangeError);
    expect(() => statutoryDaysOff(2030.5)).toThrow(RangeError);
  });
});
