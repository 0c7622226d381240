import type {
  DueDatesRederived,
  EnterpriseRequestEvent,
  ProvisionalDueDates,
  RequestSubmitted,
} from '@qinqing/appeals/domain';
import type { RowWrite } from '@qinqing/shared/event-sourcing';
import {
  clockDuesIn,
  endClock,
  markClock,
  moveClocks,
  restartClock,
  settleClock,
  settleOutcome,
  startClocks,
  type TrackedClocks,
} from '../clock-tracking';
import {
  closeOrder,
  escalateOrder,
  markFollowUp,
  remindOrder,
  trackFollowUp,
  trackOrder,
} from './side-writes';

/**
 * A request's row of `appeals_requests` as the projection folds it in memory: every column an event reads or
 * sets. Dates are ISO text when an event set them, or what the driver gave when loaded (compared through
 * `dateText`, never written back unless an event set them).
 */
export interface RequestRow {
  readonly request_id: string;
  readonly status: string;
  readonly clocks: TrackedClocks;
  readonly handed_off_by: string | null;
  readonly pending_department_id: string | null;
  readonly claim_by: string | Date | null;
  readonly feedback_due: string | Date | null;
  readonly open_supervision_orders: number;
  readonly provisional: ProvisionalDueDates;
  readonly provisional_year: number | null;
  readonly [column: string]: unknown;
}

/** The columns an event sets on its request's row (besides `updated_at`). */
export type RowChanges = Readonly<Record<string, unknown>>;

/** What one event does: the row's new columns (null: row untouched) and writes of the side tables. */
export interface RowEffect {
  readonly set: RowChanges | null;
  readonly side: readonly RowWrite[];
}

/** The row a submission creates: every column, as the table's defaults would fill it. */
export const rowOfSubmission = (requestId: string, event: RequestSubmitted): RequestRow => {
  const d = event.data;
  return {
    request_id: requestId,
    receipt_code: d.receiptCode,
    enterprise_credit_code: d.enterprise.creditCode,
    enterprise_name: d.enterprise.name,
    contact_name: d.contact.name,
    contact_phone: d.contact.phone,
    category: d.category,
    priority: d.priority,
    title: d.title,
    channel: d.channel,
    receiving_unit_id: d.receivingUnitId,
    owner_unit_id: d.receivingUnitId,
    handed_off_by: null,
    pending_department_id: null,
    claim_by: null,
    department_id: null,
    status: 'received',
    paused: false,
    outcome: null,
    answered_on: null,
    feedback_due: null,
    rating: null,
    review_open: false,
    reopen_count: 0,
    duplicate_of: null,
    open_supervision_orders: 0,
    clocks: startClocks(d.dues),
    provisional: {},
    provisional_year: null,
    submitted_at: d.submittedAt,
    submitted_on: d.submittedOn,
    updated_at: d.submittedAt,
  };
};

/** A closed or rated request has no clock left running. */
const endAll = (clocks: TrackedClocks): TrackedClocks =>
  (Object.keys(clocks) as (keyof TrackedClocks)[]).reduce((next, kind) => endClock(next, kind), clocks);

/** Moved due dates: clocks (reminders start again for the new date), the send-back window, the feedback window. */
const rederivedColumns = (clocks: TrackedClocks, event: DueDatesRederived): Record<string, unknown> => {
  const set: Record<string, unknown> = { clocks: moveClocks(clocks, clockDuesIn(event)) };
  for (const change of event.data.changes) {
    if (change.kind === 'claim') set['claim_by'] = change.due;
    if (change.kind === 'feedback') set['feedback_due'] = change.due;
  }
  return set;
};

const sideOnly = (...side: RowWrite[]): RowEffect => ({ set: null, side });

const sets = (set: RowChanges, side: readonly RowWrite[] = []): RowEffect => ({ set, side });

const NOTHING: RowEffect = { set: null, side: [] };

