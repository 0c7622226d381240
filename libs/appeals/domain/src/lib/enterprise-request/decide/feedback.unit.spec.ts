import { describe, expect, it } from 'vitest';
import type { Rating } from '../../values/rating';
import {
  acceptedOn0930,
  d,
  DEPARTMENT,
  filingEnterprise,
  given,
  on,
  otherEnterprise,
  play,
  rate,
  reopen,
  resolveBy,
  scheduler,
  staff,
  stateOf,
  supervisor,
  type Step,
} from '../test-setup/enterprise-request.fixtures';

// Resolved on its due date 2025-10-28; the enterprise may rate or reopen until 11-18 (15 working days).
const answeredSteps: readonly Step[] = [...acceptedOn0930, ['2025-10-28', resolveBy()]];
const answered = play(answeredSteps);
const closeWindow = { type: 'CloseAfterFeedbackWindow', by: scheduler } as const;

describe('RateRequest: the filing enterprise rates once, within the feedback window', () => {
  it('a satisfied rating on the last day of the window', () => {
    given(answered)
      .when(rate('satisfied'), on('2025-11-18'))
      .then([
        {
          type: 'RequestRated',
          data: { rating: 'satisfied', comment: '', ratedOn: d('2025-11-18'), proof: 'kiosk-walk-in' },
        },
      ]);
    expect(stateOf(play([...answeredSteps, ['2025-11-18', rate('satisfied')]]))).toMatchObject({
      status: 'rated',
      rating: 'satisfied',
    });
  });

  it.each<[Rating, boolean]>([
    ['dissatisfied', true],
    ['very-dissatisfied', true],
    ['fairly-satisfied', false],
    ['very-satisfied', false],
  ])('%s opens a review: %s', (rating, review) => {
    given(answered)
      .when(rate(rating), on('2025-11-03'))
      .thenEvents((events) =>
        expect(events).toEqual([
          {
            type: 'RequestRated',
            data: { rating, comment: '', ratedOn: d('2025-11-03'), proof: 'kiosk-walk-in' },
          },
          ...(review
            ? [
                {
                  type: 'ReviewOpened',
                  data: {
                    orderId: 'req-1-review',
                    reason: 'poor-rating',
                    openedOn: d('2025-11-03'),
                    due: d('2025-11-10'),
                    callbackDue: d('2025-11-04'),
                    rectificationDue: d('2025-11-24'),
                  },
                },
              ]
            : []),
        ]),
      );
  });

  it('the review is a supervision order the supervisor can work', () => {
    const state = stateOf(play([...answeredSteps, ['2025-11-03', rate('very-dissatisfied')]]));
    expect(state.orders).toEqual([
      {
        orderId: 'req-1-review',
        origin: 'poor-rating',
        clock: null,
        issuedOn: '2025-11-03',
        open: true,
        due: '2025-11-10',
        level: 1,
        remindedFor: [],
      },
    ]);
  });

  it('only the filing enterprise rates', () => {
    given(answered)
      .when(rate('very-satisfied', otherEnterprise))
      .thenRejects('not-the-filing-enterprise', 'forbidden');
    given(answered)
      .when(rate('very-satisfied', staff(DEPARTMENT)))
      .thenRejects('not-the-filing-enterprise', 'forbidden');
  });

  it('compares credit codes in their normalised form', () => {
    given(answered)
      .when(
        rate('satisfied', { kind: 'enterprise', creditCode: filingEnterprise.creditCode.toLowerCase() }),
        on('2025-11-03'),
      )
      .thenEvents(([event]) => expect(event?.type).toBe('RequestRated'));
  });

  it('not after the window', () => {
    given(answered)
      .when(rate('satisfied'), on('2025-11-19'))
      .thenRejects('feedback-window-closed', 'conflict');
  });

  it('not before the answer', () => {
    given(play(acceptedOn0930)).when(rate('satisfied')).thenRejects('invalid-transition', 'conflict');
  });

  it('once in the request’s life, even when it is answered again after re-handling', () => {
    const ratedTwice = play([
      ...answeredSteps,
      ['2025-11-03', rate('dissatisfied')],
      [
        '2025-11-04',
        { type: 'OrderRehandling', orderId: 'req-1-review', instruction: '重新核查', by: supervisor },
      ],
      ['2025-11-10', resolveBy()],
    ]);
    expect(stateOf(ratedTwice).status).toBe('answered');
    given(ratedTwice).when(rate('satisfied'), on('2025-11-11')).thenRejects('already-rated', 'conflict');
    given(play([...answeredSteps, ['2025-11-03', rate('satisfied')]]))
      .when(rate('satisfied'), on('2025-11-04'))
      .thenRejects('already-rated', 'conflict');
  });

  it('a known rating and a comment of at most 1000 characters (it may be empty)', () => {
    given(answered)
      .when(rate('meh' as never), on('2025-11-03'))
      .thenRejects('invalid-option', 'validation');
    given(answered)
      .when({ ...rate('satisfied'), comment: '好'.repeat(1001) }, on('2025-11-03'))
      .thenRejects('text-too-long', 'validation');
  });
});

