import { describe, expect, it } from 'vitest';
import type { MarkDuplicate } from '../enterprise-request.commands';
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
} from '../test-setup/enterprise-request.fixtures';

// SubmitRequest itself is specified in enterprise-request.decide.unit.spec.ts (with the holiday arithmetic).

const markDuplicate = (unitId = CENTRE, originalRequestId = 'req-0'): MarkDuplicate => ({
  type: 'MarkDuplicate',
  originalRequestId,
  by: staff(unitId, 'staff-7'),
});

const submittedSteps = [['2025-09-30', submit()]] as const;

describe('MarkDuplicate: the owner’s staff close a request that repeats another one', () => {
  it('marks and closes it', () => {
    given(play(submittedSteps))
      .when(markDuplicate(), on('2025-10-09'))
      .then([
        { type: 'MarkedDuplicate', data: { originalRequestId: 'req-0', markedBy: 'staff-7' } },
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
});
