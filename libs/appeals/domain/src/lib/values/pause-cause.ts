/**
 * Why a request's clocks may stand still: a fixed list (issue 11 item 2), so a department cannot pause its own
 * clock for a reason of its choosing. What each means follows 12345 practice: time the enterprise or a third
 * party needs, not time the department needs.
 */
export const PAUSE_CAUSES = [
  'enterprise-documents',
  'on-site-inspection',
  'expert-review',
  'third-party-assessment',
  'public-notice',
] as const;

export type PauseCause = (typeof PAUSE_CAUSES)[number];

export const PAUSE_CAUSE_NAMES: Record<PauseCause, { readonly zh: string; readonly en: string }> = {
  'enterprise-documents': { zh: '等待企业补充材料', en: "Waiting for the enterprise's documents" },
  'on-site-inspection': { zh: '现场勘查', en: 'On-site inspection' },
  'expert-review': { zh: '专家评审论证', en: 'Expert review' },
  'third-party-assessment': { zh: '第三方检测、鉴定或评估', en: 'Third-party testing or assessment' },
  'public-notice': { zh: '公示、听证', en: 'Public notice or hearing' },
};
