import type { CalendarDate } from '@qinqing/calendar/domain';
import { accept, reject } from '@qinqing/shared/domain-kernel';
import { CLOCK_KINDS, CLOCK_NAMES } from '../../values/clock-policy';
import { PAUSE_CAUSE_NAMES, PAUSE_CAUSES } from '../../values/pause-cause';
import {
  clockDuringPause,
  orderDue,
  creditedPauseDays,
  extendedResolveDue,
  goesOverdueByTime,
  isRunning,
  movedByPause,
  pausedWorkingDaysBetween,
  reminderDay,
} from '../clocks';
import type {
  ApproveExtension,
  ApprovePauseExtension,
  PauseClock,
  RecordDeadlineReminder,
  RecordMissedDeadline,
  ResumeClock,
} from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import type { ClockDues } from '../enterprise-request.events';
import type { SubmittedRequest } from '../enterprise-request.state';
import {
  clean,
  type DecideContext,
  firstProblem,
  optionProblem,
  ownerProblem,
  type RequestDecision,
  roleProblem,
  statusProblem,
  textProblem,
} from './guards';
import { supervisionOrderId } from './order-ids';

/**
 * A pause stops the clocks only for a listed cause (PAUSE_CAUSES), for at most `pauseApprovalAfter` working
 * days unless a supervisor approves more, and for at most `pauseCapPerRequest` over the request's life
 * (issue 11 item 2). Every pause is on the record with what it was allowed.
 */
export const pauseClock = (
  command: PauseClock,
  state: SubmittedRequest,
  { today, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['in-progress']),
    ownerProblem(state, command.by, command.type),
    state.pause === null ? null : requestErrors.paused(command.type),
    optionProblem('cause', command.cause, PAUSE_CAUSES, PAUSE_CAUSE_NAMES),
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  const left = policy.pauseCapPerRequest - state.pausedWorkingDays;
  if (left <= 0) return reject(requestErrors.pauseCapReached(policy.pauseCapPerRequest));
  return accept({
    type: 'RequestPaused',
    data: {
      reason: clean(command.reason),
      // A pause before day 0 (filed on a day off, paused the same day) counts from day 0.
      pausedOn: today < state.receivedOn ? state.receivedOn : today,
      cause: command.cause,
      creditUpTo: Math.min(policy.pauseApprovalAfter, left),
    },
  });
};

/** The receiving supervisor lets the current pause run longer, within the request's cap. */
export const approvePauseExtension = (
  command: ApprovePauseExtension,
  state: SubmittedRequest,
  { today, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'supervisor', command.type),
    statusProblem(state, command.type, ['in-progress']),
    state.pause === null ? requestErrors.notPaused() : null,
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  const left = policy.pauseCapPerRequest - state.pausedWorkingDays;
  const days = command.upToWorkingDays;
  const allowed = state.pause?.creditUpTo ?? 0;
  if (!Number.isInteger(days) || days <= allowed || days > left) {
    return reject(requestErrors.pauseExtensionOutOfRange(allowed, left, policy.pauseCapPerRequest));
  }
  return accept({
    type: 'PauseExtensionApproved',
    data: {
      approvedBy: command.by.staffId,
      upToWorkingDays: days,
      reason: clean(command.reason),
      approvedOn: today,
    },
  });
};

/**
 * Every clock running when the pause began (and not yet past due then) moves out by the credited working days:
 * those in (pausedOn, resumedOn], up to what the pause was allowed.
 */
export const resumeClock = (
  command: ResumeClock,
  state: SubmittedRequest,
  { today, calendar }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['in-progress']),
    ownerProblem(state, command.by, command.type),
    state.pause === null ? requestErrors.notPaused() : null,
  );
  if (problem !== null) return reject(problem);
  const pause = state.pause ?? { pausedOn: today, creditUpTo: 0 };
  const elapsed = pausedWorkingDaysBetween(calendar, pause.pausedOn, today);
  const pausedWorkingDays = creditedPauseDays(calendar, pause, today);
  const dues: ClockDues = Object.fromEntries(
    CLOCK_KINDS.filter(
      (kind) => isRunning(state.clocks[kind]) && movedByPause(state.clocks[kind], pause),
    ).map((kind) => [kind, clockDuringPause(calendar, state.clocks[kind], pause, today).due]),
  );
  return accept({
    type: 'RequestResumed',
    data: {
      resumedOn: today,
      pausedWorkingDays,
      ...(elapsed > pausedWorkingDays ? { uncreditedWorkingDays: elapsed - pausedWorkingDays } : {}),
      dues,
    },
  });
};

