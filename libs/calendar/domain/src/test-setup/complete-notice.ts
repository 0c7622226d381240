import { addDays, type CalendarDate, dateRange, isoWeekday } from '../lib/calendar-date/calendar-date';
import type { HolidayScheduleInput } from '../lib/schedule/holiday-schedule';
import { statutoryDaysOff } from '../lib/statutory/statutory-days';
import { STATUTORY_FESTIVALS } from '../lib/statutory/statutory-festivals';

/** The statutory days of a festival widened to the weekend they touch, as notices usually give them. */
const withAdjacentWeekend = (dates: readonly CalendarDate[]): CalendarDate[] => {
  let first = dates[0] as CalendarDate;
  let last = dates[dates.length - 1] as CalendarDate;
  while (isoWeekday(addDays(first, -1)) >= 6) first = addDays(first, -1);
  while (isoWeekday(addDays(last, 1)) >= 6) last = addDays(last, 1);
  return dateRange(first, last);
};

/**
 * A notice for `year` that passes validation and invents nothing beyond the 办法: each festival's statutory days
 * plus the weekend days next to them, no bridges and no make-up days; breaks that share a day are merged as
 * notices merge them (「国庆节、中秋节」). Test data only — never real data.
 */
export const completeTestNotice = (year: number): HolidayScheduleInput => {
  const days = statutoryDaysOff(year);
  const breaks: { name: string; dates: CalendarDate[] }[] = [];
  for (const festival of STATUTORY_FESTIVALS) {
    const dates = withAdjacentWeekend(
      days.filter((d) => d.festival === festival.festival).map((d) => d.date),
    );
    const touching = breaks.find((b) => b.dates.some((date) => dates.includes(date)));
    if (touching === undefined) breaks.push({ name: festival.name, dates });
    else {
      touching.name = `${touching.name}、${festival.name}`;
      touching.dates = [...new Set([...touching.dates, ...dates])].sort();
    }
  }
  return {
    year,
    source: {
      title: `测试用${year}年节假日安排`,
      documentNumber: `测试〔${year - 1}〕1号`,
      publishedOn: `${year - 1}-11-01`,
    },
    holidays: breaks,
    makeUpWorkingDays: [],
  };
};
