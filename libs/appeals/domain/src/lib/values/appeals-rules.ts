import type { DomainError, LocalizedMessage, RuleReference } from '@qinqing/shared/domain-kernel';

/**
 * The rules the request decider enforces, each with the source document it comes from (see
 * docs/appeals-rules.md and /work/shared/seeds). A refusal names the rule, the policy setting that decided it
 * (when the rule is configurable) and the source, in the message people read and as `rule` for clients.
 */
export const APPEALS_RULES = {
  'first-contact': {
    name: { zh: '首问负责制', en: 'first-contact responsibility' },
    source: {
      zh: '晋江 三(四)、恒口 六(十四)、青岛 六(十六)',
      en: 'Jinjiang 3(4), Hengkou 6(14), Qingdao 6(16)',
    },
  },
  'time-limits': {
    name: { zh: '限时办结、限时报出、限时告知', en: 'time-limited resolve, report-up and inform' },
    source: { zh: '晋江 三(六)', en: 'Jinjiang 3(6)' },
  },
  'clock-pause': {
    name: { zh: '暂停计时须有法定事由并经审批', en: 'a clock pause needs a listed reason and approval' },
    source: {
      zh: '山东省企业诉求“接诉即办”工作规范（默认值）',
      en: "Shandong's 接诉即办 practice (default)",
    },
  },
  extension: {
    name: { zh: '延期须在期限届满前申请并经批准', en: 'an extension is approved before the due date' },
    source: {
      zh: '晋江 三(六)；山东省“接诉即办”工作规范',
      en: "Jinjiang 3(6); Shandong's 接诉即办 practice",
    },
  },
  supervision: {
    name: { zh: '跟踪督促问效、督办销号', en: 'supervision until the order is closed' },
    source: { zh: '恒口 二(三)、晋江 三(四)', en: 'Hengkou 2(3), Jinjiang 3(4)' },
  },
  accountability: {
    name: { zh: '不担当、不作为及“推拖绕”问责', en: 'accountability for inaction and evasion' },
    source: { zh: '晋江 五(二)、青岛 六(十七)', en: 'Jinjiang 5(2), Qingdao 6(17)' },
  },
  feedback: {
    name: { zh: '政务服务“好差评”', en: 'the 好差评 rating of public services' },
    source: {
      zh: '国办发〔2019〕51号；青岛 三(七) 企业评议政府部门',
      en: 'State Council General Office 2019 No. 51; Qingdao 3(7)',
    },
  },
  duplicate: {
    name: {
      zh: '重复诉求并入原诉求办理，不得借此销号',
      en: 'a duplicate joins its original and never closes a matter on paper',
    },
    source: { zh: '晋江 三(四) 首问负责、限时办结', en: 'Jinjiang 3(4) first contact and time limits' },
  },
  recusal: {
    name: {
      zh: '可能存在利益冲突的应当回避',
      en: 'whoever may have a conflict of interest recuses',
    },
    source: { zh: '晋江 四', en: 'Jinjiang 4' },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type AppealsRule = keyof typeof APPEALS_RULES;

/** The policy settings (fields of AppealsPolicy) a refusal may name, in words. */
export const POLICY_SETTING_NAMES = {
  sendBackWithin: { zh: '退回期限', en: 'send-back window' },
  reminderAt: { zh: '临期预警点', en: 'reminder point' },
  feedbackWindow: { zh: '评价期', en: 'feedback window' },
  maxReopens: { zh: '重新办理次数上限', en: 'most reopenings' },
  defaultOwnerUnitId: { zh: '兜底责任单位', en: 'default owner unit' },
  pauseApprovalAfter: { zh: '暂停须审批的天数', en: 'pause length needing approval' },
  pauseCapPerRequest: { zh: '暂停累计上限', en: 'cap on paused days per request' },
  officeHoursEnd: { zh: '受理截止时间', en: 'end of office hours' },
  supervisionOrderWithin: { zh: '督办办理时限', en: 'supervision order limit' },
  callbackWithin: { zh: '回访时限', en: 'callback limit' },
  rectificationWithin: { zh: '整改时限', en: 'rectification limit' },
  'limits.extendedResolveWithin': { zh: '延期后办结时限', en: 'extended resolve limit' },
} as const satisfies Record<string, LocalizedMessage>;

export type PolicySetting = keyof typeof POLICY_SETTING_NAMES;

/**
 * Adds the rule, setting and source to an error: in the message (Chinese words only, no field names) and as
 * a structured `rule` for clients.
 */
export const underRule = <E extends DomainError>(
  error: E,
  rule: AppealsRule,
  setting?: { readonly name: PolicySetting; readonly value: string | number },
): E => {
  const { name, source } = APPEALS_RULES[rule];
  const settingName = setting === undefined ? null : POLICY_SETTING_NAMES[setting.name];
  const reference: RuleReference = {
    rule,
    source: source.zh,
    ...(setting === undefined ? {} : { setting: setting.name }),
  };
  return {
    ...error,
    message: {
      zh: `${error.message.zh}（规则：${name.zh}${settingName === null ? '' : `；设置：${settingName.zh}为${String(setting?.value)}`}；依据：${source.zh}）`,
      en: `${error.message.en} (rule: ${name.en}${settingName === null ? '' : `; setting: ${settingName.en} = ${String(setting?.value)}`}; source: ${source.en})`,
    },
    rule: reference,
  };
};
