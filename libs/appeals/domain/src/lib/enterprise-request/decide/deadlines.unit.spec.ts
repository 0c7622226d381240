import { describe, expect, it } from 'vitest';
import type { ApproveExtension, PauseClock, ResumeClock } from '../enterprise-request.commands';
import {
  acceptBy,
  acceptedOn0930,
  d,
  DEPARTMENT,
  given,
  handOff,
  missed,
  on,
  OTHER_DEPARTMENT,
  play,
  policy,
  remind,
  resolveBy,
  scheduler,
  staff,
  stateOf,
  submit,
  supervisor,
  type Step,
} from '../test-setup/enterprise-request.fixtures';

const pauseBy = (unitId = DEPARTMENT, reason = '等待企业补充用地红线图'): PauseClock => ({
  type: 'PauseClock',
  cause: 'enterprise-documents',
  reason,
  by: staff(unitId),
});
const resumeBy = (unitId = DEPARTMENT): ResumeClock => ({ type: 'ResumeClock', by: staff(unitId) });
const extend = (reason = '涉及多部门联合踏勘，情况复杂'): ApproveExtension => ({
  type: 'ApproveExtension',
  reason,
  by: supervisor,
});

// Submitted and accepted on Mon 2025-09-29. Working days after it: 09-30 (1), 10-09 (2), 10-10 (3),
// 10-11 Sat 调休 (4), 10-13 (5), ... so accept is due 09-30, reply 10-10, report-up and inform 10-13, resolve 10-27.
const acceptedOn0929: readonly Step[] = [
  ['2025-09-29', submit()],
  ['2025-09-29', handOff()],
  ['2025-09-29', acceptBy()],
];

describe('PauseClock / ResumeClock: waiting for the enterprise stops the clocks', () => {
  it('a pause is recorded with its reason', () => {
    given(play(acceptedOn0929))
      .when(pauseBy(), on('2025-09-30'))
      .then([
        {
          type: 'RequestPaused',
          data: {
            reason: '等待企业补充用地红线图',
            pausedOn: d('2025-09-30'),
            cause: 'enterprise-documents',
            creditUpTo: 5,
          },
        },
      ]);
  });

  it('resuming moves every running clock by the working days in (pausedOn, resumedOn], across 国庆', () => {
    // Paused Tue 09-30, resumed Mon 10-13: 10-09, 10-10, 10-11 (调休) and 10-13 are 4 working days; the 国庆
    // holidays in between cost nothing. New dues, counted by hand from 09-29:
    //   reply 3 + 4 = 7:   09-30, 10-09, 10-10, 10-11, 10-13, 10-14, 10-15
    //   report-up / inform 5 + 4 = 9: ... 10-13, 10-14, 10-15, 10-16, 10-17
    //   resolve 15 + 4 = 19: 10-27 (15), 10-28, 10-29, 10-30, 10-31
    // The accept clock was settled at acceptance and does not move.
    given(play([...acceptedOn0929, ['2025-09-30', pauseBy()]]))
      .when(resumeBy(), on('2025-10-13'))
      .then([
        {
          type: 'RequestResumed',
          data: {
            resumedOn: d('2025-10-13'),
            pausedWorkingDays: 4,
            dues: {
              reply: d('2025-10-15'),
              resolve: d('2025-10-31'),
              'report-up': d('2025-10-17'),
              inform: d('2025-10-17'),
            },
          },
        },
      ]);
  });

  it('the state keeps the total paused and each clock’s share of it', () => {
    const state = stateOf(
      play([
        ...acceptedOn0929,
        ['2025-09-30', pauseBy()],
        ['2025-10-13', resumeBy()],
        ['2025-10-14', pauseBy()],
        ['2025-10-16', resumeBy()],
      ]),
    );
    expect(state.pause).toBeNull();
    expect(state.pausedWorkingDays).toBe(6);
    expect(state.clocks.resolve).toMatchObject({ pausedWorkingDays: 6, due: '2025-11-04' });
    expect(state.clocks.accept).toMatchObject({ pausedWorkingDays: 0, due: '2025-10-09', status: 'met' });
  });

  it('a pause that only spans holidays and a weekend costs no working day', () => {
    given(play([...acceptedOn0929, ['2025-10-01', pauseBy()]]))
      .when(resumeBy(), on('2025-10-08'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { pausedWorkingDays: 0, dues: { resolve: '2025-10-27' } } }),
      );
  });

  it('pausing only while in progress and not already paused; resuming only when paused', () => {
    given(play([['2025-09-29', submit()]]))
      .when(pauseBy())
      .thenRejects('invalid-transition', 'conflict');
    given(play([...acceptedOn0929, ['2025-09-30', pauseBy()]]))
      .when(pauseBy())
      .thenRejects('request-paused', 'conflict');
    given(play(acceptedOn0929)).when(resumeBy()).thenRejects('request-not-paused', 'conflict');
    given(play([...acceptedOn0929, ['2025-10-09', resolveBy()]]))
      .when(pauseBy(), on('2025-10-10'))
      .thenRejects('invalid-transition', 'conflict');
  });

  it('by the handling department, with a reason', () => {
    given(play(acceptedOn0929)).when(pauseBy(OTHER_DEPARTMENT)).thenRejects('not-the-owner', 'forbidden');
    given(play(acceptedOn0929)).when(pauseBy(DEPARTMENT, '')).thenRejects('text-required', 'validation');
    given(play([...acceptedOn0929, ['2025-09-30', pauseBy()]]))
      .when(resumeBy(OTHER_DEPARTMENT))
      .thenRejects('not-the-owner', 'forbidden');
  });
});

