import type { LocalizedText } from '@qinqing/shared/chinese-ids';

/** The kiosk's words for the policy library (政策库) and the enterprise's message box (精准推送). */
export const POLICY_STRINGS = {
  policiesTile: { zh: '惠企政策', en: 'Support policies' },
  policiesTileHint: {
    zh: '查看适用于本企业的政策及原因，搜索政策库',
    en: 'Policies for your enterprise and why; search the library',
  },
  policiesTitle: { zh: '惠企政策', en: 'Support policies' },
  policiesMine: { zh: '本企业适用的政策', en: 'Policies for my enterprise' },
  policiesSearch: { zh: '搜索政策库', en: 'Search the library' },
  policiesAll: { zh: '全部', en: 'All' },
  policiesTopics: { zh: '按主题查找', en: 'Find by topic' },
  policiesKeyword: { zh: '关键词', en: 'Keyword' },
  policiesType: { zh: '输入关键词', en: 'Type a keyword' },
  policiesFind: { zh: '搜索', en: 'Search' },
  policiesWhy: { zh: '推送原因', en: 'Why you see it' },
  policiesBenefits: { zh: '优惠内容', en: 'Benefits' },
  policiesIssued: { zh: '{body} {number}', en: '{body}, {number}' },
  policiesInForce: { zh: '{from} 起施行，至 {to}', en: 'In force from {from} to {to}' },
  policiesInForceOpen: { zh: '{from} 起施行', en: 'In force from {from}' },
  policiesNone: { zh: '暂无推送给本企业的政策。', en: 'No policies have been pushed to your enterprise.' },
  policiesNoneFound: { zh: '没有找到相关政策。', en: 'No policies found.' },
  policiesWithheld: { zh: '暂不享受优惠政策', en: 'Policy benefits withheld' },
  policiesMore: { zh: '更多', en: 'More' },
  policiesFullText: { zh: '查看全文', en: 'Full text' },
  policiesBack: { zh: '返回列表', en: 'Back to the list' },
  policiesLoading: { zh: '正在加载…', en: 'Loading…' },
  policiesFailed: {
    zh: '暂时无法读取政策，请稍后再试。',
    en: 'The policies cannot be read just now; try again later.',
  },
} satisfies Record<string, LocalizedText>;

/** Topics a walk-in taps instead of typing: each searches title, summary, number and issuer. */
export const POLICY_TOPICS: readonly LocalizedText[] = [
  { zh: '制造业', en: 'manufacturing' },
  { zh: '软件', en: 'software' },
  { zh: '纾困', en: 'relief' },
  { zh: '补助', en: 'subsidies' },
  { zh: '就业', en: 'employment' },
];
