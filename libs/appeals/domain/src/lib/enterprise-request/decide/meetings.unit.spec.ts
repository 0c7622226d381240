import { describe, expect, it } from 'vitest';
import type { GroupForJointMeeting, RecordJointMeetingOutcome } from '../enterprise-request.commands';
import {
  acceptedOn0930,
  CENTRE,
  d,
  DEPARTMENT,
  given,
  on,
  play,
  resolveBy,
  staff,
  stateOf,
  type Step,
} from '../test-setup/enterprise-request.fixtures';

const group = (meetingId = 'meeting-2025-10', unitId = DEPARTMENT): GroupForJointMeeting => ({
  type: 'GroupForJointMeeting',
  meetingId,
  meetingTitle: '工业用地问题联席会议',
  scheduledOn: d('2025-10-20'),
  by: staff(unitId),
});

const outcome = (
  meetingId = 'meeting-2025-10',
  text = '由自然资源局牵头，两周内完成用地指标调剂',
): RecordJointMeetingOutcome => ({
  type: 'RecordJointMeetingOutcome',
  meetingId,
  outcome: text,
  by: staff(DEPARTMENT),
});

const groupedSteps: readonly Step[] = [...acceptedOn0930, ['2025-10-10', group()]];

describe('联席会议: grouping a request for a joint meeting', () => {
  it('the owner groups it', () => {
    given(play(acceptedOn0930))
      .when(group(), on('2025-10-10'))
      .then([
        {
          type: 'GroupedForJointMeeting',
          data: {
            meetingId: 'meeting-2025-10',
            meetingTitle: '工业用地问题联席会议',
            scheduledOn: d('2025-10-20'),
          },
        },
      ]);
    expect(stateOf(play(groupedSteps)).meetings).toEqual([
      {
        meetingId: 'meeting-2025-10',
        meetingTitle: '工业用地问题联席会议',
        scheduledOn: '2025-10-20',
        outcome: null,
      },
    ]);
  });

  it('once per meeting, by the owner, while it is being handled, with a valid date', () => {
    given(play(groupedSteps)).when(group()).thenRejects('already-grouped-for-joint-meeting', 'conflict');
    given(play(acceptedOn0930)).when(group('m-1', CENTRE)).thenRejects('not-the-owner', 'forbidden');
    given(play([...acceptedOn0930, ['2025-10-10', resolveBy()]]))
      .when(group())
      .thenRejects('invalid-transition', 'conflict');
    given(play(acceptedOn0930))
      .when({ ...group(), scheduledOn: '2025-02-30' as never })
      .thenRejects('invalid-date', 'validation');
    given(play(acceptedOn0930))
      .when({ ...group(), meetingTitle: '' })
      .thenRejects('text-required', 'validation');
  });
});

describe('联席会议: recording the outcome on the request', () => {
  it('on or after the meeting day', () => {
    given(play(groupedSteps))
      .when(outcome(), on('2025-10-20'))
      .then([
        {
          type: 'JointMeetingOutcomeRecorded',
          data: { meetingId: 'meeting-2025-10', outcome: '由自然资源局牵头，两周内完成用地指标调剂' },
        },
      ]);
    given(play(groupedSteps))
      .when(outcome(), on('2025-10-17'))
      .thenRejects('joint-meeting-not-yet-held', 'conflict');
  });

  it('only for a meeting the request was grouped into, once', () => {
    given(play(groupedSteps))
      .when(outcome('meeting-other'), on('2025-10-20'))
      .thenRejects('joint-meeting-not-found', 'not-found');
    given(play([...groupedSteps, ['2025-10-20', outcome()]]))
      .when(outcome(), on('2025-10-21'))
      .thenRejects('joint-meeting-outcome-already-recorded', 'conflict');
    expect(stateOf(play([...groupedSteps, ['2025-10-20', outcome()]])).meetings[0]?.outcome).toBe(
      '由自然资源局牵头，两周内完成用地指标调剂',
    );
  });

  it('by the owner, with the outcome', () => {
    given(play(groupedSteps))
      .when({ ...outcome(), by: staff(CENTRE) }, on('2025-10-20'))
      .thenRejects('not-the-owner', 'forbidden');
    given(play(groupedSteps))
      .when(outcome('meeting-2025-10', ''), on('2025-10-20'))
      .thenRejects('text-required', 'validation');
  });
});
