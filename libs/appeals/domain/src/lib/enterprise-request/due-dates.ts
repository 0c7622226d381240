import type { CalendarDate } from '@qinqing/calendar/domain';
import { CLOCK_KINDS, type ClockKind } from '../values/clock-policy';
import type { EnterpriseRequestEvent } from './enterprise-request.events';
import type { SubmittedRequest } from './enterprise-request.state';

/**
 * Every date a request is held to: its five clocks, the window in which a department may send a hand-off back
 * (`claim`, 退回期限) and the window in which the enterprise may rate or reopen (`feedback`). All are counted in
 * working days, so all can depend on a year whose holiday notice is not loaded.
 */
export type DueDateKind = ClockKind | 'claim' | 'feedback';

export const DUE_DATE_KINDS = [...CLOCK_KINDS, 'claim', 'feedback'] as const satisfies readonly DueDateKind[];

/**
 * A due date computed through a year without a loaded notice (暂定): `workingDays` working days after `from`,
 * where `years` were counted provisionally from the statutory festivals of the 2024 办法. When the notice is
 * loaded the date is computed again the same way, from the same day, with the same number of working days.
 */
export interface ProvisionalDueDate {
  readonly due: CalendarDate;
  readonly from: CalendarDate;
  readonly workingDays: number;
  readonly years: readonly number[];
}

export type ProvisionalDueDates = Partial<Record<DueDateKind, ProvisionalDueDate>>;

/** The due dates an event sets (and so the provisional marks it replaces). Needs no state: projections use it too. */
export const dueDatesSetBy = (event: EnterpriseRequestEvent): Partial<Record<DueDateKind, CalendarDate>> => {
  switch (event.type) {
    case 'RequestSubmitted':
      return event.data.dues;
    case 'RequestHandedOff':
      return {
        claim: event.data.claimBy,
        ...(event.data.acceptClock === undefined ? {} : { accept: event.data.acceptClock.due }),
      };
    // The accept clock starts again for the unit that owns the request again.
    case 'RequestSentBack':
    case 'RequestFellToDefaultOwner':
      return event.data.acceptClock === undefined ? {} : { accept: event.data.acceptClock.due };
    case 'RequestResumed':
    case 'RehandlingOrdered':
    case 'RequestReopened':
      return event.data.dues;
    case 'RequestResolved':
    case 'RequestEscalated':
    case 'RequestInformed':
      return { feedback: event.data.feedbackDue };
    case 'ResolutionExtended':
      return { resolve: event.data.resolveDue };
    case 'DueDatesRederived':
      return Object.fromEntries(event.data.changes.map((change) => [change.kind, change.due]));
    default:
      return {};
  }
};

/**
 * The provisional marks after an event: a due date the event sets loses its mark (a `DueDatesMarkedProvisional`
 * right after it marks it again when it is provisional); a re-derivation keeps a mark only for years still
 * missing.
 */
export const provisionalMarksAfter = (
  marks: ProvisionalDueDates,
  event: EnterpriseRequestEvent,
): ProvisionalDueDates => {
  if (event.type === 'DueDatesMarkedProvisional') return { ...marks, ...event.data.dueDates };
  const set = Object.keys(dueDatesSetBy(event)) as DueDateKind[];
  if (set.length === 0) return marks;
  const next: ProvisionalDueDates = { ...marks };
  for (const kind of set) delete next[kind];
  if (event.type === 'DueDatesRederived') {
    for (const change of event.data.changes) {
      const previous = marks[change.kind];
      if (previous !== undefined && change.provisionalYears.length > 0) {
        next[change.kind] = { ...previous, due: change.due, years: change.provisionalYears };
      }
    }
  }
  return next;
};

/** The date a request is held to now for `kind`, or null when it no longer applies (settled, ended, closed). */
export const dueDateInForce = (state: SubmittedRequest, kind: DueDateKind): CalendarDate | null => {
  switch (kind) {
    case 'claim':
      return state.status === 'awaiting-acceptance' ? (state.handOff?.claimBy ?? null) : null;
    case 'feedback':
      return state.status === 'answered' ? (state.answer?.feedbackDue ?? null) : null;
    default: {
      const clock = state.clocks[kind];
      return clock.status === 'running' ? clock.due : null;
    }
  }
};

/** The day a due date's period counts from (the day after it is day 1), once the event that set it is folded in. */
export const periodStartOf = (state: SubmittedRequest, kind: DueDateKind): CalendarDate | null => {
  switch (kind) {
    case 'claim':
      return state.handOff?.handedOffOn ?? null;
    case 'feedback':
      return state.answer?.answeredOn ?? null;
    default:
      return state.clocks[kind].start;
  }
};

/** The provisional marks of the due dates still in force. */
export const provisionalDueDatesInForce = (state: SubmittedRequest): ProvisionalDueDates =>
  Object.fromEntries(
    Object.entries(state.provisional ?? {}).filter(
      ([kind, mark]) => mark !== undefined && dueDateInForce(state, kind as DueDateKind) === mark.due,
    ),
  );
