import { describe, expect, it } from 'vitest';
import type { EnterpriseRequestCommand } from '../enterprise-request.commands';
import {
  acceptedOn0930,
  d,
  DEPARTMENT,
  given,
  on,
  OTHER_DEPARTMENT,
  play,
  rate,
  resolveBy,
  scheduler,
  staff,
  stateOf,
  supervisor,
  type Step,
} from '../test-setup/enterprise-request.fixtures';

// Issue 11 item 13: 好差评 after the rating — 回访, 整改, 申诉, and the callback for unrated answers.
// Resolved 10-28; rated 不满意 on Mon 11-03: callback due 11-04 (1 working day), rectification 11-24 (15).
const ratedPoorSteps: readonly Step[] = [
  ...acceptedOn0930,
  ['2025-10-28', resolveBy()],
  ['2025-11-03', rate('dissatisfied')],
];
const ratedPoor = play(ratedPoorSteps);

const callback = (answer: 'satisfied' | null = null): EnterpriseRequestCommand => ({
  type: 'RecordCallback',
  answer,
  note: '电话回访，企业表示仍有顾虑',
  by: supervisor,
});
const rectify: EnterpriseRequestCommand = {
  type: 'ReportRectification',
  note: '已约谈经办人，重新核定并书面答复',
  by: staff(DEPARTMENT),
};
const followUp = (kind: 'callback' | 'rectification'): EnterpriseRequestCommand => ({
  type: 'RecordFollowUpDeadline',
  followUp: kind,
  by: scheduler,
});

describe('a poor rating opens 回访 and 整改 clocks', () => {
  it('with their due dates from the policy', () => {
    expect(ratedPoor.at(-1)).toMatchObject({
      type: 'ReviewOpened',
      data: { callbackDue: '2025-11-04', rectificationDue: '2025-11-24' },
    });
  });

  it('the callback is the supervision office’s, never the department’s, and judged against its due date', () => {
    given(ratedPoor)
      .when(callback(), on('2025-11-04'))
      .then([
        {
          type: 'CallbackRecorded',
          data: {
            supervisorId: 'supervisor-1',
            kind: 'poor-rating',
            answer: null,
            note: '电话回访，企业表示仍有顾虑',
            calledOn: d('2025-11-04'),
            due: d('2025-11-04'),
            onTime: true,
          },
        },
      ]);
    given(ratedPoor)
      .when({ ...callback(), by: staff(DEPARTMENT) as never }, on('2025-11-04'))
      .thenRejects('actor-not-allowed', 'forbidden');
    given(play([...ratedPoorSteps, ['2025-11-04', callback()]]))
      .when(callback(), on('2025-11-05'))
      .thenRejects('no-follow-up-due', 'conflict');
  });

  it('rectification is reported by the handling department', () => {
    given(ratedPoor)
      .when(rectify, on('2025-11-20'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          type: 'RectificationReported',
          data: { onTime: true, due: '2025-11-24' },
        }),
      );
    given(ratedPoor)
      .when({ ...rectify, by: staff(OTHER_DEPARTMENT) } as EnterpriseRequestCommand, on('2025-11-20'))
      .thenRejects('not-the-handling-department', 'forbidden');
  });

  it('both clocks have reminders and record misses', () => {
    given(ratedPoor)
      .when(followUp('callback'), on('2025-11-03'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ type: 'FollowUpReminded', data: { due: '2025-11-04' } }),
      );
    given(ratedPoor)
      .when(followUp('callback'), on('2025-11-05'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ type: 'FollowUpMissed', data: { followUp: 'callback' } }),
      );
    given(ratedPoor).when(followUp('rectification'), on('2025-11-20')).then([]);
    given(ratedPoor)
      .when(followUp('rectification'), on('2025-11-21'))
      .thenEvents(([event]) => expect(event).toMatchObject({ type: 'FollowUpReminded' }));
    const late = play([...ratedPoorSteps, ['2025-11-05', followUp('callback')]]);
    given(late)
      .when(callback(), on('2025-11-06'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { onTime: false } }));
  });
});

describe('申诉: the department appeals a rating it believes mistaken; the supervisor decides with reasons', () => {
  const appeal: EnterpriseRequestCommand = {
    type: 'AppealRating',
    reason: '企业诉求已依法办结，不满意系对政策本身有意见',
    by: staff(DEPARTMENT),
  };

  it('appealed once, decided once', () => {
    const appealed = play([...ratedPoorSteps, ['2025-11-04', appeal]]);
    expect(stateOf(appealed).ratingAppeal).toEqual({ status: 'pending' });
    given(appealed).when(appeal, on('2025-11-05')).thenRejects('rating-already-appealed');
    given(appealed)
      .when(
        { type: 'DecideRatingAppeal', upheld: true, reason: '经回访核实，评价针对政策本身', by: supervisor },
        on('2025-11-06'),
      )
      .then([
        {
          type: 'RatingAppealDecided',
          data: {
            supervisorId: 'supervisor-1',
            upheld: true,
            reason: '经回访核实，评价针对政策本身',
            decidedOn: d('2025-11-06'),
          },
        },
      ]);
    given(ratedPoor)
      .when({ type: 'DecideRatingAppeal', upheld: false, reason: 'x', by: supervisor })
      .thenRejects('no-appeal-pending');
  });

  it('only against a poor rating, only by the handling department', () => {
    given(play([...acceptedOn0930, ['2025-10-28', resolveBy()], ['2025-11-03', rate('satisfied')]]))
      .when(appeal, on('2025-11-04'))
      .thenRejects('nothing-to-appeal');
    given(ratedPoor)
      .when({ ...appeal, by: staff(OTHER_DEPARTMENT) } as EnterpriseRequestCommand, on('2025-11-04'))
      .thenRejects('not-the-handling-department', 'forbidden');
  });
});

describe('unrated when the window closes: a callback records the enterprise’s own answer', () => {
  it('the close sets the callback due; the supervision office records the answer', () => {
    const closed = play([
      ...acceptedOn0930,
      ['2025-10-28', resolveBy()],
      ['2025-11-19', { type: 'CloseAfterFeedbackWindow', by: scheduler }],
    ]);
    expect(closed.at(-1)).toMatchObject({ type: 'RequestClosed', data: { callbackDue: '2025-11-20' } });
    given(closed)
      .when(callback('satisfied'), on('2025-11-20'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { kind: 'unrated', answer: 'satisfied', onTime: true } }),
      );
  });
});
