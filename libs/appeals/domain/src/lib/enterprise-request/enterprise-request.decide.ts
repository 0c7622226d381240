import { reject } from '@qinqing/shared/domain-kernel';
import { ScheduleNotLoadedError } from '@qinqing/calendar/domain';
import { chinaDateOf } from '../values/china-date';
import { acceptRequest, fallToDefaultOwner, handOffRequest, sendBackRequest } from './decide/routing';
import {
  approveExtension,
  approvePauseExtension,
  pauseClock,
  recordDeadlineReminder,
  recordMissedDeadline,
  resumeClock,
} from './decide/deadlines';
import { closeAfterFeedbackWindow, rateRequest, reopenRequest } from './decide/feedback';
import {
  appealRating,
  decideRatingAppeal,
  recordCallback,
  recordFollowUpDeadline,
  reportRectification,
} from './decide/follow-up';
import type { DecideContext, RequestDecision } from './decide/guards';
import { markDuplicate, submitRequest } from './decide/intake';
import { groupForJointMeeting, recordJointMeetingOutcome } from './decide/meetings';
import {
  escalateRequest,
  informCannotHandle,
  planOutcome,
  replyToEnterprise,
  resolveRequest,
} from './decide/outcomes';
import { markProvisionalDueDates } from './decide/provisional-dates';
import { rederiveDueDates } from './decide/rederive';
import { underRecusal } from './decide/recusal';
import {
  addSupervisionNote,
  approveRateExclusion,
  closeSupervisionOrder,
  orderRehandling,
  recordOrderDeadline,
} from './decide/supervision';
import type { AppealsDecisionContext, EnterpriseRequestCommand } from './enterprise-request.commands';
import { requestErrors } from './enterprise-request.errors';
import { type EnterpriseRequestState, isSubmitted } from './enterprise-request.state';

const route = (
  command: EnterpriseRequestCommand,
  state: EnterpriseRequestState,
  context: DecideContext,
): RequestDecision => {
  if (command.type === 'SubmitRequest') return submitRequest(command, state, context);
  if (!isSubmitted(state)) return reject(requestErrors.notFound());
  switch (command.type) {
    case 'HandOffRequest':
      return handOffRequest(command, state, context);
    case 'AcceptRequest':
      return acceptRequest(command, state, context);
    case 'SendBackRequest':
      return sendBackRequest(command, state, context);
    case 'FallToDefaultOwner':
      return fallToDefaultOwner(command, state, context);
    case 'ReplyToEnterprise':
      return replyToEnterprise(command, state, context);
    case 'PauseClock':
      return pauseClock(command, state, context);
    case 'ApprovePauseExtension':
      return approvePauseExtension(command, state, context);
    case 'ResumeClock':
      return resumeClock(command, state, context);
    case 'PlanOutcome':
      return planOutcome(command, state, context);
    case 'ResolveRequest':
      return resolveRequest(command, state, context);
    case 'EscalateRequest':
      return escalateRequest(command, state, context);
    case 'InformCannotHandle':
      return informCannotHandle(command, state, context);
    case 'ApproveExtension':
      return approveExtension(command, state, context);
    case 'RecordDeadlineReminder':
      return recordDeadlineReminder(command, state, context);
    case 'RecordMissedDeadline':
      return recordMissedDeadline(command, state, context);
    case 'OrderRehandling':
      return orderRehandling(command, state, context);
    case 'ApproveRateExclusion':
      return approveRateExclusion(command, state, context);
    case 'AddSupervisionNote':
      return addSupervisionNote(command, state);
    case 'CloseSupervisionOrder':
      return closeSupervisionOrder(command, state);
    case 'RecordOrderDeadline':
      return recordOrderDeadline(command, state, context);
    case 'RecordCallback':
      return recordCallback(command, state, context);
    case 'ReportRectification':
      return reportRectification(command, state, context);
    case 'AppealRating':
      return appealRating(command, state, context);
    case 'DecideRatingAppeal':
      return decideRatingAppeal(command, state, context);
    case 'RecordFollowUpDeadline':
      return recordFollowUpDeadline(command, state, context);
    case 'RateRequest':
      return rateRequest(command, state, context);
    case 'ReopenRequest':
      return reopenRequest(command, state, context);
    case 'CloseAfterFeedbackWindow':
      return closeAfterFeedbackWindow(command, state, context);
    case 'MarkDuplicate':
      return markDuplicate(command, state, context);
    case 'GroupForJointMeeting':
      return groupForJointMeeting(command, state);
    case 'RecordJointMeetingOutcome':
      return recordJointMeetingOutcome(command, state, context);
    case 'RederiveDueDates':
      return rederiveDueDates(command, state, context);
  }
};

/**
 * Decides what a command does to an enterprise request (企业诉求). Today is the China-local date of
 * `context.now`; every period is in working days on `context.calendar`.
 *
 * A request is never refused for a calendar reason (首问负责): a period reaching into a year whose holiday notice
 * is not loaded is computed provisionally by the calendar and recorded as such (`markProvisionalDueDates`).
 * Only a period reaching beyond the years the calendar supports at all (2025–2099) is refused with
 * `working-day-schedule-not-loaded`. Any other exception is a bug and propagates. Staff who must recuse from the
 * request's enterprise (`context.actorConflicts`, 晋江 四) are refused what they would otherwise do (decide/recusal).
 */
export const decide = (
  command: EnterpriseRequestCommand,
  state: EnterpriseRequestState,
  context: AppealsDecisionContext,
): RequestDecision => {
  try {
    const decision = underRecusal(
      command,
      state,
      context.actorConflicts,
      route(command, state, { ...context, today: chinaDateOf(context.now) }),
    );
    return markProvisionalDueDates(decision, state, context.calendar);
  } catch (error) {
    if (error instanceof ScheduleNotLoadedError) return reject(requestErrors.scheduleNotLoaded(error));
    throw error;
  }
};
