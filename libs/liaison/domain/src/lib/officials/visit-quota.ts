import { daysBetween } from './calendar-date';

export interface QuotaInput {
  readonly year: number;
  /** Visits due per pairing and full calendar year (the setting `visitsPerYear`). */
  readonly visitsPerYear: number;
  readonly startDate: string;
  readonly endDate: string | null;
  /** Today, in China (`YYYY-MM-DD`). */
  readonly today: string;
  /** Dates of the pairing's visits (any year: those outside the year's active period do not count). */
  readonly visitDates: readonly string[];
}

export type QuotaStatus = 'met' | 'on-pace' | 'behind' | 'not-due';

export interface QuotaCompliance {
  readonly year: number;
  /** Visits due this year: the quota, prorated to the part of the year the pairing is active, rounded up. */
  readonly due: number;
  readonly done: number;
  /** Visits that should have happened by today to keep pace (the quota spread evenly over the period). */
  readonly expectedByNow: number;
  readonly remaining: number;
  readonly status: QuotaStatus;
}

/**
 * Visits done vs due this year, and whether the pace will meet the quota (DOMAIN.md §1; Hengkou 二(二) 3 a
 * year, Qingdao 二(二) 1 a year). A pairing active for part of the year owes its share of the quota (rounded
 * up: a started visit is owed). The pace is the quota spread evenly over the active period: an official is
 * behind when fewer visits were made than the elapsed share, rounded down (so nobody is behind on the
 * period's first day, and one visit in January keeps a once-a-year pairing on pace all year).
 */
export const visitQuota = (input: QuotaInput): QuotaCompliance => {
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const from = input.startDate > yearStart ? input.startDate : yearStart;
  const to = input.endDate !== null && input.endDate < yearEnd ? input.endDate : yearEnd;
  const done = input.visitDates.filter((date) => date >= from && date <= to).length;
  if (from > to) return { year: input.year, due: 0, done, expectedByNow: 0, remaining: 0, status: 'not-due' };
  const yearDays = daysBetween(yearStart, yearEnd) + 1;
  const periodDays = daysBetween(from, to) + 1;
  const due = Math.ceil((input.visitsPerYear * periodDays) / yearDays - 1e-9);
  const elapsedDays = input.today < from ? 0 : daysBetween(from, input.today < to ? input.today : to) + 1;
  const expectedByNow = Math.floor((due * elapsedDays) / periodDays + 1e-9);
  const status: QuotaStatus =
    due === 0 ? 'not-due' : done >= due ? 'met' : done >= expectedByNow ? 'on-pace' : 'behind';
  return { year: input.year, due, done, expectedByNow, remaining: Math.max(0, due - done), status };
};
