import type { CreditRule } from '../credit-rules';
import { endOfMonthsPeriod, formatCalendarDate, parseCalendarDate } from '../disclosure/calendar-date';
import type { Severity } from '../disclosure/disclosure-period';
import type { RecordKind } from '../integrity-record/integrity-record.values';
import { RESTRICTION_PURPOSES, type RestrictionPurpose } from './restriction.values';

/** What the rules read of an integrity record: its latest facts, as the record's public events carry them. */
export interface RestrictedRecord {
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly kind: RecordKind;
  readonly severity: Severity | null;
  readonly issuingAuthority: string;
  /** The decision date: a restriction starts on it. */
  readonly decidedOn: string;
  /** The last day of the maximum publication period (《信用修复管理办法》); null when not published. */
  readonly publicUntil: string | null;
}

/**
 * The "set period" (相关规定期限) of a bribery record, which the seeds leave to the jurisdiction: by default
 * 36 months from the decision, the look-back of 《政府采购法》第二十二条第一款第（五）项 ("参加政府采购活动前三年内…
 * 没有重大违法记录"), and never shorter than the record's publication.
 */
export interface RestrictionSettings {
  readonly briberyRestrictionMonths: number;
}

export const DEFAULT_RESTRICTION_SETTINGS: RestrictionSettings = { briberyRestrictionMonths: 36 };

/** What a record restricts under the rule table: the rule, its purposes and the period (inclusive dates). */
export interface RestrictionTerms {
  readonly rule: CreditRule;
  readonly purposes: readonly RestrictionPurpose[];
  readonly startsOn: string;
  readonly endsOn: string;
}

interface RestrictionRow {
  readonly rule: CreditRule;
  readonly applies: (record: RestrictedRecord) => boolean;
  readonly purposes: readonly RestrictionPurpose[];
  readonly endsOn: (record: RestrictedRecord, settings: RestrictionSettings) => string | null;
}

const later = (a: string, b: string | null): string => (b !== null && b > a ? b : a);

/**
 * The rule table, first matching row wins (CREDIT_RULES names each row's source):
 * - bribery (行贿记录), whatever its severity — K 六(5), H 五(十三), Q 五(十五): "依法依规限制其有关经济活动" and
 *   "在相关规定期限内不得授予政治荣誉或给予政治安排" — every purpose, for the set period;
 * - any other serious (严重) negative record — 国办发〔2020〕49号 and the 2024 national basic list of disciplinary
 *   measures (限制享受政策扶持、限制参评评优评先): honours and policy benefits while it is public;
 * - minor and general records of other kinds restrict nothing: discipline is proportionate to the fault
 *   (国办发〔2020〕49号 "过惩相当"), and their publication alone is the measure.
 */
export const RESTRICTION_RULES: readonly RestrictionRow[] = [
  {
    rule: 'bribery-restrictions',
    applies: (record) => record.kind === 'bribery',
    purposes: RESTRICTION_PURPOSES,
    endsOn: (record, settings) => {
      const decided = parseCalendarDate(record.decidedOn);
      if (decided === null) return null;
      const setPeriodEnd = formatCalendarDate(endOfMonthsPeriod(decided, settings.briberyRestrictionMonths));
      return later(setPeriodEnd, record.publicUntil);
    },
  },
  {
    rule: 'serious-dishonesty-restrictions',
    applies: (record) => record.severity === 'serious',
    purposes: ['honours', 'policy-benefits'],
    endsOn: (record) => record.publicUntil,
  },
];

/** What the record restricts, or null when no rule applies (or its dates cannot be read). */
export const restrictionTermsOf = (
  record: RestrictedRecord,
  settings: RestrictionSettings = DEFAULT_RESTRICTION_SETTINGS,
): RestrictionTerms | null => {
  const row = RESTRICTION_RULES.find((candidate) => candidate.applies(record));
  if (row === undefined) return null;
  const endsOn = row.endsOn(record, settings);
  if (endsOn === null) return null;
  return { rule: row.rule, purposes: [...row.purposes], startsOn: record.decidedOn, endsOn };
};

/** Whether a restriction of these terms is in force on `date` (inclusive), before any lifting. */
export const inForceOn = (terms: Pick<RestrictionTerms, 'startsOn' | 'endsOn'>, date: string): boolean =>
  terms.startsOn <= date && date <= terms.endsOn;
