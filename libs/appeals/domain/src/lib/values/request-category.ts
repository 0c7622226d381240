/** What a request is about (DOMAIN.md §2; 涉企法律维权 from H 二(三), Q 三(六)). */
export const REQUEST_CATEGORIES = [
  'policy',
  'approval-permits',
  'financing',
  'land-premises',
  'talent',
  'legal-rights',
  'market-order',
  'other',
] as const;

export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

export const REQUEST_CATEGORY_NAMES: Record<RequestCategory, { readonly zh: string; readonly en: string }> = {
  policy: { zh: '政策咨询', en: 'Policy' },
  'approval-permits': { zh: '审批许可', en: 'Approvals and permits' },
  financing: { zh: '融资', en: 'Financing' },
  'land-premises': { zh: '用地与厂房', en: 'Land and premises' },
  talent: { zh: '人才', en: 'Talent' },
  'legal-rights': { zh: '涉企法律维权', en: 'Legal rights protection' },
  'market-order': { zh: '市场秩序', en: 'Market order' },
  other: { zh: '其他', en: 'Other' },
};
