/**
 * What staff read of an event's feedback (反馈汇总). A handful of ratings from a known list of attendees is a
 * handful of attributable answers: with one or two, staff who see who checked in can tell who wrote which
 * comment or gave which mark. So the figures and comments of an event are shown only as a group of at least
 * FEEDBACK_MINIMUM_GROUP — k-anonymity, GB/T 37964-2019 《个人信息去标识化指南》 (K-匿名模型); with two, an
 * attendee who takes away their own answer reads the other's, so three is the smallest group — and only once the event
 * takes no more feedback (closed or cancelled): a summary read at three answers and again at four shows the
 * fourth answer alone (a differencing attack), and staff at the centre see who is at the kiosk when.
 * Comments come in text order, so their order tells nothing of who registered or answered first.
 */
export const FEEDBACK_MINIMUM_GROUP = 3;

export interface FeedbackGiven {
  readonly rating: number;
  readonly comment: string | null;
}

/** Why the figures are not shown: too few answers, or the event still takes them. */
export type FeedbackWithheld = 'too-few' | 'still-open';

export type FeedbackSummary =
  | {
      readonly count: number;
      readonly withheld: null;
      readonly meanRating: number;
      /** Ratings 1…5: how many gave each. */
      readonly byRating: readonly [number, number, number, number, number];
      readonly comments: readonly string[];
    }
  | {
      readonly count: number;
      readonly withheld: FeedbackWithheld;
      readonly meanRating: null;
      readonly byRating: null;
      readonly comments: readonly [];
    };

export const summariseFeedback = (
  feedback: readonly FeedbackGiven[],
  takesMoreFeedback: boolean,
): FeedbackSummary => {
  const count = feedback.length;
  if (count < FEEDBACK_MINIMUM_GROUP)
    return { count, withheld: 'too-few', meanRating: null, byRating: null, comments: [] };
  if (takesMoreFeedback)
    return { count, withheld: 'still-open', meanRating: null, byRating: null, comments: [] };
  const byRating: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const { rating } of feedback) byRating[rating - 1] = (byRating[rating - 1] ?? 0) + 1;
  const sum = feedback.reduce((total, f) => total + f.rating, 0);
  return {
    count,
    withheld: null,
    meanRating: Math.round((sum / count) * 100) / 100,
    byRating,
    comments: feedback
      .flatMap((f) => (f.comment === null || f.comment === '' ? [] : [f.comment]))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  };
};
