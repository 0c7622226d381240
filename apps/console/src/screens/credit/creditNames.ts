import { CREDIT_RECORD_KINDS, CREDIT_SEVERITIES } from '@qinqing/credit/contracts';
import type { Bilingual } from '../../i18n/LocaleContext';

export type RecordKind = (typeof CREDIT_RECORD_KINDS)[number];
export type Severity = (typeof CREDIT_SEVERITIES)[number];

/** 信用信息类别: negative ones (the five no's, penalties, negative lists), then 守信激励. */
export const KIND_NAMES: Record<RecordKind, Bilingual> = {
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

export const POSITIVE_KINDS: readonly RecordKind[] = ['praise', 'honour'];

export const isNegativeKind = (kind: string): boolean =>
  !(POSITIVE_KINDS as readonly string[]).includes(kind);

export const SEVERITY_NAMES: Record<Severity, Bilingual> = {
  minor: { zh: '轻微', en: 'Minor' },
  general: { zh: '一般', en: 'General' },
  serious: { zh: '严重', en: 'Serious' },
};

/**
 * Where a record stands, as a chip: the periods' statuses (公示中, 可申请修复, 已到期, 不公示) and what repair and
 * objections do to a record (已修复, 已撤销).
 */
export const STATUS_CHIPS: Record<string, { readonly name: Bilingual; readonly tone: string }> = {
  published: { name: { zh: '公示中', en: 'Published' }, tone: 'published' },
  repairable: { name: { zh: '可申请修复', en: 'Repairable' }, tone: 'repairable' },
  expired: { name: { zh: '已到期', en: 'Expired' }, tone: 'ended' },
  unpublished: { name: { zh: '不公示', en: 'Not published' }, tone: 'ended' },
  repaired: { name: { zh: '已修复', en: 'Repaired' }, tone: 'ended' },
  withdrawn: { name: { zh: '已撤销', en: 'Withdrawn' }, tone: 'ended' },
};

const lookup = (table: Record<string, Bilingual>, key: string): Bilingual =>
  table[key] ?? { zh: key, en: key };

export const kindName = (kind: string): Bilingual => lookup(KIND_NAMES, kind);
export const severityName = (severity: string): Bilingual => lookup(SEVERITY_NAMES, severity);
