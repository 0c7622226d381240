import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { Polarity, RecordKind } from '../integrity-record/integrity-record.values';

/*
 * 清廉企业 (Ningbo, 《践行亲清新型政商关系的实施意见（试行）》): enterprises hold the line — 不行贿、不欠薪、不逃税、
 * 不侵权、不逃废债 — and build their own integrity system (the nine departments' 《推进清廉民营企业建设的实施意见》
 * and its evaluation system, which the seed names but does not list). The seed gives no more items; the pledge
 * item is Kunshan 六(4)'s 廉洁承诺.
 */

/** Each of the five no's and the kind of record that breaks it. */
export const FIVE_NOS = {
  'no-bribery': 'bribery',
  'no-wage-arrears': 'wage-arrears',
  'no-tax-evasion': 'tax-evasion',
  'no-infringement': 'infringement',
  'no-debt-evasion': 'debt-evasion',
} as const satisfies Record<string, RecordKind>;

export type FiveNoItem = keyof typeof FIVE_NOS;
export const CLEAN_ENTERPRISE_ITEMS = [
  ...(Object.keys(FIVE_NOS) as FiveNoItem[]),
  'integrity-system',
  'integrity-pledge',
] as const;
export type CleanEnterpriseItem = (typeof CLEAN_ENTERPRISE_ITEMS)[number];

export const CLEAN_ENTERPRISE_ITEM_NAMES: Readonly<Record<CleanEnterpriseItem, LocalizedMessage>> = {
  'no-bribery': { zh: '不行贿', en: 'no bribery' },
  'no-wage-arrears': { zh: '不欠薪', en: 'no wage arrears' },
  'no-tax-evasion': { zh: '不逃税', en: 'no tax evasion' },
  'no-infringement': { zh: '不侵权', en: 'no infringement' },
  'no-debt-evasion': { zh: '不逃废债', en: 'no debt evasion' },
  'integrity-system': { zh: '建立企业内部廉洁制度', en: 'an integrity system of its own' },
  'integrity-pledge': { zh: '签署廉洁承诺书', en: 'the integrity pledge signed' },
};

/** A record as the evaluation reads it from the integrity file; `withdrawnOn` once objections can withdraw one. */
export interface EvaluationRecord {
  readonly documentNumber: string;
  readonly kind: RecordKind;
  readonly polarity: Polarity;
  readonly decidedOn: string;
  readonly withdrawnOn?: string | null;
}

/** What the credit officer checked that the records cannot tell. */
export interface CleanEnterpriseChecklist {
  readonly integritySystem: boolean;
}

export interface EvaluatedItem {
  readonly item: CleanEnterpriseItem;
  readonly passed: boolean;
  /** The document number of the record that fails a five-no item; null otherwise. */
  readonly basis: string | null;
}

export interface CleanEnterpriseResult {
  readonly passed: boolean;
  readonly items: readonly EvaluatedItem[];
}

/**
 * The year's evaluation, pure: a five-no item fails on any negative record of its kind decided in that year and
 * not withdrawn — whatever its severity, a minor one too (the five no's are a line, not a scale); the basis is
 * the earliest such record. Administrative penalties fail no item by themselves: a penalty's kind does not say
 * which conduct it punished; one for, say, unpaid wages is recorded (or corrected) as `wage-arrears`.
 */
export const evaluateCleanEnterprise = (
  records: readonly EvaluationRecord[],
  year: number,
  checklist: CleanEnterpriseChecklist,
  pledgeSigned: boolean,
): CleanEnterpriseResult => {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const counted = records
    .filter(
      (record) =>
        record.polarity === 'negative' &&
        record.decidedOn.startsWith(prefix) &&
        (record.withdrawnOn ?? null) === null,
    )
    .sort(
      (a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.documentNumber.localeCompare(b.documentNumber),
    );
  const fiveNos = (Object.entries(FIVE_NOS) as [FiveNoItem, RecordKind][]).map(([item, kind]) => {
    const basis = counted.find((record) => record.kind === kind)?.documentNumber ?? null;
    return { item, passed: basis === null, basis };
  });
  const items: EvaluatedItem[] = [
    ...fiveNos,
    { item: 'integrity-system', passed: checklist.integritySystem, basis: null },
    { item: 'integrity-pledge', passed: pledgeSigned, basis: null },
  ];
  return { passed: items.every((item) => item.passed), items };
};
