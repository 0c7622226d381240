import { describe, expect, it } from 'vitest';
import type {
  AddSupervisionNote,
  CloseSupervisionOrder,
  OrderRehandling,
} from '../enterprise-request.commands';
import {
  acceptedOn0930,
  CENTRE,
  d,
  DEPARTMENT,
  given,
  missed,
  on,
  play,
  resolveBy,
  staff,
  stateOf,
  submit,
  scheduler,
  supervisor,
  type Step,
} from '../test-setup/enterprise-request.fixtures';

const rehandle = (orderId: string, instruction = '请于五个工作日内重新办理并书面答复'): OrderRehandling => ({
  type: 'OrderRehandling',
  orderId,
  instruction,
  by: supervisor,
});
const note = (orderId: string, text = '已电话督促承办部门'): AddSupervisionNote => ({
  type: 'AddSupervisionNote',
  orderId,
  note: text,
  by: supervisor,
});
const closeOrder = (orderId: string, conclusion = '已整改到位'): CloseSupervisionOrder => ({
  type: 'CloseSupervisionOrder',
  outcome: 'rectified',
  orderId,
  conclusion,
  by: supervisor,
});

// The accept clock (due 10-09) is missed on 10-10: order req-1-accept-1.
const acceptMissedSteps: readonly Step[] = [
  ['2025-09-30', submit()],
  ['2025-10-10', missed('accept')],
];
const acceptMissed = play(acceptMissedSteps);

// Accepted 09-30, the reply (due 10-11) missed on 10-13: order req-1-reply-1; then resolved on 10-20.
const answeredAfterMissSteps: readonly Step[] = [
  ...acceptedOn0930,
  ['2025-10-13', missed('reply')],
  ['2025-10-20', resolveBy()],
];

describe('OrderRehandling (督办) on an open order', () => {
  it('a request still being handled only gets the instruction on record', () => {
    given(acceptMissed)
      .when(rehandle('req-1-accept-1'), on('2025-10-13'))
      .then([
        {
          type: 'RehandlingOrdered',
          data: {
            orderId: 'req-1-accept-1',
            supervisorId: 'supervisor-1',
            instruction: '请于五个工作日内重新办理并书面答复',
            orderedOn: d('2025-10-13'),
            dues: {},
          },
        },
      ]);
    const state = stateOf(play([...acceptMissedSteps, ['2025-10-13', rehandle('req-1-accept-1')]]));
    expect(state).toMatchObject({ status: 'received', ownerUnitId: CENTRE });
  });

  it('an answered request goes back in progress at the same department, with a new resolve due from today', () => {
    // From Wed 10-22: resolve 15 → 10-23 (1), 10-24 (2), 10-27 .. 10-31 (7), 11-03 .. 11-07 (12), 11-12 (15);
    // report-up and inform 5 → 10-29.
    given(play(answeredAfterMissSteps))
      .when(rehandle('req-1-reply-1'), on('2025-10-22'))
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          type: 'RehandlingOrdered',
          data: {
            orderedOn: '2025-10-22',
            dues: { resolve: '2025-11-12', 'report-up': '2025-10-29', inform: '2025-10-29' },
          },
        }),
      );
    const state = stateOf(play([...answeredAfterMissSteps, ['2025-10-22', rehandle('req-1-reply-1')]]));
    expect(state).toMatchObject({
      status: 'in-progress',
      departmentId: DEPARTMENT,
      ownerUnitId: DEPARTMENT,
      answer: null,
    });
    expect(state.clocks.resolve).toMatchObject({ status: 'running', due: '2025-11-12' });
    expect(state.clocks.reply.status).toBe('late');
    expect(state.orders.find((o) => o.orderId === 'req-1-reply-1')?.open).toBe(true);
  });

  it('the order must exist on this request and still be open', () => {
    given(acceptMissed)
      .when(rehandle('req-1-resolve-1'))
      .thenRejects('supervision-order-not-found', 'not-found');
    given(play([...acceptMissedSteps, ['2025-10-13', closeOrder('req-1-accept-1')]]))
      .when(rehandle('req-1-accept-1'))
      .thenRejects('supervision-order-closed', 'conflict');
  });

  it('by a supervisor, with an instruction, not on a closed request', () => {
    given(acceptMissed)
      .when({ ...rehandle('req-1-accept-1'), by: staff(CENTRE) as never })
      .thenRejects('actor-not-allowed', 'forbidden');
    given(acceptMissed).when(rehandle('req-1-accept-1', ' ')).thenRejects('text-required', 'validation');
  });
});