// Issue 11 item 2: the handling department could pause its own clock indefinitely.
describe('pauses: a listed cause, a supervisor beyond pauseApprovalAfter (5), a cap per request (30)', () => {
  const paused0930 = play([...acceptedOn0929, ['2025-09-30', pauseBy()]]);

  it('records the cause and what the pause may credit', () => {
    given(play(acceptedOn0929))
      .when(pauseBy(), on('2025-09-30'))
      .then([
        {
          type: 'RequestPaused',
          data: {
            reason: '等待企业补充用地红线图',
            pausedOn: d('2025-09-30'),
            cause: 'enterprise-documents',
            creditUpTo: 5,
          },
        },
      ]);
  });

  it('refuses a cause not on the list, naming the causes in words', () => {
    given(play(acceptedOn0929))
      .when({ ...pauseBy(), cause: 'department-busy' as never }, on('2025-09-30'))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'invalid-option', field: 'cause' });
        expect(error.message.zh).toContain('等待企业补充材料');
        expect(error.message.zh).not.toMatch(/[a-z]-[a-z]/u);
      });
  });

  it('a reply sent during a pause is judged against the paused-adjusted due date', () => {
    // Reply due 10-10; paused 09-30; on 10-13 four working days are credited (10-09, 10, 11, 13): due 10-15.
    given(paused0930)
      .when(
        { type: 'ReplyToEnterprise', message: '正在等待您补充材料', by: staff(DEPARTMENT) },
        on('2025-10-13'),
      )
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { due: '2025-10-15', onTime: true } }));
  });

  it('beyond the 5 credited days the clocks run: the reply goes overdue while still paused', () => {
    // 5 credited days move the reply due date from 10-10 to 10-16 (3 + 5 working days after 09-29).
    given(paused0930).when(missed('reply'), on('2025-10-16')).then([]);
    given(paused0930)
      .when(missed('reply'), on('2025-10-17'))
      .thenEvents((events) =>
        expect(events).toMatchObject([
          { type: 'DeadlineMissed', data: { clock: 'reply', due: '2025-10-16' } },
          { type: 'SupervisionOrderIssued' },
        ]),
      );
    given(paused0930)
      .when(remind('reply'), on('2025-10-16'))
      .thenEvents((events) => expect(events).toMatchObject([{ data: { due: '2025-10-16' } }]));
  });

  it('resuming credits at most what the pause was allowed; the rest is on the record', () => {
    // 09-30 to 10-20: 9 working days elapsed, 5 credited.
    given(paused0930)
      .when(resumeBy(), on('2025-10-20'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          data: { pausedWorkingDays: 5, uncreditedWorkingDays: 4, dues: { reply: '2025-10-16' } },
        }),
      );
  });

  it('a supervisor may allow a longer pause, within the cap', () => {
    const approve = (upToWorkingDays: number) =>
      ({
        type: 'ApprovePauseExtension',
        upToWorkingDays,
        reason: '需组织专家现场论证',
        by: supervisor,
      }) as const;
    given(paused0930)
      .when(approve(10), on('2025-10-13'))
      .then([
        {
          type: 'PauseExtensionApproved',
          data: {
            approvedBy: 'supervisor-1',
            upToWorkingDays: 10,
            reason: '需组织专家现场论证',
            approvedOn: d('2025-10-13'),
          },
        },
      ]);
    const approved = play([...acceptedOn0929, ['2025-09-30', pauseBy()], ['2025-10-13', approve(10)]]);
    given(approved).when(missed('reply'), on('2025-10-17')).then([]);
    given(paused0930).when(approve(31), on('2025-10-13')).thenRejects('pause-extension-out-of-range');
    given(paused0930).when(approve(5), on('2025-10-13')).thenRejects('pause-extension-out-of-range');
    given(paused0930)
      .when({ ...approve(10), by: staff(DEPARTMENT) as never }, on('2025-10-13'))
      .thenRejects('actor-not-allowed', 'forbidden');
  });

  it('the cap per request: once used up, no further pause, naming the setting', () => {
    const capped = { policy: { ...policy, pauseCapPerRequest: 6 } };
    const steps: Step[] = [
      ...acceptedOn0929,
      ['2025-09-30', pauseBy()],
      ['2025-10-20', resumeBy()],
      ['2025-10-21', pauseBy()],
    ];
    const history = play(steps, capped);
    expect(history.at(-1)).toMatchObject({ data: { creditUpTo: 1 } });
    given(play([...steps, ['2025-10-23', resumeBy()]], capped))
      .when(pauseBy(), on('2025-10-24', capped))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'pause-cap-reached', rule: { setting: 'pauseCapPerRequest' } });
        expect(error.message.zh).toContain('暂停累计上限为6');
      });
  });
});

