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
  'bribery-restrictions': {
    name: {
      zh: '有行贿记录的企业受限，负责人在规定期限内不得授予政治荣誉或给予政治安排',
      en: 'an enterprise with a bribery record is restricted; its responsible persons get no political honours or arrangements within the set period',
    },
    source: {
      zh: '昆山 六(5)；恒口 五(十三)；青岛 五(十五)；期限：《中华人民共和国政府采购法》第二十二条第一款第（五）项（前三年内无重大违法记录）',
      en: 'Kunshan 6(5); Hengkou 5(13); Qingdao 5(15); period: Government Procurement Law art. 22(1)(5) (no serious violation in the three years before)',
    },
  },
  'serious-dishonesty-restrictions': {
    name: {
      zh: '严重失信主体在公示期内限制享受政策扶持、参评评优评先',
      en: 'a seriously dishonest enterprise gets no policy support or honours while the record is public',
    },
    source: {
      zh: '国务院办公厅《关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）；《全国失信惩戒措施基础清单（2024年版）》',
      en: 'State Council General Office Guidance No. 49 [2020] on credit constraints; National Basic List of Credit Disciplinary Measures (2024)',
    },
  },
  'restriction-lifting': {
    name: {
      zh: '信用修复、撤销或更正后解除失信约束',
      en: 'restrictions are lifted on repair, withdrawal or a correction that takes the record out of the rule',
    },
    source: {
      zh: '国家发展改革委《信用修复管理办法》；国办发〔2020〕49号 （四）依法依规开展失信惩戒，过惩相当',
      en: 'NDRC Measures on Credit Repair; Guidance No. 49 [2020] (proportionate discipline)',
    },
  },
  'credit-repair': {
    name: { zh: '信用修复的条件', en: 'the conditions of credit repair' },
    source: {
      zh: '国家发展改革委《信用修复管理办法》（2026年4月1日施行）；国办发〔2025〕22号 二、三',
      en: 'NDRC Measures on Credit Repair (in force 2026-04-01); State Council General Office 〔2025〕22 items 2–3',
    },
  },
  'credit-commitment': {
    name: {
      zh: '信用修复须提交信用承诺书',
      en: 'a signed credit commitment comes with a repair application',
    },
    source: {
      zh: '国办发〔2025〕22号 三（申请材料包括法定责任义务履行完毕的证明材料和信用承诺书）',
      en: 'State Council General Office 〔2025〕22 item 3 (proof that the obligations are fulfilled and a credit commitment)',
    },
  },
  objection: {
    name: { zh: '信用信息异议处理', en: 'objections to credit information' },
    source: {
      zh: '国办发〔2025〕22号 十（健全异议申诉处理机制）；国家发展改革委《信用修复管理办法》',
      en: 'State Council General Office 〔2025〕22 item 10 (objections and complaints); NDRC Measures on Credit Repair',
    },
  },
  'processing-time-limit': {
    name: { zh: '按工作日计算的办理时限', en: 'time limits in working days' },
    source: {
      zh: '国办发〔2025〕22号 五（明确信用修复办理期限）；国务院办公厅节假日安排',
      en: 'State Council General Office 〔2025〕22 item 5 (time limits of repair); the State Council holiday notices',
    },
  },
  'red-black-board': {
    name: {
      zh: '定期发布企业诚信“红黑榜”，发布后不再更改',
      en: 'the red/black board, published periodically, unchanged once published',
    },
    source: {
      zh: '恒口 五(十三)（定期发布企业诚信“红黑榜”）；昆山 六(3)（企业黑名单制度，表扬企业诚信行为）',
      en: 'Hengkou 5(13) (a red/black board published periodically); Kunshan 6(3) (blacklist, praise for integrity)',
    },
  },
  'integrity-pledge': {
    name: { zh: '企业负责人信守廉洁承诺', en: 'the integrity pledge of the enterprise’s responsible person' },
    source: {
      zh: '昆山 六(4)（推进企业自律，信守廉洁承诺）',
      en: 'Kunshan 6(4) (self-discipline, the integrity pledge)',
    },
  },
  'clean-enterprise': {
    name: {
      zh: '清廉企业：不行贿、不欠薪、不逃税、不侵权、不逃废债',
      en: 'clean enterprise: no bribery, no wage arrears, no tax evasion, no infringement, no debt evasion',
    },
    source: {
      zh: '宁波《践行亲清新型政商关系的实施意见（试行）》清廉企业建设',
      en: 'Ningbo implementing opinions on 亲清 relations (trial), clean-enterprise building',
    },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type CreditRule = keyof typeof CREDIT_RULES;

/** A refusal that names its rule, the setting that decided it (if any) and the source, in both languages. */
export const creditRuleError = ruleErrorOf<CreditRule>(CREDIT_RULES);
