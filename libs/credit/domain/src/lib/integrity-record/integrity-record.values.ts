import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/*
 * What an integrity file (诚信档案, Kunshan 六(3)) holds: negative records — administrative penalties (行政处罚)
 * and the five no's of Ningbo's 清廉企业 (bribery 行贿, wage arrears 欠薪, tax evasion 逃税, infringement 侵权,
 * debt evasion 逃废债) and negative-list violations — and positive ones (praise 表扬, honours 荣誉).
 */
export const NEGATIVE_KINDS = [
  'administrative-penalty',
  'bribery',
  'wage-arrears',
  'tax-evasion',
  'infringement',
  'debt-evasion',
  'negative-list-violation',
] as const;
export const POSITIVE_KINDS = ['praise', 'honour'] as const;
export const RECORD_KINDS = [...NEGATIVE_KINDS, ...POSITIVE_KINDS] as const;

export type NegativeKind = (typeof NEGATIVE_KINDS)[number];
export type PositiveKind = (typeof POSITIVE_KINDS)[number];
export type RecordKind = (typeof RECORD_KINDS)[number];
export type Polarity = 'negative' | 'positive';

export const RECORD_KIND_NAMES: Readonly<Record<RecordKind, LocalizedMessage>> = {
  'administrative-penalty': { zh: '行政处罚', en: 'administrative penalty' },
  bribery: { zh: '行贿', en: 'bribery' },
  'wage-arrears': { zh: '欠薪', en: 'wage arrears' },
  'tax-evasion': { zh: '逃税', en: 'tax evasion' },
  infringement: { zh: '侵权', en: 'infringement' },
  'debt-evasion': { zh: '逃废债', en: 'debt evasion' },
  'negative-list-violation': { zh: '违反负面清单', en: 'negative-list violation' },
  praise: { zh: '表扬', en: 'praise' },
  honour: { zh: '荣誉', en: 'honour' },
};

export const isRecordKind = (value: string): value is RecordKind =>
  (RECORD_KINDS as readonly string[]).includes(value);

export const polarityOf = (kind: RecordKind): Polarity =>
  (POSITIVE_KINDS as readonly string[]).includes(kind) ? 'positive' : 'negative';

/** The longest text of each field, in characters as people count them (code points). */
export const RECORD_TEXT_LIMITS = {
  documentNumber: 100,
  issuingAuthority: 100,
  legalBasis: 500,
  evidenceReference: 500,
  enterpriseName: 100,
  penaltyCategory: 100,
  penaltyContent: 1000,
  reason: 500,
} as const;

export type RecordTextField = keyof typeof RECORD_TEXT_LIMITS;

export const RECORD_FIELD_NAMES: Readonly<Record<RecordTextField, LocalizedMessage>> = {
  documentNumber: { zh: '文书号', en: 'document number' },
  issuingAuthority: { zh: '作出决定的机关', en: 'issuing authority' },
  legalBasis: { zh: '法律依据', en: 'legal basis' },
  evidenceReference: { zh: '证据材料索引', en: 'evidence reference' },
  enterpriseName: { zh: '企业名称', en: 'enterprise name' },
  penaltyCategory: { zh: '处罚类别', en: 'penalty category' },
  penaltyContent: { zh: '处罚内容', en: 'penalty content' },
  reason: { zh: '更正理由', en: 'reason' },
};

/**
 * The document number (文书号) as a key: full-width letters, digits and brackets folded to their ordinary forms
 * (NFKC) and spaces dropped, so “昆市监罚〔2026〕 12号” and “昆市监罚〔2026〕12号” are one record.
 */
export const documentNumberKey = (documentNumber: string): string =>
  documentNumber.normalize('NFKC').replace(/\s+/gu, '');

/** The name of every fact of a record, for messages that list what differs. */
export const RECORD_FACT_NAMES: Readonly<Record<string, LocalizedMessage>> = {
  ...RECORD_FIELD_NAMES,
  kind: { zh: '记录类别', en: 'kind' },
  severity: { zh: '失信程度', en: 'severity' },
  decidedOn: { zh: '决定日期', en: 'decision date' },
  creditCode: { zh: '统一社会信用代码', en: 'credit code' },
};
