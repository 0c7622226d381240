import type { CREDIT_SEVERITIES } from './disclosure-period.query';
import type { CREDIT_RECORD_KINDS, IntegrityFileEntry } from './integrity-record.bodies';

interface Names {
  readonly zh: string;
  readonly en: string;
}

/** 信用信息类别 as screens name them: negative kinds (the five no's, penalties, negative lists), then 守信激励. */
export const CREDIT_RECORD_KIND_NAMES: Record<(typeof CREDIT_RECORD_KINDS)[number], Names> = {
  'administrative-penalty': { zh: '行政处罚', en: 'Administrative penalty' },
  bribery: { zh: '行贿', en: 'Bribery' },
  'wage-arrears': { zh: '拖欠工资', en: 'Wage arrears' },
  'tax-evasion': { zh: '逃税', en: 'Tax evasion' },
  infringement: { zh: '侵权', en: 'Infringement' },
  'debt-evasion': { zh: '逃废债', en: 'Debt evasion' },
  'negative-list-violation': { zh: '违反负面清单', en: 'Negative-list violation' },
  praise: { zh: '表扬', en: 'Praise' },
  honour: { zh: '荣誉', en: 'Honour' },
};

/** 失信程度 (《信用修复管理办法》). */
export const CREDIT_SEVERITY_NAMES: Record<(typeof CREDIT_SEVERITIES)[number], Names> = {
  minor: { zh: '轻微', en: 'Minor' },
  general: { zh: '一般', en: 'General' },
  serious: { zh: '严重', en: 'Serious' },
};

/** Where a record stands, in the words of its status chip. */
export const DISCLOSURE_STATUS_NAMES: Record<NonNullable<IntegrityFileEntry['disclosureStatus']>, Names> = {
  published: { zh: '公示中', en: 'Published' },
  repairable: { zh: '可申请修复', en: 'Repairable' },
  expired: { zh: '已到期', en: 'Expired' },
  unpublished: { zh: '不公示', en: 'Not published' },
  repaired: { zh: '已修复', en: 'Repaired' },
  withdrawn: { zh: '已撤销', en: 'Withdrawn' },
};
