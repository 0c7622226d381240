import { accept, reject } from '@qinqing/shared/domain-kernel';
import { handOffWindows, metOnTime, ownerAcceptClock } from '../clocks';
import { recordMissedDeadline } from './deadlines';
import type {
  AcceptRequest,
  FallToDefaultOwner,
  HandOffRequest,
  SendBackRequest,
} from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import type { SubmittedRequest } from '../enterprise-request.state';
import {
  clean,
  type DecideContext,
  firstProblem,
  identifierProblem,
  ownerProblem,
  pendingDepartmentProblem,
  type RequestDecision,
  roleProblem,
  statusProblem,
  textProblem,
} from './guards';

/*
 * 首问负责制 (J 三(四), H 六(十四), Q 六(十六)): whoever receives a request owns it until a competent department
 * accepts it. A hand-off names the department and does not move ownership; the department accepts, or sends
 * it back with a reason (once per department, within the claim window); unclaimed, it falls to the default owner.
 */

export const handOffRequest = (
  command: HandOffRequest,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['received']),
    ownerProblem(state, command.by, command.type),
    identifierProblem('toDepartmentId', command.toDepartmentId),
    textProblem('note', command.note),
    command.toDepartmentId === state.ownerUnitId ? requestErrors.handOffToSelf() : null,
  );
  if (problem !== null) return reject(problem);
  const windows = handOffWindows(calendar, today, state.limits, policy);
  return accept({
    type: 'RequestHandedOff',
    data: {
      fromUnitId: state.ownerUnitId,
      toDepartmentId: command.toDepartmentId,
      note: clean(command.note),
      handedOffOn: today,
      claimBy: windows.claimBy,
      acceptClock: windows.acceptClock,
    },
  });
};

/**
 * The pending department takes the request on, at any time while it awaits acceptance (even after `claimBy`, as
 * long as it has not fallen). A request not handed off may be accepted by its owner: a competent first receiver
 * handles the request itself.
 */
export const acceptRequest = (
  command: AcceptRequest,
  state: SubmittedRequest,
  { now, today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['received', 'awaiting-acceptance']),
    state.status === 'received'
      ? ownerProblem(state, command.by, command.type)
      : pendingDepartmentProblem(state, command.by, command.type),
  );
  if (problem !== null) return reject(problem);
  const clock = state.clocks.accept;
  return accept({
    type: 'RequestAccepted',
    data: {
      departmentId: command.by.unitId,
      acceptedAt: now.toISOString(),
      acceptedOn: today,
      ...(clock.status === 'running' ? { due: clock.due, onTime: metOnTime(clock, today) } : {}),
    },
  });
};

export const sendBackRequest = (
  command: SendBackRequest,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, ['awaiting-acceptance']),
    pendingDepartmentProblem(state, command.by, command.type),
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  const handOff = state.handOff;
  if (handOff === null) return reject(requestErrors.invalidTransition(command.type, state.status));
  if (state.sentBackBy.includes(handOff.toDepartmentId)) {
    return reject(requestErrors.sendBackAlreadyUsed());
  }
  if (today > handOff.claimBy)
    return reject(requestErrors.sendBackWindowClosed(handOff.claimBy, policy.sendBackWithin));
  return accept({
    type: 'RequestSentBack',
    data: {
      departmentId: handOff.toDepartmentId,
      reason: clean(command.reason),
      sentBackOn: today,
      returnedToUnitId: handOff.fromUnitId,
      acceptClock: ownerAcceptClock(calendar, today, state.limits),
    },
  });
};

/** Scheduler: a hand-off unclaimed after `claimBy` falls to the default owner. Nothing to do otherwise. */
export const fallToDefaultOwner = (
  command: FallToDefaultOwner,
  state: SubmittedRequest,
  context: DecideContext,
): RequestDecision => {
  const { today, calendar, policy } = context;
  const forbidden = roleProblem(command.by, 'scheduler', command.type);
  if (forbidden !== null) return reject(forbidden);
  const handOff = state.handOff;
  if (state.status !== 'awaiting-acceptance' || handOff === null || today <= handOff.claimBy) return accept();
  // The department that let the hand-off lapse missed its accept clock: that miss (and its 督办) is recorded
  // before the clock starts again for the default owner.
  const lapsed = recordMissedDeadline(
    { type: 'RecordMissedDeadline', clock: 'accept', by: command.by },
    state,
    context,
  );
  const misses = lapsed.outcome === 'accepted' ? lapsed.events : [];
  return accept(...misses, {
    type: 'RequestFellToDefaultOwner',
    data: {
      unclaimedByDepartmentId: handOff.toDepartmentId,
      defaultOwnerUnitId: policy.defaultOwnerUnitId,
      fellOn: today,
      acceptClock: ownerAcceptClock(calendar, today, state.limits),
    },
  });
};
