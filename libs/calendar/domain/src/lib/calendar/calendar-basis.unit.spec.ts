import { describe, expect, it } from 'vitest';
import { type CalendarDate, parseCalendarDate } from '../calendar-date/calendar-date';
import { completeTestNotice } from '../../test-setup/complete-notice';
import { calendarBasis } from './calendar-basis';
import { noticeReminder } from './notice-reminder';
import { createOfficialWorkingDayCalendar } from './working-day-calendar';

const d = (value: string): CalendarDate => parseCalendarDate(value);
const calendar = createOfficialWorkingDayCalendar();

describe('the basis of an answer', () => {
  it('given a range inside 2026, then it rests on the 2026 notice only', () => {
    expect(calendarBasis(calendar, d('2026-06-02'), d('2026-06-08'))).toEqual({
      official: [expect.objectContaining({ year: 2026, documentNumber: '国办发明电〔2025〕7号' })],
      provisional: [],
    });
  });

  it('given a range into 2027, then it names 2027 as provisional with the 办法 and the festival days used', () => {
    const basis = calendarBasis(calendar, d('2026-12-16'), d('2027-01-06'));
    expect(basis.official.map((b) => b.year)).toEqual([2026]);
    expect(basis.provisional).toHaveLength(1);
    expect(basis.provisional[0]).toMatchObject({
      year: 2027,
      rule: {
        zh: expect.stringContaining('全国年节及纪念日放假办法'),
        en: expect.stringContaining('provisionally'),
      },
      regulation: { title: '全国年节及纪念日放假办法', article: '第二条' },
    });
    expect(basis.provisional[0]?.festivals).toEqual([
      { festival: 'new-year', name: '元旦', dates: ['2027-01-01'] },
      {
        festival: 'spring-festival',
        name: '春节',
        dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      },
      { festival: 'qingming', name: '清明节', dates: ['2027-04-05'] },
      { festival: 'labour-day', name: '劳动节', dates: ['2027-05-01', '2027-05-02'] },
      { festival: 'dragon-boat', name: '端午节', dates: ['2027-06-09'] },
      { festival: 'mid-autumn', name: '中秋节', dates: ['2027-09-15'] },
      { festival: 'national-day', name: '国庆节', dates: ['2027-10-01', '2027-10-02', '2027-10-03'] },
    ]);
  });

  it('given the 2027 notice loaded, then the same range rests on two notices and nothing provisional', () => {
    const loaded = calendar.withSchedule(completeTestNotice(2027));
    const basis = calendarBasis(loaded, d('2026-12-16'), d('2027-01-06'));
    expect(basis.official.map((b) => b.year)).toEqual([2026, 2027]);
    expect(basis.provisional).toEqual([]);
  });
});

describe('the reminder to load next year’s notice', () => {
  it('is silent before 1 October while this year’s notice is loaded', () => {
    expect(noticeReminder(calendar, d('2026-09-30'))).toBeNull();
  });

  it('names next year from 1 October until its notice is loaded', () => {
    expect(noticeReminder(calendar, d('2026-10-01'))).toMatchObject({
      missingYears: [2027],
      since: '2026-10-01',
      message: { zh: expect.stringContaining('2027年节假日安排'), en: expect.stringContaining('2027') },
    });
    expect(noticeReminder(calendar.withSchedule(completeTestNotice(2027)), d('2026-12-02'))).toBeNull();
  });

  it('names the current year all year when its own notice is missing', () => {
    expect(noticeReminder(calendar, d('2027-03-01'))).toMatchObject({
      missingYears: [2027],
      since: '2027-01-01',
    });
    expect(noticeReminder(calendar, d('2027-10-08'))?.missingYears).toEqual([2027, 2028]);
  });
});
