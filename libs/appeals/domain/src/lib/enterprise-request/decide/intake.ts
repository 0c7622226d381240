import {
  normaliseCreditCode,
  validateMainlandMobileNumber,
  validateUnifiedSocialCreditCode,
} from '@qinqing/shared/chinese-ids';
import { accept, reject } from '@qinqing/shared/domain-kernel';
import { limitsFor, PRIORITIES, PRIORITY_NAMES } from '../../values/clock-policy';
import { REQUEST_CATEGORIES, REQUEST_CATEGORY_NAMES } from '../../values/request-category';
import { REQUEST_CHANNEL_NAMES, REQUEST_CHANNELS } from '../../values/request-channel';
import type { CalendarDate } from '@qinqing/calendar/domain';
import { chinaTimeOf } from '../../values/china-date';
import { isPastDue, OVERDUE_CLOCKS, receptionDay, submissionDues } from '../clocks';
import type { MarkDuplicate, SubmitRequest } from '../enterprise-request.commands';
import { requestErrors } from '../enterprise-request.errors';
import { REQUEST_TEXT_LIMITS } from '../enterprise-request.fields';
import type { EnterpriseRequestState, SubmittedRequest } from '../enterprise-request.state';
import {
  type Action,
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

const ORIGIN_KINDS = ['liaison-visit', 'liaison-symposium', 'queue-ticket'] as const;
const ORIGIN_KIND_NAMES = {
  'liaison-visit': { zh: '挂钩走访', en: 'Liaison visit' },
  'liaison-symposium': { zh: '政企座谈会', en: 'Symposium with enterprises' },
  'queue-ticket': { zh: '取号排队', en: 'Queue ticket' },
};

const originProblem = (origin: SubmitRequest['origin']): Problem =>
  origin === undefined
    ? null
    : firstProblem(
        optionProblem('origin.kind', origin.kind, ORIGIN_KINDS, ORIGIN_KIND_NAMES),
        identifierProblem('origin.id', origin.id),
      );

/**
 * An enterprise files its own requests (kiosk, online), as normal ones: whether a request is urgent is the
 * receiving staff's call (首问). Staff file at their own unit, which becomes the first receiver. Supervisors and
 * the scheduler do not file requests.
 */
const submitterProblem = (command: SubmitRequest, creditCode: string): Problem => {
  const { by } = command;
  switch (by.kind) {
    case 'enterprise':
      if (normaliseCreditCode(by.creditCode) !== creditCode)
        return requestErrors.notTheFilingEnterprise('SubmitRequest');
      return command.priority === 'normal' ? null : requestErrors.prioritySetByStaff();
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
    optionProblem('category', command.category, REQUEST_CATEGORIES, REQUEST_CATEGORY_NAMES),
    optionProblem('priority', command.priority, PRIORITIES, PRIORITY_NAMES),
    optionProblem('channel', command.channel, REQUEST_CHANNELS, REQUEST_CHANNEL_NAMES),
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
  const receivedOn = receptionDay(calendar, today, chinaTimeOf(now), policy.officeHoursEnd);
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
      receivedOn,
      limits,
      dues: submissionDues(calendar, receivedOn, limits),
    },
  });
};

const originalProblem = (command: MarkDuplicate, state: SubmittedRequest): Problem => {
  const { original } = command;
  if (command.originalRequestId === state.requestId) return requestErrors.duplicateOfItself();
  if (original === null || original.requestId !== command.originalRequestId) {
    return requestErrors.originalNotFound();
  }
  if (original.creditCode !== state.enterprise.creditCode) return requestErrors.originalOfAnotherEnterprise();
  if (original.duplicateOf !== null) return requestErrors.originalIsDuplicate(original.title);
  return original.closed ? requestErrors.originalNotOpen(original.title) : null;
};

/**
 * A request that has missed a deadline (recorded or not yet) or carries an open 督办 order cannot be closed
 * by marking it a duplicate: the order stays until the supervisor closes it (督办销号), so a duplicate is never a
 * way out of supervision, and the miss stays in every rate.
 */
const supervisionProblem = (state: SubmittedRequest, today: CalendarDate, action: Action): Problem => {
  const overdue = OVERDUE_CLOCKS.some((kind) => isPastDue(state.clocks[kind], today));
  const openOrder = state.orders.some((order) => order.open);
  return overdue || openOrder ? requestErrors.supervisionBlocksClosing(action) : null;
};

/**
 * Staff of the owner unit close a request that repeats another one, before it is answered. The original must
 * exist, be the same enterprise's, be open and not itself a duplicate; the enterprise is told in words which
 * request carries its matter.
 */
export const markDuplicate = (
  command: MarkDuplicate,
  state: SubmittedRequest,
  { today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(
    statusProblem(state, command.type, OPEN_STATUSES),
    ownerProblem(state, command.by, command.type),
    identifierProblem('originalRequestId', command.originalRequestId),
    originalProblem(command, state),
    supervisionProblem(state, today, command.type),
  );
  if (problem !== null) return reject(problem);
  const original = command.original;
  return accept(
    {
      type: 'MarkedDuplicate',
      data: {
        originalRequestId: command.originalRequestId,
        markedBy: command.by.staffId,
        ...(original === null
          ? {}
          : { original: { title: original.title, submittedOn: original.submittedOn } }),
      },
    },
    { type: 'RequestClosed', data: { closedOn: today, reason: 'duplicate' } },
  );
};
