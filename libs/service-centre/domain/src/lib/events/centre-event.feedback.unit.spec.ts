import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_MINIMUM_GROUP, type FeedbackGiven, summariseFeedback } from './centre-event.feedback';

const given = (...feedback: FeedbackGiven[]) => ({
  whileOpen: () => summariseFeedback(feedback, true),
  once: () => summariseFeedback(feedback, false),
});

describe('the feedback staff read of an event', () => {
  it('given one or two answers, shows only their count, even once the event is closed', () => {
    expect(given({ rating: 2, comment: '讲得太快' }).once()).toEqual({
      count: 1,
      withheld: 'too-few',
      meanRating: null,
      byRating: null,
      comments: [],
    });
    expect(given({ rating: 5, comment: null }, { rating: 4, comment: '很实用' }).once()).toMatchObject({
      count: 2,
      withheld: 'too-few',
      comments: [],
    });
  });

  it('given three answers while the event still takes feedback, shows only the count', () => {
    const three = given(
      { rating: 5, comment: 'a' },
      { rating: 4, comment: 'b' },
      { rating: 3, comment: 'c' },
    );
    expect(three.whileOpen()).toEqual({
      count: 3,
      withheld: 'still-open',
      meanRating: null,
      byRating: null,
      comments: [],
    });
  });

  it('given three answers once it takes no more, shows the mean, the spread and the comments in text order', () => {
    expect(
      given(
        { rating: 5, comment: '政策讲得很清楚' },
        { rating: 4, comment: null },
        { rating: 4, comment: '案例很实用' },
      ).once(),
    ).toEqual({
      count: 3,
      withheld: null,
      meanRating: 4.33,
      byRating: [0, 0, 0, 2, 1],
      comments: ['政策讲得很清楚', '案例很实用'].sort(),
    });
  });

  it('never shows a figure or comment of fewer than the minimum group, and never tells the order answers came in (property)', () => {
    const answer = fc.record({
      rating: fc.integer({ min: 1, max: 5 }),
      comment: fc.option(fc.string({ maxLength: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), fc.boolean(), (feedback, open) => {
        const summary = summariseFeedback(feedback, open);
        expect(summary.count).toBe(feedback.length);
        if (feedback.length < FEEDBACK_MINIMUM_GROUP || open) {
          expect(summary).toMatchObject({ meanRating: null, byRating: null, comments: [] });
          return;
        }
        const reversed = summariseFeedback([...feedback].reverse(), open);
        expect(reversed).toEqual(summary);
        expect(summary.byRating?.reduce((a, b) => a + b, 0)).toBe(feedback.length);
      }),
    );
  });
});
