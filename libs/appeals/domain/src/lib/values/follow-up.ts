/**
 * After the rating (好差评, issue 11 item 13): the supervision office calls the enterprise back (回访) and, after
 * a poor rating, the department reports its rectification (整改). Both run on working-day clocks.
 */
export const FOLLOW_UP_KINDS = ['callback', 'rectification'] as const;

export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_NAMES: Record<FollowUpKind, { readonly zh: string; readonly en: string }> = {
  callback: { zh: '回访', en: 'callback' },
  rectification: { zh: '整改', en: 'rectification' },
};
