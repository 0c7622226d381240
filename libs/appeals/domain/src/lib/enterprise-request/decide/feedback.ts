import type { CalendarDate } from '@qinqing/calendar/domain';
import { accept, reject } from '@qinqing/shared/domain-kernel';
import { isPoorRating, RATING_NAMES, RATINGS } from '../../values/rating';
import { orderDue, restartedOutcomeDues } from '../clocks';
import { optionalDue } from './deadlines';
import type { CloseAfterFeedbackWindow, RateRequest, ReopenRequest } from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import type { EnterpriseRequestEvent } from '../enterprise-request.events';
import { REQUEST_TEXT_LIMITS } from '../enterprise-request.fields';
import type { SubmittedRequest } from '../enterprise-request.state';
import {
  clean,
  type DecideContext,
  filingEnterpriseProblem,
  firstProblem,
  optionProblem,
  type Problem,
  type RequestDecision,
  roleProblem,
  statusProblem,
  textProblem,
} from './guards';
import { reviewOrderId } from './order-ids';

/*
 * After an answer the filing enterprise has a feedback window (DOMAIN.md §2, 好差评): rate once in the request's
 * life, or reopen up to `maxReopens` times. Rates are computed from these events, never self-reported.
 */

const withinWindowProblem = (state: SubmittedRequest, today: string, feedbackWindow: number): Problem =>
  state.answer !== null && today > state.answer.feedbackDue
    ? requestErrors.feedbackWindowClosed(state.answer.feedbackDue, feedbackWindow)
    : null;

export const rateRequest = (
  command: RateRequest,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    state.rating === null ? null : requestErrors.alreadyRated(),
    statusProblem(state, command.type, ['answered']),
    filingEnterpriseProblem(state, command.by, command.type),
    withinWindowProblem(state, today, policy.feedbackWindow),
    optionProblem('rating', command.rating, RATINGS, RATING_NAMES),
    textProblem('comment', command.comment, REQUEST_TEXT_LIMITS.comment, { optional: true }),
  );
  if (problem !== null) return reject(problem);
  const events: EnterpriseRequestEvent[] = [
    {
      type: 'RequestRated',
      data: {
        rating: command.rating,
        comment: clean(command.comment),
        ratedOn: today,
        proof: command.proof,
      },
    },
  ];
  if (isPoorRating(command.rating)) {
    events.push({
      type: 'ReviewOpened',
      data: {
        orderId: reviewOrderId(state.requestId),
        reason: 'poor-rating',
        openedOn: today,
        ...optionalDue(orderDue(calendar, today, policy.supervisionOrderWithin)),
        ...followUpDues({
          callbackDue: orderDue(calendar, today, policy.callbackWithin),
          rectificationDue: orderDue(calendar, today, policy.rectificationWithin),
        }),
      },
    });
  }
  return accept(...events);
};

/** Instead of rating, the enterprise sends the request back to the same department: a new resolve period. */
export const reopenRequest = (
  command: ReopenRequest,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['answered']),
    filingEnterpriseProblem(state, command.by, command.type),
    withinWindowProblem(state, today, policy.feedbackWindow),
    state.reopenCount >= policy.maxReopens ? requestErrors.reopenLimitReached(policy.maxReopens) : null,
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'RequestReopened',
    data: {
      reason: clean(command.reason),
      reopenedOn: today,
      reopenCount: state.reopenCount + 1,
      dues: restartedOutcomeDues(calendar, today, state.limits),
      proof: command.proof,
    },
  });
};

/**
 * Scheduler: an answered request nobody rated or reopened closes once its feedback window has passed — but
 * not while a 督办 order is open: it closes on the first run after the supervisor closes the order (督办销号).
 */
export const closeAfterFeedbackWindow = (
  command: CloseAfterFeedbackWindow,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const forbidden = roleProblem(command.by, 'scheduler', command.type);
  if (forbidden !== null) return reject(forbidden);
  if (state.status !== 'answered' || state.answer === null || today <= state.answer.feedbackDue)
    return accept();
  if (state.orders.some((order) => order.open)) return accept();
  // Unrated: the supervision office calls the enterprise back for its own answer (回访).
  const callbackDue = orderDue(calendar, today, policy.callbackWithin);
  return accept({
    type: 'RequestClosed',
    data: {
      closedOn: today,
      reason: 'feedback-window-elapsed',
      ...(callbackDue === undefined ? {} : { callbackDue }),
    },
  });
};

/** The follow-up due dates that could be computed. */
const followUpDues = (dues: {
  readonly callbackDue: CalendarDate | undefined;
  readonly rectificationDue: CalendarDate | undefined;
}): { readonly callbackDue?: CalendarDate; readonly rectificationDue?: CalendarDate } => ({
  ...(dues.callbackDue === undefined ? {} : { callbackDue: dues.callbackDue }),
  ...(dues.rectificationDue === undefined ? {} : { rectificationDue: dues.rectificationDue }),
});