describe('ApproveExtension: one extension of the resolve limit for complex cases', () => {
  it('resolve due = addWorkingDays(submittedOn, extendedResolveWithin): 30 working days from 2025-09-30', () => {
    // After 10-28 (15): 10-29 .. 10-31 (18), 11-03 .. 11-07 (23), 11-10 .. 11-14 (28), 11-17 (29), 11-18 (30).
    given(play(acceptedOn0930))
      .when(extend(), on('2025-10-20'))
      .then([
        {
          type: 'ResolutionExtended',
          data: {
            approvedBy: 'supervisor-1',
            reason: '涉及多部门联合踏勘，情况复杂',
            resolveDue: d('2025-11-18'),
          },
        },
      ]);
  });

  it('keeps the working days already paused: addWorkingDays(09-29, 30 + 4)', () => {
    // From 10-27 (15): 10-28 .. 10-31 (19), 11-03 .. 11-07 (24), 11-10 .. 11-14 (29), 11-17 .. 11-21 (34).
    given(play([...acceptedOn0929, ['2025-09-30', pauseBy()], ['2025-10-13', resumeBy()]]))
      .when(extend(), on('2025-10-20'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { resolveDue: '2025-11-21' } }));
  });

  it('a later pause moves the extended due date too', () => {
    const state = stateOf(
      play([
        ...acceptedOn0930,
        ['2025-10-20', extend()],
        ['2025-10-20', pauseBy()],
        ['2025-10-21', resumeBy()],
      ]),
    );
    expect(state.clocks.resolve).toMatchObject({ limit: 30, pausedWorkingDays: 1, due: '2025-11-19' });
  });

  // Issue 11 item 3: approved after the deadline, an extension turned a late resolution into an on-time one.
  it('only before the resolve clock’s due date (10-28): a missed clock stays missed', () => {
    given(play(acceptedOn0930))
      .when(extend(), on('2025-10-28'))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ResolutionExtended']));
    given(play(acceptedOn0930))
      .when(extend(), on('2025-10-29'))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'extension-after-due-date', kind: 'conflict' });
        expect(error.rule).toMatchObject({ rule: 'extension' });
        expect(error.message.zh).toContain('2025-10-28');
      });
  });

  it('a resolution after a recorded miss stays late after a pause and resume', () => {
    const history = play([
      ...acceptedOn0930,
      ['2025-10-29', missed('resolve')],
      ['2025-10-29', pauseBy()],
      ['2025-11-05', resumeBy()],
    ]);
    expect(stateOf(history).clocks.resolve).toMatchObject({ missed: true });
    given(history)
      .when(resolveBy(), on('2025-11-05'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { onTime: false } }));
  });

  it('a second extension is refused', () => {
    given(play([...acceptedOn0930, ['2025-10-20', extend()]]))
      .when(extend(), on('2025-10-21'))
      .thenRejects('extension-already-granted', 'conflict');
  });

  it('by a supervisor, while in progress, with a reason', () => {
    given(play(acceptedOn0930))
      .when({ ...extend(), by: staff(DEPARTMENT) as never })
      .thenRejects('actor-not-allowed', 'forbidden');
    given(play([['2025-09-30', submit()]]))
      .when(extend())
      .thenRejects('invalid-transition', 'conflict');
    given(play(acceptedOn0930)).when(extend(' ')).thenRejects('text-required', 'validation');
  });
});

