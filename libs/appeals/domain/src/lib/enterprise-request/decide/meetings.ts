import { accept, reject } from '@qinqing/shared/domain-kernel';
import type { GroupForJointMeeting, RecordJointMeetingOutcome } from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import { REQUEST_TEXT_LIMITS } from '../enterprise-request.fields';
import type { SubmittedRequest } from '../enterprise-request.state';
import {
  clean,
  dateProblem,
  type DecideContext,
  firstProblem,
  identifierProblem,
  OPEN_STATUSES,
  ownerProblem,
  type RequestDecision,
  statusProblem,
  textProblem,
} from './guards';

/*
 * 联席会议 (K 四(3)): requests raising a common problem are grouped for a joint meeting; the meeting's outcome is
 * recorded on each request it discussed. The meeting itself is organised elsewhere; a request only knows the
 * meetings it was grouped into.
 */

export const groupForJointMeeting = (
  command: GroupForJointMeeting,
  state: SubmittedRequest,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, OPEN_STATUSES),
    ownerProblem(state, command.by, command.type),
    identifierProblem('meetingId', command.meetingId),
    textProblem('meetingTitle', command.meetingTitle, REQUEST_TEXT_LIMITS.name),
    dateProblem('scheduledOn', command.scheduledOn),
    state.meetings.some((meeting) => meeting.meetingId === command.meetingId)
      ? requestErrors.alreadyGroupedForMeeting(command.meetingTitle)
      : null,
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'GroupedForJointMeeting',
    data: {
      meetingId: command.meetingId,
      meetingTitle: clean(command.meetingTitle),
      scheduledOn: command.scheduledOn,
    },
  });
};

/** Only for a meeting the request was grouped into, once, and not before the meeting's day. */
export const recordJointMeetingOutcome = (
  command: RecordJointMeetingOutcome,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const forbidden = ownerProblem(state, command.by, command.type);
  if (forbidden !== null) return reject(forbidden);
  const meeting = state.meetings.find((candidate) => candidate.meetingId === command.meetingId);
  if (meeting === undefined) return reject(requestErrors.meetingNotFound(command.meetingId));
  const problem = firstProblem(
    meeting.outcome === null ? null : requestErrors.meetingOutcomeAlreadyRecorded(meeting.meetingTitle),
    today < meeting.scheduledOn ? requestErrors.meetingNotYetHeld(meeting.scheduledOn) : null,
    textProblem('outcome', command.outcome),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'JointMeetingOutcomeRecorded',
    data: { meetingId: meeting.meetingId, outcome: clean(command.outcome) },
  });
};
