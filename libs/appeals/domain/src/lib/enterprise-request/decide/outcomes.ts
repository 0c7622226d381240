import { accept, reject } from '@qinqing/shared/domain-kernel';
import type { CalendarDate } from '@qinqing/calendar/domain';
import type { OutcomeClock } from '../../values/clock-policy';
import { clockDuringPause, metOnTime } from '../clocks';
import type {
  EscalateRequest,
  InformCannotHandle,
  PlanOutcome,
  ReplyToEnterprise,
  ResolveRequest,
} from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import type { SubmittedRequest } from '../enterprise-request.state';
import {
  type Action,
  clean,
  type DecideContext,
  firstProblem,
  handlingDepartmentProblem,
  OPEN_STATUSES,
  optionProblem,
  ownerProblem,
  type Problem,
  type RequestDecision,
  statusProblem,
  textProblem,
} from './guards';

/** The owner's staff tell the enterprise where things stand. The first reply settles the reply clock. */
export const replyToEnterprise = (
  command: ReplyToEnterprise,
  state: SubmittedRequest,
  { now, today, calendar }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, OPEN_STATUSES),
    ownerProblem(state, command.by, command.type),
    textProblem('message', command.message),
  );
  if (problem !== null) return reject(problem);
  // A reply sent during a pause is judged against the paused-adjusted due date.
  const clock = clockDuringPause(calendar, state.clocks.reply, state.pause, today);
  return accept({
    type: 'RequestReplied',
    data: {
      byUnitId: command.by.unitId,
      message: clean(command.message),
      repliedAt: now.toISOString(),
      repliedOn: today,
      // Only the first reply settles the clock; later ones carry no verdict.
      ...(clock.status === 'running' ? { due: clock.due, onTime: metOnTime(clock, today) } : {}),
    },
  });
};

/**
 * What every outcome (J 三(六): 限时办结 / 限时报出 / 限时告知) shares: only the accepted department, only while
 * in progress and not paused; its own clock is judged met or late, and the enterprise gets a feedback window.
 */
const outcomeProblem = (state: SubmittedRequest, action: Action, by: ResolveRequest['by']): Problem =>
  firstProblem(
    statusProblem(state, action, ['in-progress']),
    handlingDepartmentProblem(state, by, action),
    state.pause === null ? null : requestErrors.paused(action),
  );

interface OutcomeFacts {
  /** The request's origin kind, when another context produced it (the public form needs it; see the events). */
  readonly origin?: NonNullable<SubmittedRequest['origin']>;
  readonly departmentId: string;
  readonly at: string;
  readonly on: CalendarDate;
  readonly due: CalendarDate;
  readonly onTime: boolean;
  readonly feedbackDue: CalendarDate;
}

const outcomeFacts = (
  state: SubmittedRequest,
  clock: OutcomeClock,
  departmentId: string,
  { now, today, calendar, policy }: DecideContext,
): OutcomeFacts => {
  const { due } = state.clocks[clock];
  return {
    ...(state.origin === null ? {} : { origin: state.origin }),
    departmentId,
    at: now.toISOString(),
    on: today,
    due,
    onTime: metOnTime(state.clocks[clock], today),
    feedbackDue: calendar.addWorkingDays(today, policy.feedbackWindow),
  };
};

/** 限时办结: resolved at this level; the answer goes to the enterprise. */
export const resolveRequest = (
  command: ResolveRequest,
  state: SubmittedRequest,
  context: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    outcomeProblem(state, command.type, command.by),
    textProblem('answer', command.answer),
  );
  if (problem !== null) return reject(problem);
  const facts = outcomeFacts(state, 'resolve', command.by.unitId, context);
  return accept({
    type: 'RequestResolved',
    data: {
      ...(facts.origin === undefined ? {} : { origin: facts.origin }),
      departmentId: facts.departmentId,
      answer: clean(command.answer),
      resolvedAt: facts.at,
      resolvedOn: facts.on,
      due: facts.due,
      onTime: facts.onTime,
      feedbackDue: facts.feedbackDue,
    },
  });
};

/** 限时报出: it needs a higher level; reported up with the upper unit's reference. */
export const escalateRequest = (
  command: EscalateRequest,
  state: SubmittedRequest,
  context: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    outcomeProblem(state, command.type, command.by),
    textProblem('upperLevelUnit', command.upperLevelUnit),
    textProblem('upperLevelReference', command.upperLevelReference),
    textProblem('note', command.note),
  );
  if (problem !== null) return reject(problem);
  const facts = outcomeFacts(state, 'report-up', command.by.unitId, context);
  return accept({
    type: 'RequestEscalated',
    data: {
      ...(facts.origin === undefined ? {} : { origin: facts.origin }),
      departmentId: facts.departmentId,
      upperLevelUnit: clean(command.upperLevelUnit),
      upperLevelReference: clean(command.upperLevelReference),
      note: clean(command.note),
      escalatedAt: facts.at,
      escalatedOn: facts.on,
      due: facts.due,
      onTime: facts.onTime,
      feedbackDue: facts.feedbackDue,
    },
  });
};

/** 限时告知: it cannot be handled; the enterprise is told why and on what basis. */
export const informCannotHandle = (
  command: InformCannotHandle,
  state: SubmittedRequest,
  context: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    outcomeProblem(state, command.type, command.by),
    textProblem('reason', command.reason),
    textProblem('basis', command.basis),
  );
  if (problem !== null) return reject(problem);
  const facts = outcomeFacts(state, 'inform', command.by.unitId, context);
  return accept({
    type: 'RequestInformed',
    data: {
      ...(facts.origin === undefined ? {} : { origin: facts.origin }),
      departmentId: facts.departmentId,
      reason: clean(command.reason),
      basis: clean(command.basis),
      informedAt: facts.at,
      informedOn: facts.on,
      due: facts.due,
      onTime: facts.onTime,
      feedbackDue: facts.feedbackDue,
    },
  });
};

const PLANNABLE = ['report-up', 'inform'] as const;
const PLANNABLE_NAMES = {
  'report-up': { zh: '拟上报上级', en: 'to be reported up' },
  inform: { zh: '拟告知不能办理', en: 'to be informed it cannot be handled' },
};

/**
 * 限时报出 / 限时告知 (J 三(六)): once the department records that the request needs a higher level or cannot be
 * handled, that outcome's clock goes overdue by time and raises 督办 like the accept, reply and resolve clocks.
 */
export const planOutcome = (
  command: PlanOutcome,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['in-progress']),
    handlingDepartmentProblem(state, command.by, command.type),
    optionProblem('outcome', command.outcome, PLANNABLE, PLANNABLE_NAMES),
    textProblem('note', command.note),
    state.plannedOutcome === null ? null : requestErrors.outcomeAlreadyPlanned(),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'OutcomePlanned',
    data: {
      departmentId: command.by.unitId,
      outcome: command.outcome,
      note: clean(command.note),
      plannedOn: today,
      due: state.clocks[command.outcome].due,
    },
  });
};
