import {
  type ActivityKind,
  ORGANISATION_TYPE_NAMES,
  type OrganisationType,
} from '@qinqing/party-building/domain';
import type { Bilingual } from '../../i18n/LocaleContext';

/** An organisation type (or an optional form, which are types too) by name; an unknown value as it is. */
export const organisationTypeName = (type: string): Bilingual =>
  ORGANISATION_TYPE_NAMES[type as OrganisationType] ?? { zh: type, en: type };

/** The kinds of a party organisation's activity (Kunshan 四(5): 学习培训; 主题党日). */
export const ACTIVITY_KIND_NAMES: Readonly<Record<ActivityKind, Bilingual>> = {
  study: { zh: '学习', en: 'Study' },
  training: { zh: '培训', en: 'Training' },
  'theme-day': { zh: '主题党日', en: 'Theme party day' },
  service: { zh: '志愿服务', en: 'Service' },
  other: { zh: '其他', en: 'Other' },
};

/** An activity's kind by name; an unknown value as it is. */
export const activityKindName = (kind: string): Bilingual =>
  ACTIVITY_KIND_NAMES[kind as ActivityKind] ?? { zh: kind, en: kind };

/** What the counts require (支部工作条例 第四条、第六章), said as a requirement. */
export const requiredFormName = (form: string): Bilingual =>
  form === 'none'
    ? { zh: '不要求单独建立党组织', en: 'no organisation of its own required' }
    : form === 'branch'
      ? { zh: '须建立党支部', en: 'a branch is required' }
      : form === 'branch-committee'
        ? { zh: '须建立党支部并设支部委员会', en: 'a branch with a committee is required' }
        : { zh: form, en: form };

/** The sections (门类) of GB/T 4754-2017, the letter the coverage rows carry within a county. */
export const INDUSTRY_SECTION_NAMES: Readonly<Record<string, Bilingual>> = {
  A: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { zh: '采矿业', en: 'Mining' },
  C: { zh: '制造业', en: 'Manufacturing' },
  D: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water' },
  E: { zh: '建筑业', en: 'Construction' },
  F: { zh: '批发和零售业', en: 'Wholesale and retail' },
  G: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and post' },
  H: { zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { zh: '金融业', en: 'Finance' },
  K: { zh: '房地产业', en: 'Real estate' },
  L: { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  M: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { zh: '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' },
  O: { zh: '居民服务、修理和其他服务业', en: 'Residents’ services, repair and other services' },
  P: { zh: '教育', en: 'Education' },
  Q: { zh: '卫生和社会工作', en: 'Health and social work' },
  R: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: { zh: '公共管理、社会保障和社会组织', en: 'Public administration and social organisations' },
  T: { zh: '国际组织', en: 'International organisations' },
};

/** A ratio 0–1 as a percentage with one decimal. */
export const percent = (value: number): string => `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
