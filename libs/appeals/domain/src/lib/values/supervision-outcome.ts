/**
 * How a 督办 order is closed (督办销号, issue 11 item 9): the department put it right (整改完成), or the supervisor
 * proposes accountability for inaction or evasion (问责建议: 不担当、不作为, Jinjiang 五(二); 推拖绕, Qingdao 六(十七)).
 */
export const SUPERVISION_OUTCOMES = ['rectified', 'accountability'] as const;

export type SupervisionOutcome = (typeof SUPERVISION_OUTCOMES)[number];

export const SUPERVISION_OUTCOME_NAMES: Record<
  SupervisionOutcome,
  { readonly zh: string; readonly en: string }
> = {
  rectified: { zh: '整改完成', en: 'Rectified' },
  accountability: { zh: '问责建议', en: 'Accountability proposed' },
};

/** The levels a 督办 order goes through: 效能督查办 with 党政办督查室 first, then 党工委、管委会 (Hengkou 二(三)). */
export const SUPERVISION_LEVEL_NAMES: Record<1 | 2, { readonly zh: string; readonly en: string }> = {
  1: {
    zh: '效能督查办会同党政办督查室',
    en: 'the efficiency office with the party-government supervision office',
  },
  2: { zh: '党工委、管委会', en: 'the working committee and the administrative committee' },
};
