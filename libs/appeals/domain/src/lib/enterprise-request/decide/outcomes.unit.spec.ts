import { describe, expect, it } from 'vitest';
import type { ReplyToEnterprise } from '../enterprise-request.commands';
import {
  acceptBy,
  acceptedOn0930,
  CENTRE,
  d,
  DEPARTMENT,
  escalateBy,
  given,
  handOff,
  informBy,
  on,
  OTHER_DEPARTMENT,
  play,
  resolveBy,
  staff,
  stateOf,
  submit,
  type Step,
} from '../test-setup/enterprise-request.fixtures';

// Submitted and accepted on Tue 2025-09-30, before 国庆: reply due 10-11 (a 调休 Saturday), resolve due 10-28,
// report-up and inform due 10-14; the 15-working-day feedback window from 10-28 ends 11-18.
const accepted = play(acceptedOn0930);

const replyBy = (unitId: string, message = '已收到，正在核实'): ReplyToEnterprise => ({
  type: 'ReplyToEnterprise',
  message,
  by: staff(unitId),
});

const pause: Step = [
  '2025-10-09',
  {
    type: 'PauseClock',
    cause: 'enterprise-documents',
    reason: '等待企业补充用地红线图',
    by: staff(DEPARTMENT),
  },
];

describe('ReplyToEnterprise', () => {
  it('the owner’s staff reply; the first reply settles the reply clock', () => {
    given(accepted)
      .when(replyBy(DEPARTMENT), on('2025-10-11'))
      .then([
        {
          type: 'RequestReplied',
          data: {
            byUnitId: DEPARTMENT,
            message: '已收到，正在核实',
            repliedAt: '2025-10-11T02:00:00.000Z',
            repliedOn: d('2025-10-11'),
            due: d('2025-10-11'),
            onTime: true,
          },
        },
      ]);
    expect(
      stateOf(play([...acceptedOn0930, ['2025-10-11', replyBy(DEPARTMENT)]])).clocks.reply,
    ).toMatchObject({
      status: 'met',
      settledOn: '2025-10-11',
    });
  });

  it('a reply after the due date settles the clock late', () => {
    const state = stateOf(play([...acceptedOn0930, ['2025-10-13', replyBy(DEPARTMENT)]]));
    expect(state.clocks.reply).toMatchObject({ status: 'late', due: '2025-10-11' });
  });

  it('the first receiver may reply before any department accepts', () => {
    const state = stateOf(
      play([
        ['2025-09-30', submit()],
        ['2025-09-30', handOff()],
        ['2025-10-09', replyBy(CENTRE)],
      ]),
    );
    expect(state.clocks.reply.status).toBe('met');
  });

  it('later replies are recorded and leave the settled clock alone', () => {
    const history = play([...acceptedOn0930, ['2025-10-13', replyBy(DEPARTMENT)]]);
    given(history)
      .when(replyBy(DEPARTMENT, '材料已补齐'), on('2025-10-14'))
      .thenEvents(([event]) => expect(event?.type).toBe('RequestReplied'));
    const state = stateOf(
      play([...acceptedOn0930, ['2025-10-13', replyBy(DEPARTMENT)], ['2025-10-14', replyBy(DEPARTMENT)]]),
    );
    expect(state.clocks.reply).toMatchObject({ status: 'late', settledOn: '2025-10-13' });
  });

  it('needs a message, from the owner, on a request still being handled', () => {
    given(accepted).when(replyBy(DEPARTMENT, '')).thenRejects('text-required', 'validation');
    given(accepted).when(replyBy(CENTRE)).thenRejects('not-the-owner', 'forbidden');
    given(play([...acceptedOn0930, ['2025-10-10', resolveBy()]]))
      .when(replyBy(DEPARTMENT))
      .thenRejects('invalid-transition', 'conflict');
  });
});

