import { type LocalizedMessage, ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of the credit context, each with its source (docs/credit.md traces them). A refusal names the rule,
 * the setting that decided it when configurable, and the source — in the message people read and as `rule`.
 */
export const CREDIT_RULES = {
  'disclosure-period': {
    name: { zh: '失信信息公示期限', en: 'publication periods of negative credit information' },
    source: {
      zh: '国家发展改革委《信用修复管理办法》（2025年11月19日通过，2026年4月1日施行）',
      en: 'NDRC Measures on Credit Repair (adopted 2025-11-19, in force 2026-04-01)',
    },
  },
  'period-counting': {
    name: { zh: '按月、年计算期间', en: 'periods counted in months and years' },
    source: { zh: '《中华人民共和国民法典》第二百零一条、第二百零二条', en: 'Civil Code arts. 201–202' },
  },
  'integrity-file': {
    name: { zh: '建立诚信档案，记录只增不删', en: 'integrity files, kept without erasure' },
    source: {
      zh: '昆山 六(3)；恒口 五(十三)；青岛 五(十五)',
      en: 'Kunshan 6(3); Hengkou 5(13); Qingdao 5(15)',
    },
  },
  'double-publicity': {
    name: { zh: '行政处罚信息“双公示”', en: 'the “double publicity” of administrative penalties' },
    source: {
      zh: '信用中国“双公示”行政处罚数据项',
      en: 'Credit China “double publicity” administrative-penalty data items',
    },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type CreditRule = keyof typeof CREDIT_RULES;

/** A refusal that names its rule, the setting that decided it (if any) and the source, in both languages. */
export const creditRuleError = ruleErrorOf<CreditRule>(CREDIT_RULES);