/** Complex cases: one approved extension of the resolve limit, counted from the clock's start. */
export const approveExtension = (
  command: ApproveExtension,
  state: SubmittedRequest,
  { calendar, today }: DecideContext,
): RequestDecision => {
  const resolve = state.clocks.resolve;
  const problem = firstProblem(
    roleProblem(command.by, 'supervisor', command.type),
    statusProblem(state, command.type, ['in-progress']),
    state.extended ? requestErrors.extensionAlreadyGranted() : null,
    // An extension is asked for before the clock runs out: approved later it would turn a miss into a met.
    resolve.missed || today > resolve.due ? requestErrors.extensionAfterDueDate(resolve.due) : null,
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'ResolutionExtended',
    data: {
      approvedBy: command.by.staffId,
      reason: clean(command.reason),
      resolveDue: extendedResolveDue(calendar, state.clocks.resolve, state.limits.extendedResolveWithin),
    },
  });
};

/*
 * Scheduler commands are idempotent and never refuse for lack of work: when there is nothing to record they
 * decide no events. A paused request is judged against its paused-adjusted due date: while the pause is
 * credited the due date moves with it, and once the pause has used what it was allowed the clocks run again.
 */

export const recordDeadlineReminder = (
  command: RecordDeadlineReminder,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'scheduler', command.type),
    optionProblem('clock', command.clock, CLOCK_KINDS, CLOCK_NAMES),
  );
  if (problem !== null) return reject(problem);
  const clock = clockDuringPause(calendar, state.clocks[command.clock], state.pause, today);
  if (!isRunning(clock) || today > clock.due) return accept();
  if (today === clock.due) {
    return clock.dueDayRemindedFor.includes(clock.due)
      ? accept()
      : accept({
          type: 'DeadlineApproaching',
          data: { clock: command.clock, due: clock.due, remindedOn: today, stage: 'due-day' },
        });
  }
  if (clock.remindedFor.includes(clock.due) || today < reminderDay(calendar, clock, policy.reminderAt)) {
    return accept();
  }
  return accept({
    type: 'DeadlineApproaching',
    data: { clock: command.clock, due: clock.due, remindedOn: today, stage: 'advance' },
  });
};

/**
 * An accept, reply or resolve clock running past its (paused-adjusted) due date is missed once per due date,
 * and every miss raises a 督办 order. Report-up and inform clocks are judged when their outcome happens.
 */
export const recordMissedDeadline = (
  command: RecordMissedDeadline,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'scheduler', command.type),
    optionProblem('clock', command.clock, CLOCK_KINDS, CLOCK_NAMES),
  );
  if (problem !== null) return reject(problem);
  const clock = clockDuringPause(calendar, state.clocks[command.clock], state.pause, today);
  // 报出 and 告知 go overdue by time once the department planned that outcome (PlanOutcome).
  const overdueByTime = goesOverdueByTime(command.clock) || state.plannedOutcome === command.clock;
  const nothingToDo =
    !overdueByTime || !isRunning(clock) || today <= clock.due || clock.missedFor.includes(clock.due);
  if (nothingToDo) return accept();
  const ordersForClock = state.orders.filter((order) => order.clock === command.clock).length;
  return accept(
    { type: 'DeadlineMissed', data: { clock: command.clock, due: clock.due, detectedOn: today } },
    {
      type: 'SupervisionOrderIssued',
      data: {
        orderId: supervisionOrderId(state.requestId, command.clock, ordersForClock + 1),
        clock: command.clock,
        issuedOn: today,
        ...optionalDue(orderDue(calendar, today, policy.supervisionOrderWithin)),
      },
    },
  );
};

/** `{ due }` when there is one. */
export const optionalDue = (due: CalendarDate | undefined): { readonly due?: CalendarDate } =>
  due === undefined ? {} : { due };
