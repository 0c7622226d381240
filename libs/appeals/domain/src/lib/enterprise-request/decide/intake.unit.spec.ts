import { describe, expect, it } from 'vitest';
import type { MarkDuplicate, OriginalRequestFacts } from '../enterprise-request.commands';
import {
  acceptedOn0930,
  CENTRE,
  d,
  DEPARTMENT,
  given,
  FILING_CREDIT_CODE,
  missed,
  OTHER_CREDIT_CODE,
  on,
  play,
  resolveBy,
  staff,
  stateOf,
  submit,
} from '../test-setup/enterprise-request.fixtures';

// SubmitRequest itself is specified in enterprise-request.decide.unit.spec.ts (with the holiday arithmetic).

/** The original as the service finds it: the same enterprise's earlier request, still open. */
const openOriginal = (overrides: Partial<OriginalRequestFacts> = {}): OriginalRequestFacts => ({
  requestId: 'req-0',
  title: '厂房扩建用地审批',
  submittedOn: d('2025-09-26'),
  creditCode: FILING_CREDIT_CODE,
  closed: false,
  duplicateOf: null,
  ...overrides,
});

const markDuplicate = (
  unitId = CENTRE,
  originalRequestId = 'req-0',
  original: OriginalRequestFacts | null = openOriginal({ requestId: originalRequestId }),
): MarkDuplicate => ({
  type: 'MarkDuplicate',
  originalRequestId,
  original,
  by: staff(unitId, 'staff-7'),
});

const submittedSteps = [['2025-09-30', submit()]] as const;

describe('MarkDuplicate: the owner’s staff close a request that repeats another one', () => {
  it('marks and closes it', () => {
    given(play(submittedSteps))
      .when(markDuplicate(), on('2025-10-09'))
      .then([
        {
          type: 'MarkedDuplicate',
          data: {
            originalRequestId: 'req-0',
            markedBy: 'staff-7',
            original: { title: '厂房扩建用地审批', submittedOn: d('2025-09-26') },
          },
        },
        { type: 'RequestClosed', data: { closedOn: d('2025-10-09'), reason: 'duplicate' } },
      ]);
  });

  it('every running clock ends with it, and the scheduler has nothing left to do', () => {
    const closed = play([...submittedSteps, ['2025-10-09', markDuplicate()]]);
    const state = stateOf(closed);
    expect(state).toMatchObject({ status: 'closed', closedReason: 'duplicate', duplicateOf: 'req-0' });
    expect(Object.values(state.clocks).map((clock) => clock.status)).toEqual([
      'ended',
      'ended',
      'ended',
      'ended',
      'ended',
    ]);
    given(closed).when(missed('accept'), on('2025-10-20')).then([]);
  });

  it('in progress, by the department that owns it', () => {
    given(play(acceptedOn0930))
      .when(markDuplicate(DEPARTMENT))
      .thenEvents((events) =>
        expect(events.map((e) => e.type)).toEqual(['MarkedDuplicate', 'RequestClosed']),
      );
    given(play(acceptedOn0930)).when(markDuplicate(CENTRE)).thenRejects('not-the-owner', 'forbidden');
  });

  it('not once answered or closed', () => {
    given(play([...acceptedOn0930, ['2025-10-10', resolveBy()]]))
      .when(markDuplicate(DEPARTMENT))
      .thenRejects('invalid-transition', 'conflict');
    given(play([...submittedSteps, ['2025-10-09', markDuplicate()]]))
      .when(markDuplicate())
      .thenRejects('invalid-transition', 'conflict');
  });

  it('of another request, named by a valid id', () => {
    given(play(submittedSteps))
      .when(markDuplicate(CENTRE, 'req-1'))
      .thenRejects('duplicate-of-itself', 'validation');
    given(play(submittedSteps)).when(markDuplicate(CENTRE, '')).thenRejects('text-required', 'validation');
  });

  // Issue 11 item 1, issue 9 item 5: a duplicate was a way out of supervision.
  it('of an original that exists, is the same enterprise’s, open and not itself a duplicate', () => {
    given(play(submittedSteps))
      .when(markDuplicate(CENTRE, 'no-such-request', null), on('2025-10-09'))
      .thenRejects('original-not-found', 'validation');
    given(play(submittedSteps))
      .when(markDuplicate(CENTRE, 'req-0', openOriginal({ creditCode: OTHER_CREDIT_CODE })), on('2025-10-09'))
      .thenRejects('original-of-another-enterprise', 'validation');
    given(play(submittedSteps))
      .when(markDuplicate(CENTRE, 'req-0', openOriginal({ duplicateOf: 'req-00' })), on('2025-10-09'))
      .thenRejects('original-is-duplicate', 'conflict');
    given(play(submittedSteps))
      .when(markDuplicate(CENTRE, 'req-0', openOriginal({ closed: true })), on('2025-10-09'))
      .thenRejects('original-not-open', 'conflict');
  });

  it('names the rule and its source, and no internal id, in the refusal', () => {
    given(play(submittedSteps))
      .when(markDuplicate(CENTRE, 'req-0', openOriginal({ closed: true })), on('2025-10-09'))
      .thenRejectsWith((error) => {
        expect(error.message.zh).toContain('《厂房扩建用地审批》');
        expect(error.message.zh).toContain('依据：晋江 三(四)');
        expect(error.message.zh).not.toMatch(/req-0/u);
        expect(error.rule).toMatchObject({ rule: 'duplicate' });
      });
  });

  it('not while a 督办 order is open: the order blocks closing until the supervisor closes it', () => {
    // Accepted 2025-09-30; the reply was due 2025-10-11 (调休 Saturday), missed on 10-13 with an order.
    const supervised = play([...acceptedOn0930, ['2025-10-13', missed('reply')]]);
    given(supervised)
      .when(markDuplicate(DEPARTMENT), on('2025-10-14'))
      .thenRejects('open-supervision-order', 'conflict');
    const orderId = stateOf(supervised).orders[0]?.orderId ?? '';
    given(
      play([
        ...acceptedOn0930,
        ['2025-10-13', missed('reply')],
        [
          '2025-10-14',
          {
            type: 'OrderRehandling',
            orderId,
            instruction: '请于两日内答复企业',
            by: { kind: 'supervisor', staffId: 'sup-1' },
          },
        ],
      ]),
    )
      .when(markDuplicate(DEPARTMENT), on('2025-10-15'))
      .thenRejects('open-supervision-order', 'conflict');
  });

  it('not when a deadline has run out even before the scheduler recorded it', () => {
    given(play(acceptedOn0930))
      .when(markDuplicate(DEPARTMENT), on('2025-10-13'))
      .thenRejects('open-supervision-order', 'conflict');
  });
});