describe('RecordDeadlineReminder (scheduler): once per clock per due date, from the reminder day', () => {
  // Resolve: 15 working days, reminder at ⌈0.75 × 15⌉ = the 12th working day after 09-30, which is 10-23.
  const accepted = play(acceptedOn0930);

  it('nothing before the reminder day', () => {
    given(accepted).when(remind('resolve'), on('2025-10-22')).then([]);
  });

  it('on the reminder day', () => {
    given(accepted)
      .when(remind('resolve'), on('2025-10-23'))
      .then([
        {
          type: 'DeadlineApproaching',
          data: { clock: 'resolve', due: d('2025-10-28'), remindedOn: d('2025-10-23'), stage: 'advance' },
        },
      ]);
  });

  it('only once for the same due date', () => {
    given(play([...acceptedOn0930, ['2025-10-23', remind('resolve')]]))
      .when(remind('resolve'), on('2025-10-27'))
      .then([]);
  });

  it('again when the due date moved (after a pause)', () => {
    const history = play([
      ...acceptedOn0930,
      ['2025-10-23', remind('resolve')],
      ['2025-10-23', pauseBy()],
      ['2025-10-24', resumeBy()],
    ]);
    given(history)
      .when(remind('resolve'), on('2025-10-24'))
      .then([
        {
          type: 'DeadlineApproaching',
          data: { clock: 'resolve', due: d('2025-10-29'), remindedOn: d('2025-10-24'), stage: 'advance' },
        },
      ]);
  });

  // Issue 11 item 6: ⌈0.75 × 3⌉ = 3 put the only reminder of a 3-day clock on its due day.
  it('临期预警 at least one working day before a short clock’s due date, and again on the due day', () => {
    // Reply: 3 working days from 09-30 (10-09, 10-10, 10-11 调休): warned on day 2 (10-10), due 10-11.
    given(accepted).when(remind('reply'), on('2025-10-09')).then([]);
    given(accepted)
      .when(remind('reply'), on('2025-10-10'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { clock: 'reply', due: '2025-10-11', stage: 'advance' } }),
      );
    const warned = play([...acceptedOn0930, ['2025-10-10', remind('reply')]]);
    given(warned).when(remind('reply'), on('2025-10-10')).then([]);
    given(warned)
      .when(remind('reply'), on('2025-10-11'))
      .then([
        {
          type: 'DeadlineApproaching',
          data: { clock: 'reply', due: d('2025-10-11'), remindedOn: d('2025-10-11'), stage: 'due-day' },
        },
      ]);
    given(play([...acceptedOn0930, ['2025-10-10', remind('reply')], ['2025-10-11', remind('reply')]]))
      .when(remind('reply'), on('2025-10-11'))
      .then([]);
  });

  it('a 1-day clock is warned on its first day and again on its due day', () => {
    // Accept: 1 working day from 09-30, due 10-09 (after 国庆): warned on 09-30 itself.
    const submitted = play([['2025-09-30', submit()]]);
    given(submitted)
      .when(remind('accept'), on('2025-09-30'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { stage: 'advance', due: '2025-10-09' } }),
      );
    given(submitted)
      .when(remind('accept'), on('2025-10-09'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { stage: 'due-day' } }));
  });

  it('the share is the jurisdiction’s: at 0.5, ⌈7.5⌉ = the 8th working day, 10-17', () => {
    const halfway = { ...policy, reminderAt: 0.5 };
    given(accepted)
      .when(remind('resolve'), on('2025-10-16', { policy: halfway }))
      .then([]);
    given(accepted)
      .when(remind('resolve'), on('2025-10-17', { policy: halfway }))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('nothing for a clock that stopped, while a credited pause moves it, or once past due', () => {
    given(accepted).when(remind('accept'), on('2025-10-09')).then([]);
    given(play([...acceptedOn0930, ['2025-10-20', pauseBy()]]))
      .when(remind('resolve'), on('2025-10-23'))
      .then([]);
    given(accepted).when(remind('resolve'), on('2025-10-29')).then([]);
    given(play([...acceptedOn0930, ['2025-10-20', resolveBy()]]))
      .when(remind('resolve'), on('2025-10-23'))
      .then([]);
  });

  it('is the scheduler’s, for a known clock', () => {
    given(accepted)
      .when({ type: 'RecordDeadlineReminder', clock: 'resolve', by: supervisor as never })
      .thenRejects('actor-not-allowed', 'forbidden');
    given(accepted)
      .when({ type: 'RecordDeadlineReminder', clock: 'lunch' as never, by: scheduler })
      .thenRejects('invalid-option', 'validation');
  });
});

