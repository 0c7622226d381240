import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import type { Decision } from '@qinqing/shared/domain-kernel';
import { type CalendarDate, isCalendarDate } from '@qinqing/calendar/domain';
import type { RequestActor } from '../../values/request-actor';
import type { AppealsDecisionContext, EnterpriseRequestCommand } from '../enterprise-request.commands';
import { type EnterpriseRequestError, requestErrors } from '../enterprise-request.errors';
import type { EnterpriseRequestEvent } from '../enterprise-request.events';
import { IDENTIFIER_PATTERN, REQUEST_TEXT_LIMITS, type RequestField } from '../enterprise-request.fields';
import type { RequestStatus, SubmittedRequest } from '../enterprise-request.state';

/** The decision context plus today's China-local date, worked out once per command. */
export interface DecideContext extends AppealsDecisionContext {
  readonly today: CalendarDate;
}

export type RequestDecision = Decision<EnterpriseRequestEvent, EnterpriseRequestError>;

export type Action = EnterpriseRequestCommand['type'];

/** A rule a command breaks, or null. Handlers list their checks in order and refuse with the first problem. */
export type Problem = EnterpriseRequestError | null;

export const firstProblem = (...problems: readonly Problem[]): Problem =>
  problems.find((problem) => problem !== null) ?? null;

const lengthOf = (text: string): number => [...text.trim()].length;

/** Free text: trimmed, non-blank unless optional, at most `max` characters (code points, so 𠮷 counts once). */
export const textProblem = (
  field: RequestField,
  value: unknown,
  max: number = REQUEST_TEXT_LIMITS.text,
  options: { readonly optional?: boolean } = {},
): Problem => {
  if (typeof value !== 'string') return requestErrors.textRequired(field);
  const length = lengthOf(value);
  if (length === 0 && options.optional !== true) return requestErrors.textRequired(field);
  if (length > max) return requestErrors.textTooLong(field, max, length);
  return null;
};

export const identifierProblem = (field: RequestField, value: unknown): Problem => {
  if (typeof value !== 'string' || value.length === 0) return requestErrors.textRequired(field);
  if (value.length > REQUEST_TEXT_LIMITS.identifier) {
    return requestErrors.textTooLong(field, REQUEST_TEXT_LIMITS.identifier, value.length);
  }
  return IDENTIFIER_PATTERN.test(value) ? null : requestErrors.invalidIdentifier(field);
};

/** One of `options`; the refusal lists them by `names` when given (no codes in a Chinese message). */
export const optionProblem = (
  field: RequestField,
  value: unknown,
  options: readonly string[],
  names?: Readonly<Record<string, { readonly zh: string; readonly en: string }>>,
): Problem =>
  typeof value === 'string' && options.includes(value)
    ? null
    : requestErrors.invalidOption(field, options, names);

export const dateProblem = (field: RequestField, value: unknown): Problem =>
  isCalendarDate(value) ? null : requestErrors.invalidDate(field);

export const statusProblem = (
  state: SubmittedRequest,
  action: Action,
  allowed: readonly RequestStatus[],
): Problem => (allowed.includes(state.status) ? null : requestErrors.invalidTransition(action, state.status));

/** Statuses in which a request is still being handled (not yet answered, not closed). */
export const OPEN_STATUSES = [
  'received',
  'awaiting-acceptance',
  'in-progress',
] as const satisfies readonly RequestStatus[];

export const isStaffOf = (by: RequestActor, unitId: string | null): boolean =>
  by.kind === 'unit-staff' && unitId !== null && by.unitId === unitId;

export const roleProblem = (by: RequestActor, role: RequestActor['kind'], action: Action): Problem =>
  by.kind === role ? null : requestErrors.actorNotAllowed(action);

export const ownerProblem = (state: SubmittedRequest, by: RequestActor, action: Action): Problem =>
  isStaffOf(by, state.ownerUnitId) ? null : requestErrors.notTheOwner(action);

export const pendingDepartmentProblem = (
  state: SubmittedRequest,
  by: RequestActor,
  action: Action,
): Problem =>
  isStaffOf(by, state.handOff?.toDepartmentId ?? null) ? null : requestErrors.notThePendingDepartment(action);

export const handlingDepartmentProblem = (
  state: SubmittedRequest,
  by: RequestActor,
  action: Action,
): Problem => (isStaffOf(by, state.departmentId) ? null : requestErrors.notTheHandlingDepartment(action));

/** Credit codes compare in their normalised form (upper case, no spaces), as they are stored. */
export const isFilingEnterprise = (state: SubmittedRequest, by: RequestActor): boolean =>
  by.kind === 'enterprise' && normaliseCreditCode(by.creditCode) === state.enterprise.creditCode;

export const filingEnterpriseProblem = (
  state: SubmittedRequest,
  by: RequestActor,
  action: Action,
): Problem => (isFilingEnterprise(state, by) ? null : requestErrors.notTheFilingEnterprise(action));

/** Text as stored: trimmed. */
export const clean = (text: string): string => text.trim();
