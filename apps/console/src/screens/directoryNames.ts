import type { Bilingual } from '../i18n/LocaleContext';

/** Size classes of 国统字〔2017〕213号. */
export const SIZE_NAMES: Readonly<Record<'large' | 'medium' | 'small' | 'micro', Bilingual>> = {
  large: { zh: '大型', en: 'Large' },
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
};

/** Category tags (Qingdao 二(二)). */
export const TAG_NAMES: Readonly<Record<string, Bilingual>> = {
  'key-backbone': { zh: '重点骨干', en: 'Key backbone' },
  'four-new': { zh: '四新', en: '"Four new"' },
  'high-growth': { zh: '高成长', en: 'High growth' },
  'in-difficulty': { zh: '暂时困难', en: 'In temporary difficulty' },
};

/** The industry groups of the 2017 size rule. */
export const INDUSTRY_GROUP_NAMES: Readonly<Record<string, Bilingual>> = {
  agriculture: { zh: '农、林、牧、渔业', en: 'Agriculture' },
  industry: { zh: '工业', en: 'Industry' },
  construction: { zh: '建筑业', en: 'Construction' },
  wholesale: { zh: '批发业', en: 'Wholesale' },
  retail: { zh: '零售业', en: 'Retail' },
  transport: { zh: '交通运输业', en: 'Transport' },
  warehousing: { zh: '仓储业', en: 'Warehousing' },
  postal: { zh: '邮政业', en: 'Postal services' },
  accommodation: { zh: '住宿业', en: 'Accommodation' },
  catering: { zh: '餐饮业', en: 'Catering' },
  'information-transmission': { zh: '信息传输业', en: 'Information transmission' },
  'software-it': { zh: '软件和信息技术服务业', en: 'Software and IT services' },
  'real-estate-development': { zh: '房地产开发经营', en: 'Real-estate development' },
  'property-management': { zh: '物业管理', en: 'Property management' },
  'leasing-business': { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  other: { zh: '其他未列明行业', en: 'Other industries' },
};
