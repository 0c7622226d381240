/**
 * The five levels of the national 政务服务"好差评" system, as the appeals context publishes them. Kept here
 * (the domain may not depend on another context's contracts); a service test keeps the two lists equal.
 */
export const RATINGS = [
  'very-satisfied',
  'satisfied',
  'fairly-satisfied',
  'dissatisfied',
  'very-dissatisfied',
] as const;

export type Rating = (typeof RATINGS)[number];

/** 非常满意 = 5 … 非常不满意 = 1: the scale of the average rating. */
export const RATING_SCORES: Readonly<Record<Rating, number>> = {
  'very-satisfied': 5,
  satisfied: 4,
  'fairly-satisfied': 3,
  dissatisfied: 2,
  'very-dissatisfied': 1,
};

/** Counted as satisfied, as in the appeals satisfaction rate: 基本满意 or better. */
export const SATISFIED_RATINGS: readonly Rating[] = ['very-satisfied', 'satisfied', 'fairly-satisfied'];

export const isSatisfied = (rating: Rating): boolean => SATISFIED_RATINGS.includes(rating);
