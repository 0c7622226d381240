import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/**
 * The kinds of enterprise or chamber activity an official may attend with approval: Kunshan 五(3) (论坛、年会、沙龙、
 * 茶话会、座谈会以及庆典), Qingdao 四(十一)(1)–(4) (座谈会、茶话会、年会; 外出考察调研; 展销会、推进会等经贸交流; 培训),
 * Ningbo "七个参加" (招商引资、政策推介、经贸交流、学习考察). Q 四(十一)(5)(6) (working meals) are visit conduct, not filings.
 */
export const ACTIVITY_KINDS = {
  forum: { label: { zh: '论坛', en: 'forum' }, source: '昆山 五(3)' },
  'annual-meeting': { label: { zh: '年会', en: 'annual meeting' }, source: '昆山 五(3)、青岛 四(十一)(1)' },
  salon: { label: { zh: '沙龙', en: 'salon' }, source: '昆山 五(3)' },
  'tea-party': { label: { zh: '茶话会', en: 'tea party' }, source: '昆山 五(3)、青岛 四(十一)(1)' },
  symposium: { label: { zh: '座谈会', en: 'symposium' }, source: '昆山 五(3)、青岛 四(十一)(1)' },
  celebration: { label: { zh: '庆典', en: 'celebration' }, source: '昆山 五(3)' },
  'trade-fair': {
    label: { zh: '展销会、推进会等经贸交流', en: 'trade fair or business exchange' },
    source: '青岛 四(十一)(3)、宁波“七个参加”',
  },
  training: { label: { zh: '培训', en: 'training' }, source: '青岛 四(十一)(4)' },
  'study-tour': {
    label: { zh: '考察调研、学习考察', en: 'study tour' },
    source: '青岛 四(十一)(2)、宁波“七个参加”',
  },
  'investment-promotion': { label: { zh: '招商引资', en: 'investment promotion' }, source: '宁波“七个参加”' },
  'policy-briefing': { label: { zh: '政策推介', en: 'policy briefing' }, source: '宁波“七个参加”' },
} as const satisfies Record<string, { readonly label: LocalizedMessage; readonly source: string }>;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;
export const ACTIVITY_KIND_KEYS = Object.keys(ACTIVITY_KINDS) as ActivityKind[];