describe('outcomes: 限时办结 / 限时报出 / 限时告知', () => {
  it('ResolveRequest on its due date is on time; the enterprise is answered and may give feedback for 15 working days', () => {
    // Feedback window from 10-28: 10-29 (1), 10-30, 10-31, 11-03 .. 11-07 (8), 11-10 .. 11-14 (13), 11-17, 11-18 (15).
    given(accepted)
      .when(resolveBy(), on('2025-10-28'))
      .then([
        {
          type: 'RequestResolved',
          data: {
            departmentId: DEPARTMENT,
            answer: '用地审批已办结，批复文件已寄送贵司',
            resolvedAt: '2025-10-28T02:00:00.000Z',
            resolvedOn: d('2025-10-28'),
            due: d('2025-10-28'),
            onTime: true,
            feedbackDue: d('2025-11-18'),
          },
        },
      ]);
  });

  it('settles its own clock, counts as the reply when none was given, and ends the other outcome clocks', () => {
    const state = stateOf(play([...acceptedOn0930, ['2025-10-28', resolveBy()]]));
    expect(state.status).toBe('answered');
    expect(state.answer).toEqual({
      outcome: 'resolve',
      answeredOn: '2025-10-28',
      feedbackDue: '2025-11-18',
      excluded: false,
    });
    expect(state.clocks.resolve.status).toBe('met');
    expect(state.clocks.reply).toMatchObject({ status: 'late', settledOn: '2025-10-28' });
    expect(state.clocks['report-up'].status).toBe('ended');
    expect(state.clocks.inform.status).toBe('ended');
    expect(state.clocks.accept.status).toBe('met');
  });

  it('a reply given earlier stays as it was', () => {
    const state = stateOf(
      play([...acceptedOn0930, ['2025-10-10', replyBy(DEPARTMENT)], ['2025-10-29', resolveBy()]]),
    );
    expect(state.clocks.reply).toMatchObject({ status: 'met', settledOn: '2025-10-10' });
  });

  it('resolved the day after its due date is late', () => {
    given(accepted)
      .when(resolveBy(), on('2025-10-29'))
      .thenEvents(([event]) => expect(event).toMatchObject({ data: { due: '2025-10-28', onTime: false } }));
    expect(stateOf(play([...acceptedOn0930, ['2025-10-29', resolveBy()]])).clocks.resolve.status).toBe(
      'late',
    );
  });

  it('EscalateRequest (报出) is judged against the report-up clock', () => {
    given(accepted)
      .when(escalateBy(), on('2025-10-14'))
      .then([
        {
          type: 'RequestEscalated',
          data: {
            departmentId: DEPARTMENT,
            upperLevelUnit: '泉州市自然资源和规划局',
            upperLevelReference: '晋工信〔2025〕88号',
            note: '用地指标须由市级统筹',
            escalatedAt: '2025-10-14T02:00:00.000Z',
            escalatedOn: d('2025-10-14'),
            due: d('2025-10-14'),
            onTime: true,
            // 10-15 (1) .. 10-17 (3), 10-20 .. 10-24 (8), 10-27 .. 10-31 (13), 11-03 (14), 11-04 (15).
            feedbackDue: d('2025-11-04'),
          },
        },
      ]);
    const state = stateOf(play([...acceptedOn0930, ['2025-10-15', escalateBy()]]));
    expect(state.clocks['report-up'].status).toBe('late');
    expect(state.clocks.resolve.status).toBe('ended');
    expect(state.answer?.outcome).toBe('report-up');
  });

  it('InformCannotHandle (告知) gives the reason and its basis, judged against the inform clock', () => {
    given(accepted)
      .when(informBy(), on('2025-10-13'))
      .thenEvents(([event]) =>
        expect(event).toEqual({
          type: 'RequestInformed',
          data: {
            departmentId: DEPARTMENT,
            reason: '该地块属于生态保护红线范围',
            basis: '《中华人民共和国土地管理法》第四条',
            informedAt: '2025-10-13T02:00:00.000Z',
            informedOn: d('2025-10-13'),
            due: d('2025-10-14'),
            onTime: true,
            feedbackDue: d('2025-11-03'),
          },
        }),
      );
  });

  it.each([
    ['resolve', resolveBy(OTHER_DEPARTMENT)],
    ['escalate', escalateBy(OTHER_DEPARTMENT)],
    ['inform', informBy(OTHER_DEPARTMENT)],
  ])('%s: only by the accepted department', (_, command) => {
    given(accepted).when(command).thenRejects('not-the-handling-department', 'forbidden');
    given(accepted)
      .when({ ...command, by: staff(CENTRE) })
      .thenRejects('not-the-handling-department', 'forbidden');
  });

  it.each([
    ['resolve', resolveBy()],
    ['escalate', escalateBy()],
    ['inform', informBy()],
  ])('%s: only while in progress and not paused', (_, command) => {
    given(
      play([
        ['2025-09-30', submit()],
        ['2025-09-30', handOff()],
      ]),
    )
      .when(command)
      .thenRejects('invalid-transition', 'conflict');
    given(play([...acceptedOn0930, pause]))
      .when(command, on('2025-10-10'))
      .thenRejects('request-paused', 'conflict');
    given(play([...acceptedOn0930, ['2025-10-10', resolveBy()]]))
      .when(command, on('2025-10-11'))
      .thenRejects('invalid-transition', 'conflict');
  });

  it('each outcome needs its content', () => {
    given(accepted)
      .when({ ...resolveBy(), answer: ' ' })
      .thenRejects('text-required', 'validation');
    given(accepted)
      .when({ ...escalateBy(), upperLevelReference: '' })
      .thenRejects('text-required', 'validation');
    given(accepted)
      .when({ ...informBy(), basis: '' })
      .thenRejects('text-required', 'validation');
  });

  it.each([
    ['resolve', resolveBy()],
    ['escalate', escalateBy()],
    ['inform', informBy()],
  ])(
    '%s: an outcome repeats where a request from another context came from (its answer is then public)',
    (_, command) => {
      const fromVisit: readonly Step[] = [
        [
          '2025-09-30',
          submit({
            channel: 'liaison-visit',
            origin: { kind: 'liaison-visit', id: '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b' },
            by: staff(CENTRE),
          }),
        ],
        ['2025-09-30', handOff()],
        ['2025-09-30', acceptBy()],
      ];
      given(play(fromVisit))
        .when(command, on('2025-10-13'))
        .thenEvents(([event]) => expect(event?.data).toMatchObject({ origin: 'liaison-visit' }));
      given(accepted)
        .when(command, on('2025-10-13'))
        .thenEvents(([event]) => expect(event?.data).not.toHaveProperty('origin'));
    },
  );

  it('the accept clock settled at acceptance is left alone', () => {
    const state = stateOf(
      play([
        ['2025-09-30', submit()],
        ['2025-09-30', handOff()],
        ['2025-10-13', acceptBy()],
        ['2025-10-13', resolveBy()],
      ]),
    );
    expect(state.clocks.accept).toMatchObject({ status: 'late', settledOn: '2025-10-13' });
  });
});
