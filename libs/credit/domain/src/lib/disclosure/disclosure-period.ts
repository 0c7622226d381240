import type { DomainError, LocalizedMessage } from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import {
  type CalendarDate,
  endOfMonthsPeriod,
  formatCalendarDate,
  nextDay,
  parseCalendarDate,
} from './calendar-date';

/*
 * 《信用修复管理办法》(NDRC, adopted 2025-11-19, in force 2026-04-01; the 2023 trial measures had the same general
 * and serious periods): negative credit information is graded minor (轻微), general (一般) or serious (严重).
 * Minor is not published (an authority may, for at most 3 months) and may be repaired once the duty is fulfilled;
 * general is published at least 3 months and at most 1 year; serious at least 1 year and at most 3 years. The
 * periods run from the decision date; after the minimum the enterprise may apply for repair; at the maximum
 * publication stops by itself. Periods are counted as 民法典 arts. 201–202 count them (calendar-date.ts).
 */

export const SEVERITIES = ['minor', 'general', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_NAMES: Readonly<Record<Severity, LocalizedMessage>> = {
  minor: { zh: '轻微', en: 'minor' },
  general: { zh: '一般', en: 'general' },
  serious: { zh: '严重', en: 'serious' },
};

/** Publication periods in months; minor is not published (null). Fixed by the measures, not a setting. */
export const DISCLOSURE_PERIODS: Readonly<
  Record<Severity, { readonly minimumMonths: number; readonly maximumMonths: number } | null>
> = {
  minor: null,
  general: { minimumMonths: 3, maximumMonths: 12 },
  serious: { minimumMonths: 12, maximumMonths: 36 },
};

/** The public contract of `GET /api/credit/disclosure-period`; dates are `YYYY-MM-DD`. */
export interface DisclosurePeriod {
  readonly published: boolean;
  /** The last day of the minimum publication period; null when not published. */
  readonly minimumEnds: string | null;
  /** The first day repair may be applied for: the day after the minimum, or the decision date for minor. */
  readonly repairableFrom: string;
  /** The last day of the maximum publication period; null when not published. */
  readonly publicUntil: string | null;
}

export type DisclosurePeriodErrorCode = 'unknown-severity' | 'invalid-decision-date';

/** The last year a decision may carry so that its three-year end is still a four-digit year. */
export const LAST_DECISION_YEAR = 9996;

export const isSeverity = (value: string): value is Severity =>
  (SEVERITIES as readonly string[]).includes(value);

const unknownSeverity = (value: string): DomainError<DisclosurePeriodErrorCode> =>
  creditRuleError(
    'validation',
    'unknown-severity',
    'disclosure-period',
    {
      zh: `失信程度“${value}”不存在，须为 minor（轻微）、general（一般）或 serious（严重）`,
      en: `Severity “${value}” does not exist; it is minor, general or serious`,
    },
    { field: 'severity' },
  );

const invalidDate = (value: string): DomainError<DisclosurePeriodErrorCode> =>
  creditRuleError(
    'validation',
    'invalid-decision-date',
    'period-counting',
    {
      zh: `决定日期“${value}”不是存在的日期（格式 YYYY-MM-DD，年份不晚于${LAST_DECISION_YEAR}）`,
      en: `Decision date “${value}” is not a date that exists (YYYY-MM-DD, year at most ${LAST_DECISION_YEAR})`,
    },
    { field: 'decidedOn' },
  );

/** A decision date that exists and whose periods stay four-digit years, or null. */
export const parseDecisionDate = (value: string): CalendarDate | null => {
  const date = parseCalendarDate(value);
  return date === null || date.year > LAST_DECISION_YEAR ? null : date;
};

/** The periods of a decision of `severity` taken on `decidedOn`. */
export const periodOf = (severity: Severity, decidedOn: CalendarDate): DisclosurePeriod => {
  const periods = DISCLOSURE_PERIODS[severity];
  if (periods === null) {
    return {
      published: false,
      minimumEnds: null,
      repairableFrom: formatCalendarDate(decidedOn),
      publicUntil: null,
    };
  }
  const minimumEnds = endOfMonthsPeriod(decidedOn, periods.minimumMonths);
  return {
    published: true,
    minimumEnds: formatCalendarDate(minimumEnds),
    repairableFrom: formatCalendarDate(nextDay(minimumEnds)),
    publicUntil: formatCalendarDate(endOfMonthsPeriod(decidedOn, periods.maximumMonths)),
  };
};

/** The calculator behind the public endpoint: input as people send it, each refusal naming its field. */
export const disclosurePeriod = (
  severity: string,
  decidedOn: string,
):
  | { readonly ok: true; readonly period: DisclosurePeriod }
  | { readonly ok: false; readonly error: DomainError<DisclosurePeriodErrorCode> } => {
  if (!isSeverity(severity)) return { ok: false, error: unknownSeverity(severity) };
  const date = parseDecisionDate(decidedOn);
  if (date === null) return { ok: false, error: invalidDate(decidedOn) };
  return { ok: true, period: periodOf(severity, date) };
};

/**
 * Where a record stands on a day, from its periods alone (repair, which ends publication early, is a later
 * event): `unpublished` (minor), `published` (the minimum runs), `repairable` (published, repair may be
 * applied for), `expired` (the maximum has passed: publication stopped by itself).
 */
export type DisclosureStatus = 'unpublished' | 'published' | 'repairable' | 'expired';

export const disclosureStatusOn = (period: DisclosurePeriod, today: string): DisclosureStatus => {
  if (!period.published || period.publicUntil === null) return 'unpublished';
  if (today > period.publicUntil) return 'expired';
  return today >= period.repairableFrom ? 'repairable' : 'published';
};
