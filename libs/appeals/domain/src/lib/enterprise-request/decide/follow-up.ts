import { accept, reject } from '@qinqing/shared/domain-kernel';
import type { CalendarDate } from '@qinqing/calendar/domain';
import { FOLLOW_UP_KINDS, FOLLOW_UP_NAMES, type FollowUpKind } from '../../values/follow-up';
import { isPoorRating, RATING_NAMES, RATINGS } from '../../values/rating';
import { isOnTime } from '../clocks';
import type {
  AppealRating,
  DecideRatingAppeal,
  RecordCallback,
  RecordFollowUpDeadline,
  ReportRectification,
} from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import type { FollowUp, SubmittedRequest } from '../enterprise-request.state';
import {
  clean,
  type DecideContext,
  firstProblem,
  handlingDepartmentProblem,
  optionProblem,
  type Problem,
  type RequestDecision,
  roleProblem,
  textProblem,
} from './guards';

/*
 * 好差评 after the rating (issue 11 item 13; 国办发〔2019〕51号 差评回访整改): every poor rating gets a callback (回访)
 * by the supervision office within callbackWithin working days and a rectification (整改) report by the handling
 * department within rectificationWithin; an answer still unrated when its window closes gets a callback that
 * records the enterprise's own answer on the phone — by the supervision office, never by the department. The
 * department may appeal (申诉) a rating it believes mistaken; the supervisor decides with reasons.
 */

const pending = (state: SubmittedRequest, kind: FollowUpKind): FollowUp | null => {
  const followUp = state.followUps[kind];
  return followUp !== null && followUp.doneOn === null ? followUp : null;
};

const pendingProblem = (state: SubmittedRequest, kind: FollowUpKind): Problem =>
  pending(state, kind) === null ? requestErrors.noFollowUpDue(FOLLOW_UP_NAMES[kind]) : null;

const onTime = (followUp: FollowUp, today: CalendarDate): boolean =>
  !followUp.missed && (followUp.due === null || isOnTime(followUp.due, today));

export const recordCallback = (
  command: RecordCallback,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'supervisor', command.type),
    pendingProblem(state, 'callback'),
    command.answer === null ? null : optionProblem('rating', command.answer, RATINGS, RATING_NAMES),
    textProblem('note', command.note),
  );
  if (problem !== null) return reject(problem);
  const followUp = pending(state, 'callback');
  if (followUp === null) return reject(requestErrors.noFollowUpDue(FOLLOW_UP_NAMES.callback));
  return accept({
    type: 'CallbackRecorded',
    data: {
      supervisorId: command.by.staffId,
      kind: state.rating === null ? 'unrated' : 'poor-rating',
      answer: command.answer,
      note: clean(command.note),
      calledOn: today,
      due: followUp.due,
      onTime: onTime(followUp, today),
    },
  });
};

export const reportRectification = (
  command: ReportRectification,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    handlingDepartmentProblem(state, command.by, command.type),
    pendingProblem(state, 'rectification'),
    textProblem('note', command.note),
  );
  if (problem !== null) return reject(problem);
  const followUp = pending(state, 'rectification');
  if (followUp === null) return reject(requestErrors.noFollowUpDue(FOLLOW_UP_NAMES.rectification));
  return accept({
    type: 'RectificationReported',
    data: {
      departmentId: command.by.unitId,
      note: clean(command.note),
      reportedOn: today,
      due: followUp.due,
      onTime: onTime(followUp, today),
    },
  });
};

/** 申诉: once per rating, by the department that handled the request, against a poor rating. */
export const appealRating = (
  command: AppealRating,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    handlingDepartmentProblem(state, command.by, command.type),
    state.rating === null || !isPoorRating(state.rating) ? requestErrors.nothingToAppeal() : null,
    state.ratingAppeal === null ? null : requestErrors.ratingAlreadyAppealed(),
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'RatingAppealed',
    data: { departmentId: command.by.unitId, reason: clean(command.reason), appealedOn: today },
  });
};

export const decideRatingAppeal = (
  command: DecideRatingAppeal,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'supervisor', command.type),
    state.ratingAppeal?.status === 'pending' ? null : requestErrors.noAppealPending(),
    typeof command.upheld === 'boolean' ? null : requestErrors.invalidOption('upheld', ['true', 'false']),
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'RatingAppealDecided',
    data: {
      supervisorId: command.by.staffId,
      upheld: command.upheld,
      reason: clean(command.reason),
      decidedOn: today,
    },
  });
};

/** Scheduler, idempotent: a reminder from one working day before the due date; a miss the day after it. */
export const recordFollowUpDeadline = (
  command: RecordFollowUpDeadline,
  state: SubmittedRequest,
  { today, calendar }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'scheduler', command.type),
    optionProblem('followUp', command.followUp, FOLLOW_UP_KINDS, FOLLOW_UP_NAMES),
  );
  if (problem !== null) return reject(problem);
  const followUp = pending(state, command.followUp);
  if (followUp === null || followUp.due === null) return accept();
  const due = followUp.due;
  if (today > due) {
    return followUp.missed
      ? accept()
      : accept({ type: 'FollowUpMissed', data: { followUp: command.followUp, due, detectedOn: today } });
  }
  if (followUp.reminded || calendar.addWorkingDays(today, 1) < due) return accept();
  return accept({ type: 'FollowUpReminded', data: { followUp: command.followUp, due, remindedOn: today } });
};
