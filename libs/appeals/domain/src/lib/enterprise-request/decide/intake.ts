import {
  normaliseCreditCode,
  validateMainlandMobileNumber,
  validateUnifiedSocialCreditCode,
} from '@qinqing/shared/chinese-ids';
import { accept, reject } from '@qinqing/shared/domain-kernel';
import { limitsFor, PRIORITIES } from '../../values/clock-policy';
import { REQUEST_CATEGORIES } from '../../values/request-category';
import { REQUEST_CHANNELS } from '../../values/request-channel';
import { submissionDues } from '../clocks';
import type { MarkDuplicate, SubmitRequest } from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import { REQUEST_TEXT_LIMITS } from '../enterprise-request.fields';
import type { EnterpriseRequestState, SubmittedRequest } from '../enterprise-request.state';
import {
  clean,
  type DecideContext,
  firstProblem,
  identifierProblem,
  OPEN_STATUSES,
  optionProblem,
  ownerProblem,
  type Problem,
  type RequestDecision,
  statusProblem,
  textProblem,
} from './guards';

const ORIGIN_KINDS = ['liaison-visit', 'queue-ticket'] as const;

const originProblem = (origin: SubmitRequest['origin']): Problem =>
  origin === undefined
    ? null
    : firstProblem(
        optionProblem('origin.kind', origin.kind, ORIGIN_KINDS),
        identifierProblem('origin.id', origin.id),
      );

/**
 * An enterprise files its own requests (kiosk, online); staff file at their own unit, which becomes the first
 * receiver (首问). Supervisors and the scheduler do not file requests.
 */
const submitterProblem = (command: SubmitRequest, creditCode: string): Problem => {
  const { by } = command;
  switch (by.kind) {
    case 'enterprise':
      return normaliseCreditCode(by.creditCode) === creditCode
        ? null
        : requestErrors.notTheFilingEnterprise('SubmitRequest');
    case 'unit-staff':
      return by.unitId === command.receivingUnitId ? null : requestErrors.receivingUnitMismatch();
    case 'supervisor':
    case 'scheduler':
      return requestErrors.actorNotAllowed('SubmitRequest');
  }
};

/** Opens the request on an empty stream. The receiving unit owns it; all five clocks start today. */
export const submitRequest = (
  command: SubmitRequest,
  state: EnterpriseRequestState,
  { now, today, calendar, policy }: DecideContext,
): RequestDecision => {
  if (state.status !== 'none') return reject(requestErrors.alreadySubmitted(state.requestId));

  const problem = firstProblem(
    identifierProblem('requestId', command.requestId),
    identifierProblem('receiptCode', command.receiptCode),
    textProblem('enterprise.name', command.enterprise?.name, REQUEST_TEXT_LIMITS.name),
    textProblem('contact.name', command.contact?.name, REQUEST_TEXT_LIMITS.name),
    optionProblem('category', command.category, REQUEST_CATEGORIES),
    optionProblem('priority', command.priority, PRIORITIES),
    optionProblem('channel', command.channel, REQUEST_CHANNELS),
    textProblem('title', command.title, REQUEST_TEXT_LIMITS.title),
    textProblem('description', command.description, REQUEST_TEXT_LIMITS.description),
    identifierProblem('receivingUnitId', command.receivingUnitId),
    originProblem(command.origin),
  );
  if (problem !== null) return reject(problem);
  // Stored normalised (upper case, no separators), so later comparisons and projections see one form.
  const creditCode = validateUnifiedSocialCreditCode(String(command.enterprise.creditCode ?? ''));
  if (!creditCode.ok) return reject(requestErrors.invalidCreditCode(creditCode.message));
  const phone = validateMainlandMobileNumber(String(command.contact.phone ?? ''));
  if (!phone.ok) return reject(requestErrors.invalidPhone(phone.message));

  const forbidden = submitterProblem(command, creditCode.value);
  if (forbidden !== null) return reject(forbidden);

  const limits = limitsFor(policy, command.category, command.priority);
  return accept({
    type: 'RequestSubmitted',
    data: {
      requestId: command.requestId,
      receiptCode: command.receiptCode,
      enterprise: { creditCode: creditCode.value, name: clean(command.enterprise.name) },
      contact: { name: clean(command.contact.name), phone: phone.value },
      category: command.category,
      priority: command.priority,
      title: clean(command.title),
      description: clean(command.description),
      channel: command.channel,
      receivingUnitId: command.receivingUnitId,
      ...(command.origin === undefined
        ? {}
        : { origin: { kind: command.origin.kind, id: command.origin.id } }),
      submittedAt: now.toISOString(),
      submittedOn: today,
      limits,
      dues: submissionDues(calendar, today, limits),
    },
  });
};

/** Staff of the owner unit close a request that repeats another one, before it is answered. */
export const markDuplicate = (
  command: MarkDuplicate,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, OPEN_STATUSES),
    ownerProblem(state, command.by, command.type),
    identifierProblem('originalRequestId', command.originalRequestId),
    command.originalRequestId === state.requestId ? requestErrors.duplicateOfItself() : null,
  );
  if (problem !== null) return reject(problem);
  return accept(
    {
      type: 'MarkedDuplicate',
      data: { originalRequestId: command.originalRequestId, markedBy: command.by.staffId },
    },
    { type: 'RequestClosed', data: { closedOn: today, reason: 'duplicate' } },
  );
};
