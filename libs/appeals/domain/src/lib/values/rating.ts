/** The five levels of the national 政务服务"好差评" system. */
export const RATINGS = [
  'very-satisfied',
  'satisfied',
  'fairly-satisfied',
  'dissatisfied',
  'very-dissatisfied',
] as const;

export type Rating = (typeof RATINGS)[number];

export const RATING_NAMES: Record<Rating, { readonly zh: string; readonly en: string }> = {
  'very-satisfied': { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  'fairly-satisfied': { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  'very-dissatisfied': { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** 不满意 or worse opens a review (DOMAIN.md §2). */
export const isPoorRating = (rating: Rating): boolean =>
  rating === 'dissatisfied' || rating === 'very-dissatisfied';

/** Counted as satisfied in the satisfaction rate. */
export const isSatisfiedRating = (rating: Rating): boolean =>
  rating === 'very-satisfied' || rating === 'satisfied' || rating === 'fairly-satisfied';