describe('ReopenRequest: instead of rating, back to the same department with a new resolve period', () => {
  it('reopened on 2025-10-30: outcome clocks start again from that day', () => {
    // From 10-30: resolve 15 → 10-31 (1), 11-03 .. 11-07 (6), 11-10 .. 11-14 (11), 11-17 .. 11-20 (15);
    // report-up and inform 5 → 11-06.
    given(answered)
      .when(reopen(), on('2025-10-30'))
      .then([
        {
          type: 'RequestReopened',
          data: {
            reason: '答复未解决实际问题',
            reopenedOn: d('2025-10-30'),
            reopenCount: 1,
            dues: { resolve: d('2025-11-20'), 'report-up': d('2025-11-06'), inform: d('2025-11-06') },
            proof: 'track-page',
          },
        },
      ]);
  });

  it('the same department handles it again, and the reopening is counted', () => {
    const state = stateOf(play([...answeredSteps, ['2025-10-30', reopen()]]));
    expect(state).toMatchObject({
      status: 'in-progress',
      departmentId: DEPARTMENT,
      ownerUnitId: DEPARTMENT,
      reopenCount: 1,
      answer: null,
    });
    expect(state.clocks.resolve).toMatchObject({ status: 'running', start: '2025-10-30', due: '2025-11-20' });
    given(play([...answeredSteps, ['2025-10-30', reopen()]]))
      .when(resolveBy(), on('2025-11-21'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { due: '2025-11-20', onTime: false } }));
  });

  it(`at most policy.maxReopens (2) times`, () => {
    const twice = play([
      ...answeredSteps,
      ['2025-10-30', reopen()],
      ['2025-11-03', resolveBy()],
      ['2025-11-04', reopen()],
      ['2025-11-05', resolveBy()],
    ]);
    expect(stateOf(twice).reopenCount).toBe(2);
    given(twice).when(reopen(), on('2025-11-06')).thenRejects('reopen-limit-reached', 'conflict');
  });

  it('only the filing enterprise, only when answered, within the window, with a reason', () => {
    given(answered)
      .when(reopen(otherEnterprise), on('2025-10-30'))
      .thenRejects('not-the-filing-enterprise', 'forbidden');
    given(play(acceptedOn0930)).when(reopen()).thenRejects('invalid-transition', 'conflict');
    given(answered).when(reopen(), on('2025-11-19')).thenRejects('feedback-window-closed', 'conflict');
    given(answered)
      .when({ ...reopen(), reason: '' }, on('2025-10-30'))
      .thenRejects('text-required', 'validation');
    given(play([...answeredSteps, ['2025-10-30', rate('satisfied')]]))
      .when(reopen(), on('2025-10-31'))
      .thenRejects('invalid-transition', 'conflict');
  });
});

describe('CloseAfterFeedbackWindow (scheduler)', () => {
  it('closes an answered, unrated request the day after its window', () => {
    given(answered).when(closeWindow, on('2025-11-18')).then([]);
    given(answered)
      .when(closeWindow, on('2025-11-19'))
      .then([
        {
          type: 'RequestClosed',
          data: {
            closedOn: d('2025-11-19'),
            reason: 'feedback-window-elapsed',
            callbackDue: d('2025-11-20'),
          },
        },
      ]);
    expect(stateOf(play([...answeredSteps, ['2025-11-19', closeWindow]]))).toMatchObject({
      status: 'closed',
      closedReason: 'feedback-window-elapsed',
    });
  });

  it('nothing to do for a rated, still handled or already closed request', () => {
    given(play([...answeredSteps, ['2025-11-03', rate('satisfied')]]))
      .when(closeWindow, on('2025-11-20'))
      .then([]);
    given(play(acceptedOn0930)).when(closeWindow, on('2025-11-20')).then([]);
    given(play([...answeredSteps, ['2025-11-19', closeWindow]]))
      .when(closeWindow, on('2025-11-20'))
      .then([]);
  });

  it('waits while a 督办 order is open, and closes once the supervisor closed it (督办销号)', () => {
    // The reply (due 10-11) was missed on 10-13: order req-1-reply-1 stays open past the window.
    const supervisedSteps: readonly Step[] = [
      ...acceptedOn0930,
      ['2025-10-13', { type: 'RecordMissedDeadline', clock: 'reply', by: scheduler }],
      ['2025-10-28', resolveBy()],
    ];
    given(play(supervisedSteps)).when(closeWindow, on('2025-11-19')).then([]);
    given(
      play([
        ...supervisedSteps,
        [
          '2025-11-19',
          {
            type: 'CloseSupervisionOrder',
            outcome: 'rectified',
            orderId: 'req-1-reply-1',
            conclusion: '已整改',
            by: supervisor,
          },
        ],
      ]),
    )
      .when(closeWindow, on('2025-11-19'))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['RequestClosed']));
  });

  it('is the scheduler’s', () => {
    given(answered)
      .when({ type: 'CloseAfterFeedbackWindow', by: supervisor as never }, on('2025-11-19'))
      .thenRejects('actor-not-allowed', 'forbidden');
  });
});
