import {
  type DueDatesRederived,
  type EnterpriseRequestEvent,
  requestIdOfStream,
} from '@qinqing/appeals/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
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
import { trackProvisionalDueDates } from './provisional-tracking';
import { REQUESTS_TABLE_DDL } from './requests.schema.sql';

type Row = {
  status: string;
  clocks: TrackedClocks;
  handed_off_by: string | null;
  pending_department_id: string | null;
};

const update = async (
  tx: SqlExecutor,
  requestId: string,
  at: string,
  set: Record<string, unknown>,
): Promise<void> => {
  const columns = Object.keys(set);
  const assignments = columns.map((column, i) => `${column} = $${i + 3}`).join(', ');
  await tx.query(`UPDATE appeals_requests SET ${assignments}, updated_at = $2 WHERE request_id = $1`, [
    requestId,
    at,
    ...columns.map((c) => {
      const value = set[c];
      return c === 'clocks' ? JSON.stringify(value) : value;
    }),
  ]);
};

const load = async (tx: SqlExecutor, requestId: string): Promise<Row | null> => {
  const { rows } = await tx.query<Row>(
    'SELECT status, clocks, handed_off_by, pending_department_id FROM appeals_requests WHERE request_id = $1',
    [requestId],
  );
  return rows[0] ?? null;
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

/** The row's columns, event by event (provisional marks are kept by `trackProvisionalDueDates` after it). */
const rowProjection: Projection = {
  name: 'appeals-requests',
  setup: async (db) => {
    for (const statement of REQUESTS_TABLE_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM appeals_requests');
    await tx.query('DELETE FROM appeals_supervision_orders');
    await tx.query('DELETE FROM appeals_follow_ups');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const requestId = requestIdOfStream(recorded.streamId);
    if (requestId === null) return;
    const event = { type: recorded.type, data: recorded.data } as EnterpriseRequestEvent;
    const at = recorded.metadata.occurredAt;
    if (event.type === 'RequestSubmitted') {
      const d = event.data;
      await tx.query(
        `INSERT INTO appeals_requests (request_id, receipt_code, enterprise_credit_code, enterprise_name, contact_name,
           contact_phone, category, priority, title, channel, receiving_unit_id, owner_unit_id, status, clocks,
           submitted_at, submitted_on, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11,'received',$12,$13,$14,$13)
         ON CONFLICT (request_id) DO NOTHING`,
        [
          requestId,
          d.receiptCode,
          d.enterprise.creditCode,
          d.enterprise.name,
          d.contact.name,
          d.contact.phone,
          d.category,
          d.priority,
          d.title,
          d.channel,
          d.receivingUnitId,
          JSON.stringify(startClocks(d.dues)),
          d.submittedAt,
          d.submittedOn,
        ],
      );
      return;
    }
    const row = await load(tx, requestId);
    if (row === null) return;
    const { clocks } = row;
    switch (event.type) {
      case 'RequestHandedOff':
        return update(tx, requestId, at, {
          status: 'awaiting-acceptance',
          pending_department_id: event.data.toDepartmentId,
          handed_off_by: event.data.fromUnitId,
          claim_by: event.data.claimBy,
          clocks: restartClock(clocks, 'accept', event.data.acceptClock),
        });
      case 'RequestAccepted':
        return update(tx, requestId, at, {
          status: 'in-progress',
          department_id: event.data.departmentId,
          owner_unit_id: event.data.departmentId,
          pending_department_id: null,
          clocks: settleClock(clocks, 'accept', event.data.acceptedOn, event.data.onTime),
        });
      case 'RequestSentBack':
        return update(tx, requestId, at, {
          status: 'received',
          pending_department_id: null,
          owner_unit_id: event.data.returnedToUnitId,
          clocks: restartClock(clocks, 'accept', event.data.acceptClock),
        });
      case 'RequestFellToDefaultOwner':
        return update(tx, requestId, at, {
          status: 'received',
          pending_department_id: null,
          owner_unit_id: event.data.defaultOwnerUnitId,
          clocks: restartClock(clocks, 'accept', event.data.acceptClock),
        });
      case 'RequestReplied':
        return update(tx, requestId, at, {
          clocks: settleClock(clocks, 'reply', event.data.repliedOn, event.data.onTime),
        });
      case 'OutcomePlanned':
        return update(tx, requestId, at, {
          clocks: markClock(clocks, event.data.outcome, { planned: true }),
        });
      case 'RequestPaused':
        return update(tx, requestId, at, { paused: true });
      case 'RequestResumed':
        return update(tx, requestId, at, { paused: false, clocks: moveClocks(clocks, event.data.dues) });
      case 'RequestResolved':
        return update(tx, requestId, at, {
          status: 'answered',
          outcome: 'resolved',
          answered_on: event.data.resolvedOn,
          feedback_due: event.data.feedbackDue,
          clocks: settleOutcome(clocks, 'resolve', event.data.resolvedOn, event.data.onTime),
        });
      case 'RequestEscalated':
        return update(tx, requestId, at, {
          status: 'answered',
          outcome: 'reported-up',
          answered_on: event.data.escalatedOn,
          feedback_due: event.data.feedbackDue,
          clocks: settleOutcome(clocks, 'report-up', event.data.escalatedOn, event.data.onTime),
        });
      case 'RequestInformed':
        return update(tx, requestId, at, {
          status: 'answered',
          outcome: 'informed',
          answered_on: event.data.informedOn,
          feedback_due: event.data.feedbackDue,
          clocks: settleOutcome(clocks, 'inform', event.data.informedOn, event.data.onTime),
        });
      case 'ResolutionExtended':
        return update(tx, requestId, at, { clocks: moveClocks(clocks, { resolve: event.data.resolveDue }) });
      case 'DeadlineApproaching':
        return update(tx, requestId, at, { clocks: markClock(clocks, event.data.clock, { reminded: true }) });
      case 'DeadlineMissed':
        return update(tx, requestId, at, {
          clocks: markClock(clocks, event.data.clock, { status: 'overdue' }),
        });
      case 'SupervisionOrderIssued':
        await trackOrder(tx, requestId, event.data.orderId, event.data.due);
        return update(tx, requestId, at, { open_supervision_orders: await openOrders(tx, requestId, +1) });
      case 'SupervisionOrderReminded':
        await tx.query('UPDATE appeals_supervision_orders SET reminded = true WHERE order_id = $1', [
          event.data.orderId,
        ]);
        return;
      case 'SupervisionOrderEscalated':
        await tx.query(
          'UPDATE appeals_supervision_orders SET level = $2, due = $3, reminded = false WHERE order_id = $1',
          [event.data.orderId, event.data.toLevel, event.data.due],
        );
        return;
      case 'SupervisionOrderClosed':
        await tx.query('UPDATE appeals_supervision_orders SET open = false WHERE order_id = $1', [
          event.data.orderId,
        ]);
        return update(tx, requestId, at, { open_supervision_orders: await openOrders(tx, requestId, -1) });
      case 'RehandlingOrdered':
        // Re-handling an answered request reopens it with new dues; on one still in hand it only instructs.
        if (Object.keys(event.data.dues).length === 0) return;
        return update(tx, requestId, at, {
          status: 'in-progress',
          outcome: null,
          answered_on: null,
          feedback_due: null,
          clocks: moveClocks(clocks, event.data.dues),
        });
      case 'RequestRated':
        return update(tx, requestId, at, {
          status: 'rated',
          rating: event.data.rating,
          clocks: endAll(clocks),
        });
      case 'ReviewOpened':
        await trackOrder(tx, requestId, event.data.orderId, event.data.due);
        await trackFollowUp(tx, requestId, 'callback', event.data.callbackDue);
        await trackFollowUp(tx, requestId, 'rectification', event.data.rectificationDue);
        return update(tx, requestId, at, { review_open: true });
      case 'RequestReopened':
        return update(tx, requestId, at, {
          status: 'in-progress',
          outcome: null,
          answered_on: null,
          feedback_due: null,
          reopen_count: event.data.reopenCount,
          clocks: moveClocks(clocks, event.data.dues),
        });
      case 'RequestClosed':
        await trackFollowUp(tx, requestId, 'callback', event.data.callbackDue);
        return update(tx, requestId, at, { status: 'closed', clocks: endAll(clocks) });
      case 'CallbackRecorded':
        return markFollowUp(tx, requestId, 'callback', 'done');
      case 'RectificationReported':
        return markFollowUp(tx, requestId, 'rectification', 'done');
      case 'FollowUpReminded':
        return markFollowUp(tx, requestId, event.data.followUp, 'reminded');
      case 'FollowUpMissed':
        return markFollowUp(tx, requestId, event.data.followUp, 'missed');
      case 'MarkedDuplicate':
        return update(tx, requestId, at, { duplicate_of: event.data.originalRequestId });
      case 'DueDatesRederived':
        return update(tx, requestId, at, rederivedColumns(clocks, event));
      default:
        return;
    }
  },
};

/** A 回访 or 整改 clock with a due date. */
const trackFollowUp = async (
  tx: SqlExecutor,
  requestId: string,
  followUp: string,
  due: string | undefined,
) => {
  if (due === undefined) return;
  await tx.query(
    `INSERT INTO appeals_follow_ups (request_id, follow_up, due) VALUES ($1,$2,$3)
     ON CONFLICT (request_id, follow_up) DO UPDATE SET due = EXCLUDED.due, reminded = false, missed = false, done = false`,
    [requestId, followUp, due],
  );
};

const markFollowUp = async (
  tx: SqlExecutor,
  requestId: string,
  followUp: string,
  flag: 'done' | 'reminded' | 'missed',
): Promise<void> => {
  await tx.query(`UPDATE appeals_follow_ups SET ${flag} = true WHERE request_id = $1 AND follow_up = $2`, [
    requestId,
    followUp,
  ]);
};

/** An order with a due date (orders recorded before orders had deadlines have none and are not tracked). */
const trackOrder = async (tx: SqlExecutor, requestId: string, orderId: string, due: string | undefined) => {
  if (due === undefined) return;
  await tx.query(
    'INSERT INTO appeals_supervision_orders (order_id, request_id, due) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING',
    [orderId, requestId, due],
  );
};

const openOrders = async (tx: SqlExecutor, requestId: string, delta: number): Promise<number> => {
  const { rows } = await tx.query<{ open_supervision_orders: number }>(
    'SELECT open_supervision_orders FROM appeals_requests WHERE request_id = $1',
    [requestId],
  );
  return Math.max(0, (rows[0]?.open_supervision_orders ?? 0) + delta);
};

/** `appeals_requests`: one row per request with its owner, status and clocks, for lists and the scheduler. */
export const requestsProjection: Projection = {
  ...rowProjection,
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    await rowProjection.apply(recorded, tx);
    const requestId = requestIdOfStream(recorded.streamId);
    if (requestId === null) return;
    await trackProvisionalDueDates(tx, requestId, {
      type: recorded.type,
      data: recorded.data,
    } as EnterpriseRequestEvent);
  },
};
