import { accept, reject } from '@qinqing/shared/domain-kernel';
import { CLOCK_KINDS } from '../../values/clock-policy';
import {
  clockDue,
  extendedResolveDue,
  goesOverdueByTime,
  isRunning,
  pausedWorkingDaysBetween,
  reminderDay,
} from '../clocks';
import type {
  ApproveExtension,
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

/** Waiting for the enterprise (e.g. missing documents) stops the clocks; every pause is on the record. */
export const pauseClock = (
  command: PauseClock,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['in-progress']),
    ownerProblem(state, command.by, command.type),
    state.pause === null ? null : requestErrors.paused(command.type),
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  return accept({ type: 'RequestPaused', data: { reason: clean(command.reason), pausedOn: today } });
};

/** Every running clock moves out by the working days in (pausedOn, resumedOn]. */
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
  const pausedOn = state.pause?.pausedOn ?? today;
  const pausedWorkingDays = pausedWorkingDaysBetween(calendar, pausedOn, today);
  const dues: ClockDues = Object.fromEntries(
    CLOCK_KINDS.filter((kind) => isRunning(state.clocks[kind])).map((kind) => {
      const clock = state.clocks[kind];
      return [
        kind,
        clockDue(calendar, clock.start, clock.limit, clock.pausedWorkingDays + pausedWorkingDays),
      ];
    }),
  );
  return accept({ type: 'RequestResumed', data: { resumedOn: today, pausedWorkingDays, dues } });
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
 * decide no events. A paused request neither gets reminders nor goes overdue (its dues will move on resuming).
 */

export const recordDeadlineReminder = (
  command: RecordDeadlineReminder,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'scheduler', command.type),
    optionProblem('clock', command.clock, CLOCK_KINDS),
  );
  if (problem !== null) return reject(problem);
  const clock = state.clocks[command.clock];
  const nothingToDo =
    !isRunning(clock) ||
    state.pause !== null ||
    today > clock.due ||
    clock.remindedFor.includes(clock.due) ||
    today < reminderDay(calendar, clock, policy.reminderAt);
  if (nothingToDo) return accept();
  return accept({
    type: 'DeadlineApproaching',
    data: { clock: command.clock, due: clock.due, remindedOn: today },
  });
};

/**
 * An accept, reply or resolve clock running past its due date is missed once per due date, and every miss
 * raises a 督办 order. Report-up and inform clocks are judged when their outcome happens, never here.
 */
export const recordMissedDeadline = (
  command: RecordMissedDeadline,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'scheduler', command.type),
    optionProblem('clock', command.clock, CLOCK_KINDS),
  );
  if (problem !== null) return reject(problem);
  const clock = state.clocks[command.clock];
  const nothingToDo =
    !goesOverdueByTime(command.clock) ||
    !isRunning(clock) ||
    state.pause !== null ||
    today <= clock.due ||
    clock.missedFor.includes(clock.due);
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
      },
    },
  );
};
