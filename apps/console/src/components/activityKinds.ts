import type { Bilingual } from '../i18n/LocaleContext';

/** The activity kinds an official may file for (政商交往报备; liaison's ACTIVITY_KIND_VALUES): key, 中文, English. */
export const FILING_ACTIVITY_KINDS: readonly (readonly [string, string, string])[] = [
  ['forum', '论坛', 'Forum'],
  ['annual-meeting', '年会', 'Annual meeting'],
  ['salon', '沙龙', 'Salon'],
  ['tea-party', '茶话会', 'Tea party'],
  ['symposium', '座谈会', 'Symposium'],
  ['celebration', '庆典', 'Celebration'],
  ['trade-fair', '展销会、推进会等经贸交流', 'Trade fair'],
  ['training', '培训', 'Training'],
  ['study-tour', '考察调研、学习考察', 'Study tour'],
  ['investment-promotion', '招商引资', 'Investment promotion'],
  ['policy-briefing', '政策推介', 'Policy briefing'],
];

/** An activity kind's name; an unknown key shows as itself. */
export const activityKindName = (kind: string): Bilingual => {
  const found = FILING_ACTIVITY_KINDS.find(([key]) => key === kind);
  return found === undefined ? { zh: kind, en: kind } : { zh: found[1], en: found[2] };
};
