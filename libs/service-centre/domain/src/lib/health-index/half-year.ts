/**
 * The index's period: Ningbo publishes the 亲清健康指数 every half year. `2026-H1` is 1 January to 30 June,
 * `2026-H2` 1 July to 31 December, both inclusive, in China Standard Time dates (YYYY-MM-DD).
 */
export type HalfYear = `${number}-H1` | `${number}-H2`;

const HALF_YEAR = /^(\d{4})-H([12])$/;

export const isHalfYear = (value: string): value is HalfYear => HALF_YEAR.test(value);

export interface HalfYearRange {
  readonly from: string;
  readonly to: string;
}

export const rangeOfHalfYear = (period: HalfYear): HalfYearRange => {
  const [, year, half] = HALF_YEAR.exec(period) ?? [];
  return half === '1'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
};

/** The half year a date (YYYY-MM-DD) falls in. */
export const halfYearOf = (date: string): HalfYear => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${year}-H${month <= 6 ? 1 : 2}` as HalfYear;
};

/** A half year may be published only once it has ended: its last day is before `today`. */
export const hasEnded = (period: HalfYear, today: string): boolean => rangeOfHalfYear(period).to < today;