describe('AddSupervisionNote and CloseSupervisionOrder', () => {
  it('notes go on an open order', () => {
    given(acceptMissed)
      .when(note('req-1-accept-1'))
      .then([
        {
          type: 'SupervisionNoteAdded',
          data: { orderId: 'req-1-accept-1', supervisorId: 'supervisor-1', note: '已电话督促承办部门' },
        },
      ]);
  });

  it('closing records the conclusion and closes the order', () => {
    given(acceptMissed)
      .when(closeOrder('req-1-accept-1'))
      .then([
        {
          type: 'SupervisionOrderClosed',
          data: {
            orderId: 'req-1-accept-1',
            supervisorId: 'supervisor-1',
            conclusion: '已整改到位',
            outcome: 'rectified',
          },
        },
      ]);
    expect(
      stateOf(play([...acceptMissedSteps, ['2025-10-13', closeOrder('req-1-accept-1')]])).orders,
    ).toEqual([
      {
        orderId: 'req-1-accept-1',
        origin: 'missed-deadline',
        clock: 'accept',
        issuedOn: '2025-10-10',
        open: false,
        due: '2025-10-16',
        level: 1,
        remindedFor: [],
      },
    ]);
  });

  it('an order outlives the request’s handling: notes and closing work on an answered request', () => {
    const closed = play(answeredAfterMissSteps);
    given(closed)
      .when(note('req-1-reply-1'))
      .thenEvents((events) => expect(events).toHaveLength(1));
    given(closed)
      .when(closeOrder('req-1-reply-1'))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('unknown or closed orders, missing text, someone other than a supervisor', () => {
    given(acceptMissed).when(note('nope')).thenRejects('supervision-order-not-found', 'not-found');
    given(acceptMissed).when(closeOrder('nope')).thenRejects('supervision-order-not-found', 'not-found');
    const closedOrder = play([...acceptMissedSteps, ['2025-10-13', closeOrder('req-1-accept-1')]]);
    given(closedOrder).when(note('req-1-accept-1')).thenRejects('supervision-order-closed', 'conflict');
    given(closedOrder).when(closeOrder('req-1-accept-1')).thenRejects('supervision-order-closed', 'conflict');
    given(acceptMissed).when(note('req-1-accept-1', '')).thenRejects('text-required', 'validation');
    given(acceptMissed).when(closeOrder('req-1-accept-1', '')).thenRejects('text-required', 'validation');
    given(acceptMissed)
      .when({ ...note('req-1-accept-1'), by: { kind: 'scheduler' } as never })
      .thenRejects('actor-not-allowed', 'forbidden');
  });
});

// Issue 11 item 4: 核减 — a justified 告知 or an approved 报出 leaves the resolution denominator.
describe('ApproveRateExclusion (核减) by the supervisor', () => {
  const exclude = {
    type: 'ApproveRateExclusion',
    reason: '确属上级事权，已按程序报出',
    by: supervisor,
  } as const;
  const informedSteps: readonly Step[] = [
    ...acceptedOn0930,
    [
      '2025-10-10',
      {
        type: 'InformCannotHandle',
        reason: '该地块属于生态保护红线范围',
        basis: '《土地管理法》',
        by: staff(DEPARTMENT),
      },
    ],
  ];

  it('on an 告知 or 报出 answer, with a reason', () => {
    given(play(informedSteps))
      .when(exclude, on('2025-10-13'))
      .then([
        {
          type: 'RateExclusionApproved',
          data: {
            outcome: 'inform',
            supervisorId: 'supervisor-1',
            reason: '确属上级事权，已按程序报出',
            approvedOn: d('2025-10-13'),
          },
        },
      ]);
    expect(stateOf(play([...informedSteps, ['2025-10-13', exclude]])).answer).toMatchObject({
      excluded: true,
    });
  });

  it('never for a resolution, twice, without a reason, or by anyone but a supervisor', () => {
    given(play(answeredAfterMissSteps))
      .when(exclude, on('2025-10-21'))
      .thenRejects('not-excludable', 'conflict');
    given(play([...informedSteps, ['2025-10-13', exclude]]))
      .when(exclude, on('2025-10-14'))
      .thenRejects('already-excluded', 'conflict');
    given(play(informedSteps))
      .when({ ...exclude, reason: ' ' })
      .thenRejects('text-required', 'validation');
    given(play(informedSteps))
      .when({ ...exclude, by: staff(DEPARTMENT) as never })
      .thenRejects('actor-not-allowed', 'forbidden');
    given(play(acceptedOn0930)).when(exclude).thenRejects('invalid-transition', 'conflict');
  });
});

// Issue 11 item 9: supervision orders had no deadline and could close without an outcome.
describe('督办 orders run on working-day clocks and close with an outcome (督办销号)', () => {
  // Order req-1-accept-1 issued 10-10, due 10-16 (5 working days, 10-11 a 调休 Saturday).
  const orderDeadline = { type: 'RecordOrderDeadline', orderId: 'req-1-accept-1', by: scheduler } as const;

  it('a reminder one working day before the order is due, once', () => {
    given(acceptMissed).when(orderDeadline, on('2025-10-14')).then([]);
    given(acceptMissed)
      .when(orderDeadline, on('2025-10-15'))
      .then([
        {
          type: 'SupervisionOrderReminded',
          data: { orderId: 'req-1-accept-1', due: d('2025-10-16'), remindedOn: d('2025-10-15') },
        },
      ]);
    given(play([...acceptMissedSteps, ['2025-10-15', orderDeadline]]))
      .when(orderDeadline, on('2025-10-16'))
      .then([]);
  });

  it('still open past its due date, it is escalated once to 党工委、管委会 with a new due date', () => {
    given(acceptMissed)
      .when(orderDeadline, on('2025-10-17'))
      .then([
        {
          type: 'SupervisionOrderEscalated',
          data: {
            orderId: 'req-1-accept-1',
            toLevel: 2,
            missedDue: d('2025-10-16'),
            escalatedOn: d('2025-10-17'),
            due: d('2025-10-24'),
          },
        },
      ]);
    const escalated = play([...acceptMissedSteps, ['2025-10-17', orderDeadline]]);
    expect(stateOf(escalated).orders[0]).toMatchObject({ level: 2, due: '2025-10-24' });
    given(escalated).when(orderDeadline, on('2025-10-27')).then([]);
    given(play([...acceptMissedSteps, ['2025-10-13', closeOrder('req-1-accept-1')]]))
      .when(orderDeadline, on('2025-10-17'))
      .then([]);
  });

  it('closing needs an outcome: 整改完成 or 问责建议', () => {
    given(acceptMissed)
      .when({ ...closeOrder('req-1-accept-1'), outcome: 'accountability' })
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { outcome: 'accountability' } }));
    given(acceptMissed)
      .when({ ...closeOrder('req-1-accept-1'), outcome: undefined as never })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'invalid-option', field: 'outcome' });
        expect(error.message.zh).toContain('整改完成');
        expect(error.message.zh).toContain('问责建议');
      });
  });
});
