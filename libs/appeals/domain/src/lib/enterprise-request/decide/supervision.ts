import { accept, reject } from '@qinqing/shared/domain-kernel';
import { orderDue, restartedOutcomeDues } from '../clocks';
import { SUPERVISION_OUTCOME_NAMES, SUPERVISION_OUTCOMES } from '../../values/supervision-outcome';
import type {
  AddSupervisionNote,
  ApproveRateExclusion,
  RecordOrderDeadline,
  CloseSupervisionOrder,
  OrderRehandling,
} from '../enterprise-request.commands';
import { type EnterpriseRequestError, requestErrors } from '../enterprise-request.errors';
import type { SubmittedRequest, SupervisionOrder } from '../enterprise-request.state';
import {
  clean,
  type DecideContext,
  firstProblem,
  optionProblem,
  type RequestDecision,
  roleProblem,
  statusProblem,
  textProblem,
} from './guards';

/*
 * 督办 by the 效能督查 office (H 二(三) 跟踪督促问效, J 三(四) 行政效能监督) on orders this request raised: missed
 * deadlines and reviews of poor ratings. Orders outlive the request's handling: notes and closing are possible
 * in any status.
 */

const openOrder = (state: SubmittedRequest, orderId: string): SupervisionOrder | EnterpriseRequestError => {
  const order = state.orders.find((candidate) => candidate.orderId === orderId);
  if (order === undefined) return requestErrors.orderNotFound(orderId);
  return order.open ? order : requestErrors.orderClosed(orderId);
};

const isError = (value: SupervisionOrder | EnterpriseRequestError): value is EnterpriseRequestError =>
  'kind' in value;

/**
 * Re-handling on an open order. An answered (or rated) request goes back in progress at the same department,
 * its outcome clocks started again from today; one still being handled only gets the instruction on record.
 */
export const orderRehandling = (
  command: OrderRehandling,
  state: SubmittedRequest,
  { today, calendar }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'supervisor', command.type),
    statusProblem(state, command.type, [
      'received',
      'awaiting-acceptance',
      'in-progress',
      'answered',
      'rated',
    ]),
  );
  if (problem !== null) return reject(problem);
  const order = openOrder(state, command.orderId);
  if (isError(order)) return reject(order);
  const instructionProblem = textProblem('instruction', command.instruction);
  if (instructionProblem !== null) return reject(instructionProblem);
  const backToDepartment = state.status === 'answered' || state.status === 'rated';
  return accept({
    type: 'RehandlingOrdered',
    data: {
      orderId: order.orderId,
      supervisorId: command.by.staffId,
      instruction: clean(command.instruction),
      orderedOn: today,
      dues: backToDepartment ? restartedOutcomeDues(calendar, today, state.limits) : {},
    },
  });
};

export const addSupervisionNote = (command: AddSupervisionNote, state: SubmittedRequest): RequestDecision => {
  const forbidden = roleProblem(command.by, 'supervisor', command.type);
  if (forbidden !== null) return reject(forbidden);
  const order = openOrder(state, command.orderId);
  if (isError(order)) return reject(order);
  const problem = textProblem('note', command.note);
  if (problem !== null) return reject(problem);
  return accept({
    type: 'SupervisionNoteAdded',
    data: { orderId: order.orderId, supervisorId: command.by.staffId, note: clean(command.note) },
  });
};

/** 督办销号: closing an order records its outcome (整改完成 / 问责建议) and the conclusion. */
export const closeSupervisionOrder = (
  command: CloseSupervisionOrder,
  state: SubmittedRequest,
): RequestDecision => {
  const forbidden = roleProblem(command.by, 'supervisor', command.type);
  if (forbidden !== null) return reject(forbidden);
  const order = openOrder(state, command.orderId);
  if (isError(order)) return reject(order);
  const problem = firstProblem(
    optionProblem('outcome', command.outcome, SUPERVISION_OUTCOMES, SUPERVISION_OUTCOME_NAMES),
    textProblem('conclusion', command.conclusion),
  );
  if (problem !== null) return reject(problem);
  return accept({
    type: 'SupervisionOrderClosed',
    data: {
      orderId: order.orderId,
      supervisorId: command.by.staffId,
      conclusion: clean(command.conclusion),
      outcome: command.outcome,
    },
  });
};

/**
 * Scheduler, idempotent: an open order gets its reminder one working day before its due date; once past it,
 * an order at the first level (效能督查办 with 党政办督查室) is escalated to 党工委、管委会 with a new due date
 * (Hengkou 二(三) 跟踪督促问效). At the top level nothing more happens by time: the supervisor closes it.
 */
export const recordOrderDeadline = (
  command: RecordOrderDeadline,
  state: SubmittedRequest,
  { today, calendar, policy }: DecideContext,
): RequestDecision => {
  const forbidden = roleProblem(command.by, 'scheduler', command.type);
  if (forbidden !== null) return reject(forbidden);
  const order = state.orders.find((candidate) => candidate.orderId === command.orderId);
  if (order === undefined || !order.open || order.due === null) return accept();
  if (today > order.due) {
    const due = orderDue(calendar, today, policy.supervisionOrderWithin);
    // Escalated once the next year's holidays are known (the scheduler tries again each day).
    if (order.level !== 1 || due === undefined) return accept();
    return accept({
      type: 'SupervisionOrderEscalated',
      data: {
        orderId: order.orderId,
        toLevel: 2,
        missedDue: order.due,
        escalatedOn: today,
        due,
      },
    });
  }
  // From one working day before the due date: the next working day after today is the due date (or later).
  const dueWithinADay = calendar.addWorkingDays(today, 1) >= order.due;
  if (order.remindedFor.includes(order.due) || !dueWithinADay) return accept();
  return accept({
    type: 'SupervisionOrderReminded',
    data: { orderId: order.orderId, due: order.due, remindedOn: today },
  });
};

/**
 * 核减 (12345 practice): a justified 告知 or an 报出 is removed from the resolution-rate denominator, but only
 * when the supervisor approves it with a reason — never by the department's own choice of outcome.
 */
export const approveRateExclusion = (
  command: ApproveRateExclusion,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    roleProblem(command.by, 'supervisor', command.type),
    statusProblem(state, command.type, ['answered', 'rated', 'closed']),
    textProblem('reason', command.reason),
  );
  if (problem !== null) return reject(problem);
  const answer = state.answer;
  if (answer === null || answer.outcome === 'resolve') return reject(requestErrors.notExcludable());
  if (answer.excluded) return reject(requestErrors.alreadyExcluded());
  return accept({
    type: 'RateExclusionApproved',
    data: {
      outcome: answer.outcome,
      supervisorId: command.by.staffId,
      reason: clean(command.reason),
      approvedOn: today,
    },
  });
};
