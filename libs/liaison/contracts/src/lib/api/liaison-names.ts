/** Names the console and the kiosk show for liaison's codes, in both languages (one list for both screens). */
type Bilingual = { readonly zh: string; readonly en: string };

export const VISIT_FORM_NAMES: Readonly<Record<string, Bilingual>> = {
  'on-site': { zh: '实地走访', en: 'On site' },
  phone: { zh: '电话', en: 'Phone' },
  letter: { zh: '信函', en: 'Letter' },
  'e-mail': { zh: '电子邮件', en: 'E-mail' },
  questionnaire: { zh: '问卷调查', en: 'Questionnaire' },
  wechat: { zh: '微信', en: 'WeChat' },
};

/** A visit problem's state: `raised` until appeals takes it in, then its request's. */
export const PROBLEM_STATE_NAMES: Readonly<Record<string, Bilingual>> = {
  raised: { zh: '已登记，待转诉求', en: 'Raised' },
  submitted: { zh: '已转为诉求', en: 'Filed as a request' },
  'handed-off': { zh: '已转办', en: 'Handed off' },
  accepted: { zh: '办理中', en: 'In progress' },
  'sent-back': { zh: '已退回', en: 'Sent back' },
  paused: { zh: '暂停计时', en: 'Paused' },
  escalated: { zh: '已报出', en: 'Reported up' },
  informed: { zh: '已告知', en: 'Informed' },
  resolved: { zh: '已办结', en: 'Resolved' },
  reopened: { zh: '重新办理', en: 'Reopened' },
  rated: { zh: '已评价', en: 'Rated' },
};

/** The kind of answer a problem's request was given. */
export const ANSWER_KIND_NAMES: Readonly<Record<string, Bilingual>> = {
  resolved: { zh: '办结答复', en: 'Resolved' },
  informed: { zh: '告知答复', en: 'Informed' },
  escalated: { zh: '报上级办理', en: 'Reported to a higher level' },
};
