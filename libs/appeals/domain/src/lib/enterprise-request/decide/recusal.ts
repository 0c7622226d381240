import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import { reject } from '@qinqing/shared/domain-kernel';
import type { StaffConflict } from '../../values/staff-conflict';
import type { EnterpriseRequestCommand } from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import { type EnterpriseRequestState, isSubmitted } from '../enterprise-request.state';
import type { RequestDecision } from './guards';

/*
 * 回避 (J 四, last paragraph): "可能存在利益冲突情形的，应当事先报告或者主动申请回避；应当回避而未回避的，应当根据规定直接
 * 作出回避决定". A staff member (unit staff or supervisor) whose declared specific-relation person is tied to the
 * request's enterprise, or who has a recusal recorded for it, does not act on the request: not hand it off, accept,
 * send back, reply, pause, answer, approve or supervise it. Someone else of the unit does. Liaison holds the
 * declarations; the decider gets the actor's conflicts as an input (`actorConflicts`), as it gets the calendar.
 *
 * Applied to what the command would otherwise do: a command refused for another reason keeps that reason (a
 * handler of another department is told it is not theirs), and one that records nothing changes nothing. Filing a
 * request is not acting on it (首问负责: whoever receives it registers it); the enterprise and the scheduler have
 * no conflicts.
 */
export const underRecusal = (
  command: EnterpriseRequestCommand,
  state: EnterpriseRequestState,
  actorConflicts: readonly StaffConflict[],
  decision: RequestDecision,
): RequestDecision => {
  if (decision.outcome !== 'accepted' || decision.events.length === 0) return decision;
  const by = recusingActorOf(command);
  if (by === null || !isSubmitted(state)) return decision;
  const creditCode = normaliseCreditCode(state.enterprise.creditCode);
  const conflicts = actorConflicts.filter(
    (c) => c.staffId === by.staffId && normaliseCreditCode(c.creditCode) === creditCode,
  );
  if (conflicts.length === 0) return decision;
  // A recorded recusal is the plainer reason to give when there are both.
  const basis = conflicts.some((c) => c.basis === 'recusal') ? 'recusal' : 'declared-tie';
  return reject(requestErrors.conflictOfInterest(command.type, basis));
};

/**
 * The staff member whose conflicts can change what `command` does, or null when none can (filing, the
 * enterprise, the scheduler): the conflicts need not be looked up for such a command.
 */
export const recusingActorOf = (
  command: EnterpriseRequestCommand,
): { readonly kind: 'unit-staff' | 'supervisor'; readonly staffId: string } | null => {
  if (command.type === 'SubmitRequest') return null;
  const by = command.by;
  return by.kind === 'unit-staff' || by.kind === 'supervisor' ? by : null;
};