describe('RecordMissedDeadline (scheduler): an overdue clock raises DeadlineMissed and a 督办 order', () => {
  const submitted = play([['2025-09-30', submit()]]);

  it('nothing on the due date itself', () => {
    given(submitted).when(missed('accept'), on('2025-10-09')).then([]);
  });

  it('the day after the due date, with a deterministic order id', () => {
    given(submitted)
      .when(missed('accept'), on('2025-10-10'))
      .then([
        {
          type: 'DeadlineMissed',
          data: { clock: 'accept', due: d('2025-10-09'), detectedOn: d('2025-10-10') },
        },
        {
          type: 'SupervisionOrderIssued',
          // 督办 has its own limit (supervisionOrderWithin, 5 working days; 10-11 is a 调休 Saturday).
          data: {
            orderId: 'req-1-accept-1',
            clock: 'accept',
            issuedOn: d('2025-10-10'),
            due: d('2025-10-16'),
          },
        },
      ]);
  });

  it('once per due date: running the scheduler again records nothing new', () => {
    given(
      play([
        ['2025-09-30', submit()],
        ['2025-10-10', missed('accept')],
      ]),
    )
      .when(missed('accept'), on('2025-10-13'))
      .then([]);
  });

  it('near the end of a year whose next notice is not loaded, the miss and its 督办 are recorded all the same', () => {
    // Submitted 2026-12-01: accept due 12-02; missed on 12-28, the order's 5 working days reach into 2027.
    given(play([['2026-12-01', submit()]]))
      .when(missed('accept'), on('2026-12-28'))
      .thenEvents((events) =>
        expect(events.map((e) => e.type)).toEqual(['DeadlineMissed', 'SupervisionOrderIssued']),
      );
  });

  it('a pause does not move a clock already past due: no new due date, no second order', () => {
    // Resolve (due 10-28) missed on 10-29; paused 10-29 and resumed 10-30: the due date stays 10-28.
    const history = play([
      ...acceptedOn0930,
      ['2025-10-29', missed('resolve')],
      ['2025-10-29', pauseBy()],
      ['2025-10-30', resumeBy()],
    ]);
    expect(stateOf(history).clocks.resolve).toMatchObject({ due: '2025-10-28', missed: true });
    given(history).when(missed('resolve'), on('2025-10-30')).then([]);
  });

  it('a paused request goes overdue once the pause has used the days it was allowed', () => {
    // Paused 10-20 with 5 creditable days: the resolve due date moves from 10-28 to 11-04, missed on 11-05.
    const paused = play([...acceptedOn0930, ['2025-10-20', pauseBy()]]);
    given(paused).when(missed('resolve'), on('2025-11-04')).then([]);
    given(paused)
      .when(missed('resolve'), on('2025-11-05'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { clock: 'resolve', due: '2025-11-04' } }),
      );
  });

  it('report-up and inform, unplanned, are judged when their outcome happens', () => {
    given(submitted).when(missed('report-up'), on('2025-11-20')).then([]);
    given(submitted).when(missed('inform'), on('2025-11-20')).then([]);
  });

  // Issue 11 item 7: 报出 and 告知 never went overdue and never raised 督办.
  it('once the department plans 报出 or 告知, that clock goes overdue by time and raises 督办', () => {
    // Accepted 09-30: inform due 10-14 (5 working days).
    const planned = play([
      ...acceptedOn0930,
      [
        '2025-10-09',
        { type: 'PlanOutcome', outcome: 'inform', note: '属生态保护红线，拟告知', by: staff(DEPARTMENT) },
      ],
    ]);
    expect(planned.at(-1)).toMatchObject({ type: 'OutcomePlanned', data: { due: '2025-10-14' } });
    given(planned).when(missed('inform'), on('2025-10-14')).then([]);
    given(planned)
      .when(missed('inform'), on('2025-10-15'))
      .thenEvents((events) =>
        expect(events).toMatchObject([
          { type: 'DeadlineMissed', data: { clock: 'inform', due: '2025-10-14' } },
          { type: 'SupervisionOrderIssued', data: { clock: 'inform' } },
        ]),
      );
    given(planned).when(missed('report-up'), on('2025-10-15')).then([]);
    given(planned)
      .when({ type: 'PlanOutcome', outcome: 'report-up', note: 'x', by: staff(DEPARTMENT) }, on('2025-10-10'))
      .thenRejects('outcome-already-planned', 'conflict');
    given(play(acceptedOn0930))
      .when(
        { type: 'PlanOutcome', outcome: 'inform', note: 'x', by: staff(OTHER_DEPARTMENT) },
        on('2025-10-10'),
      )
      .thenRejects('not-the-handling-department', 'forbidden');
  });

  it('nothing for a settled clock', () => {
    given(play(acceptedOn0930)).when(missed('accept'), on('2025-11-20')).then([]);
  });

  it('reply and resolve go overdue too', () => {
    given(play(acceptedOn0930))
      .when(missed('reply'), on('2025-10-13'))
      .thenEvents((events) =>
        expect(events.map((e) => e.type)).toEqual(['DeadlineMissed', 'SupervisionOrderIssued']),
      );
  });

  it('the order is open on the request', () => {
    const state = stateOf(
      play([
        ['2025-09-30', submit()],
        ['2025-10-10', missed('accept')],
      ]),
    );
    expect(state.orders).toEqual([
      {
        orderId: 'req-1-accept-1',
        origin: 'missed-deadline',
        clock: 'accept',
        issuedOn: '2025-10-10',
        open: true,
        due: '2025-10-16',
        level: 1,
        remindedFor: [],
      },
    ]);
    expect(state.clocks.accept.missedFor).toEqual(['2025-10-09']);
    expect(state.clocks.accept.status).toBe('running');
  });
});

describe('deadline arithmetic around 春节 2026', () => {
  it('a pause over the whole festival costs only the 调休 Saturdays worked', () => {
    // Submitted and accepted Thu 2026-02-12; paused 02-13, resumed 02-24: in (02-13, 02-24] only Sat 02-14 (调休)
    // and Tue 02-24 are working days. Resolve was due 03-11 (15 working days); it moves 2 to Fri 03-13.
    given(
      play([
        ['2026-02-12', submit()],
        ['2026-02-12', handOff()],
        ['2026-02-12', acceptBy()],
        ['2026-02-13', pauseBy()],
      ]),
    )
      .when(resumeBy(), on('2026-02-24'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { pausedWorkingDays: 2, dues: { resolve: '2026-03-13' } } }),
      );
  });

  it('the accept clock of a request filed before the festival is missed only after 02-14, a worked Saturday', () => {
    // Submitted Fri 02-13: accept due Sat 02-14 (调休). Missed from Sun 02-15 on, even in the holidays.
    const submitted = play([['2026-02-13', submit()]]);
    given(submitted).when(missed('accept'), on('2026-02-14')).then([]);
    given(submitted)
      .when(missed('accept'), on('2026-02-15'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { due: '2026-02-14' } }));
  });
});
