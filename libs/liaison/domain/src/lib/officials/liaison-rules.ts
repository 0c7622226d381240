import type { DomainError, LocalizedMessage, RuleReference } from '@qinqing/shared/domain-kernel';

/**
 * The rules of 领导干部联系企业 (DOMAIN.md §1), each with its source. A refusal names its rule, the setting that
 * decided it (when the rule is configurable) and the source, in Chinese and English.
 * K = 昆山, H = 恒口, Q = 青岛 (the seeds in docs/liaison.md).
 */
export const LIAISON_RULES = {
  'pairings-per-official': {
    name: { zh: '每名领导干部联系1至2家企业', en: 'each official liaises with 1 to 2 enterprises' },
    source: { zh: '恒口 二(二)、青岛 二(二)', en: 'Hengkou 2(2), Qingdao 2(2)' },
  },
  'one-official-per-enterprise': {
    name: { zh: '原则上不重复联系同一家企业', en: 'in principle no two officials on one enterprise' },
    source: { zh: '青岛 二(二)', en: 'Qingdao 2(2)' },
  },
  'target-enterprises': {
    name: {
      zh: '联系对象为重点骨干、“四新”、高成长、暂时困难企业',
      en: 'paired enterprises are key, "four new", high-growth or temporarily struggling ones',
    },
    source: { zh: '青岛 二(二)', en: 'Qingdao 2(2)' },
  },
  'visits-by-the-paired-official': {
    name: { zh: '领导干部定期走访所联系的企业', en: 'officials visit the enterprises they are paired with' },
    source: { zh: '青岛 二(二)、恒口 二(二)', en: 'Qingdao 2(2), Hengkou 2(2)' },
  },
  'visit-forms': {
    name: {
      zh: '采取实地走访、电话、信函、电子邮件、问卷调查、微信等形式',
      en: 'visits on site, by phone, letter, e-mail, questionnaire or WeChat',
    },
    source: { zh: '昆山 五(3)', en: 'Kunshan 5(3)' },
  },
  'visit-conduct': {
    name: {
      zh: '工作餐按员工标准在企业食堂、不饮酒，乘坐自有或公共交通工具，费用由所在单位承担',
      en: 'working meal at staff standard in the canteen, no alcohol, own or public transport, costs borne by the unit',
    },
    source: { zh: '昆山 五(4)、青岛 四(十一)', en: 'Kunshan 5(4), Qingdao 4(11)' },
  },
  'visit-quota': {
    name: { zh: '每年走访次数', en: 'visits a year' },
    source: {
      zh: '恒口 二(二)（每年不少于3次）、青岛 二(二)（每年不少于1次）',
      en: 'Hengkou 2(2) (at least 3 a year), Qingdao 2(2) (at least once a year)',
    },
  },
  'official-profile': {
    name: { zh: '领导干部须有所在单位和上级', en: 'an official has a unit and a superior' },
    source: { zh: '晋江 四（报备经上级审批）', en: 'Jinjiang 4 (filings approved by the superior)' },
  },
} as const satisfies Record<string, { name: LocalizedMessage; source: LocalizedMessage }>;

export type LiaisonRule = keyof typeof LIAISON_RULES;

/** The liaison settings (fields of LiaisonSettings) a refusal may name, in words. */
export const LIAISON_SETTING_NAMES = {
  minPairingsPerOfficial: { zh: '每人联系企业数下限', en: 'fewest enterprises per official' },
  maxPairingsPerOfficial: { zh: '每人联系企业数上限', en: 'most enterprises per official' },
  visitsPerYear: { zh: '每年走访次数', en: 'visits due a year' },
} as const satisfies Record<string, LocalizedMessage>;

export type LiaisonSetting = keyof typeof LIAISON_SETTING_NAMES;

/** Adds the rule, setting and source to an error, in the message (both languages) and as a structured `rule`. */
export const underLiaisonRule = <E extends DomainError>(
  error: E,
  rule: LiaisonRule,
  setting?: { readonly name: LiaisonSetting; readonly value: string | number | boolean },
): E => {
  const { name, source } = LIAISON_RULES[rule];
  const settingName = setting === undefined ? null : LIAISON_SETTING_NAMES[setting.name];
  const reference: RuleReference = {
    rule,
    source: source.zh,
    ...(setting === undefined ? {} : { setting: setting.name }),
  };
  const value = setting === undefined ? '' : String(setting.value);
  return {
    ...error,
    message: {
      zh: `${error.message.zh}（规则：${name.zh}${settingName === null ? '' : `；设置：${settingName.zh}为${value}`}；依据：${source.zh}）`,
      en: `${error.message.en} (rule: ${name.en}${settingName === null ? '' : `; setting: ${settingName.en} = ${value}`}; source: ${source.en})`,
    },
    rule: reference,
  };
};