/** What an event other than the submission does to the request's row and side tables. */
export const rowEffectOf = (row: RequestRow, event: EnterpriseRequestEvent): RowEffect => {
  const { clocks, request_id: requestId } = row;
  switch (event.type) {
    case 'RequestHandedOff':
      return sets({
        status: 'awaiting-acceptance',
        pending_department_id: event.data.toDepartmentId,
        handed_off_by: event.data.fromUnitId,
        claim_by: event.data.claimBy,
        clocks: restartClock(clocks, 'accept', event.data.acceptClock),
      });
    case 'RequestAccepted':
      return sets({
        status: 'in-progress',
        department_id: event.data.departmentId,
        owner_unit_id: event.data.departmentId,
        pending_department_id: null,
        clocks: settleClock(clocks, 'accept', event.data.acceptedOn, event.data.onTime),
      });
    case 'RequestSentBack':
      return sets({
        status: 'received',
        pending_department_id: null,
        owner_unit_id: event.data.returnedToUnitId,
        clocks: restartClock(clocks, 'accept', event.data.acceptClock),
      });
    case 'RequestFellToDefaultOwner':
      return sets({
        status: 'received',
        pending_department_id: null,
        owner_unit_id: event.data.defaultOwnerUnitId,
        clocks: restartClock(clocks, 'accept', event.data.acceptClock),
      });
    case 'RequestReplied':
      return sets({ clocks: settleClock(clocks, 'reply', event.data.repliedOn, event.data.onTime) });
    case 'OutcomePlanned':
      return sets({ clocks: markClock(clocks, event.data.outcome, { planned: true }) });
    case 'RequestPaused':
      return sets({ paused: true });
    case 'RequestResumed':
      return sets({ paused: false, clocks: moveClocks(clocks, event.data.dues) });
    case 'RequestResolved':
      return sets({
        status: 'answered',
        outcome: 'resolved',
        answered_on: event.data.resolvedOn,
        feedback_due: event.data.feedbackDue,
        clocks: settleOutcome(clocks, 'resolve', event.data.resolvedOn, event.data.onTime),
      });
    case 'RequestEscalated':
      return sets({
        status: 'answered',
        outcome: 'reported-up',
        answered_on: event.data.escalatedOn,
        feedback_due: event.data.feedbackDue,
        clocks: settleOutcome(clocks, 'report-up', event.data.escalatedOn, event.data.onTime),
      });
    case 'RequestInformed':
      return sets({
        status: 'answered',
        outcome: 'informed',
        answered_on: event.data.informedOn,
        feedback_due: event.data.feedbackDue,
        clocks: settleOutcome(clocks, 'inform', event.data.informedOn, event.data.onTime),
      });
    case 'ResolutionExtended':
      return sets({ clocks: moveClocks(clocks, { resolve: event.data.resolveDue }) });
    case 'DeadlineApproaching':
      return sets({ clocks: markClock(clocks, event.data.clock, { reminded: true }) });
    case 'DeadlineMissed':
      return sets({ clocks: markClock(clocks, event.data.clock, { status: 'overdue' }) });
    case 'SupervisionOrderIssued':
      return sets(
        { open_supervision_orders: row.open_supervision_orders + 1 },
        trackOrder(requestId, event.data.orderId, event.data.due),
      );
    case 'SupervisionOrderReminded':
      return sideOnly(remindOrder(event.data.orderId));
    case 'SupervisionOrderEscalated':
      return sideOnly(escalateOrder(event.data.orderId, event.data.toLevel, event.data.due));
    case 'SupervisionOrderClosed':
      return sets({ open_supervision_orders: Math.max(0, row.open_supervision_orders - 1) }, [
        closeOrder(event.data.orderId),
      ]);
    case 'RehandlingOrdered':
      // Re-handling an answered request reopens it with new dues; on one still in hand it only instructs.
      if (Object.keys(event.data.dues).length === 0) return NOTHING;
      return sets({
        status: 'in-progress',
        outcome: null,
        answered_on: null,
        feedback_due: null,
        clocks: moveClocks(clocks, event.data.dues),
      });
    case 'RequestRated':
      return sets({ status: 'rated', rating: event.data.rating, clocks: endAll(clocks) });
    case 'ReviewOpened':
      return sets({ review_open: true }, [
        ...trackOrder(requestId, event.data.orderId, event.data.due),
        ...trackFollowUp(requestId, 'callback', event.data.callbackDue),
        ...trackFollowUp(requestId, 'rectification', event.data.rectificationDue),
      ]);
    case 'RequestReopened':
      return sets({
        status: 'in-progress',
        outcome: null,
        answered_on: null,
        feedback_due: null,
        reopen_count: event.data.reopenCount,
        clocks: moveClocks(clocks, event.data.dues),
      });
    case 'RequestClosed':
      // Closing ends a pause too (the domain's fold clears it): a closed request is never shown as paused.
      return sets(
        { status: 'closed', paused: false, clocks: endAll(clocks) },
        trackFollowUp(requestId, 'callback', event.data.callbackDue),
      );
    case 'CallbackRecorded':
      return sideOnly(markFollowUp(requestId, 'callback', 'done'));
    case 'RectificationReported':
      return sideOnly(markFollowUp(requestId, 'rectification', 'done'));
    case 'FollowUpReminded':
      return sideOnly(markFollowUp(requestId, event.data.followUp, 'reminded'));
    case 'FollowUpMissed':
      return sideOnly(markFollowUp(requestId, event.data.followUp, 'missed'));
    case 'MarkedDuplicate':
      return sets({ duplicate_of: event.data.originalRequestId });
    case 'DueDatesRederived':
      return sets(rederivedColumns(clocks, event));
    default:
      return NOTHING;
  }
};
