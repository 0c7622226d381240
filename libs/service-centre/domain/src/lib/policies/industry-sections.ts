import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/** The 20 sections (门类) of GB/T 4754-2017 《国民经济行业分类》, by letter: how an industry code is named. */
export const INDUSTRY_SECTIONS: Readonly<Record<string, LocalizedMessage>> = {
  A: { zh: '农、林、牧、渔业', en: 'agriculture, forestry, animal husbandry and fishery' },
  B: { zh: '采矿业', en: 'mining' },
  C: { zh: '制造业', en: 'manufacturing' },
  D: { zh: '电力、热力、燃气及水生产和供应业', en: 'electricity, heat, gas and water' },
  E: { zh: '建筑业', en: 'construction' },
  F: { zh: '批发和零售业', en: 'wholesale and retail' },
  G: { zh: '交通运输、仓储和邮政业', en: 'transport, storage and post' },
  H: { zh: '住宿和餐饮业', en: 'accommodation and catering' },
  I: { zh: '信息传输、软件和信息技术服务业', en: 'information transmission, software and IT services' },
  J: { zh: '金融业', en: 'finance' },
  K: { zh: '房地产业', en: 'real estate' },
  L: { zh: '租赁和商务服务业', en: 'leasing and business services' },
  M: { zh: '科学研究和技术服务业', en: 'scientific research and technical services' },
  N: { zh: '水利、环境和公共设施管理业', en: 'water, environment and public facilities' },
  O: { zh: '居民服务、修理和其他服务业', en: 'resident, repair and other services' },
  P: { zh: '教育', en: 'education' },
  Q: { zh: '卫生和社会工作', en: 'health and social work' },
  R: { zh: '文化、体育和娱乐业', en: 'culture, sports and entertainment' },
  S: { zh: '公共管理、社会保障和社会组织', en: 'public administration and social organisations' },
  T: { zh: '国际组织', en: 'international organisations' },
};

/** A criterion on industry: a section letter, or the letter and 2–4 digits (division, group, class). */
export const INDUSTRY_PREFIX_PATTERN = /^[A-T](\d{2}|\d{3}|\d{4})?$/u;
