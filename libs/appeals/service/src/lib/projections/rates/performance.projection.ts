import {
  type ClockKind,
  type EnterpriseRequestEvent,
  OUTCOME_OF_EVENT,
  requestIdOfStream,
} from '@qinqing/appeals/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  clockDuesIn,
  moveClocks,
  restartClock,
  settleClock,
  settleOutcome,
  startClocks,
  type TrackedClocks,
} from '../clock-tracking';
import { PERFORMANCE_TABLES, PERFORMANCE_TABLES_DDL } from './performance.schema.sql';

interface Tracked {
  responsible_unit_id: string;
  cycle: number;
  clocks: TrackedClocks;
}

const save = (tx: SqlExecutor, requestId: string, tracked: Tracked) =>
  tx.query(
    'UPDATE appeals_perf2_requests SET responsible_unit_id = $2, cycle = $3, clocks = $4 WHERE request_id = $1',
    [requestId, tracked.responsible_unit_id, tracked.cycle, JSON.stringify(tracked.clocks)],
  );

/** Records each clock once per cycle: the first of "settled" or "missed" decides whether it was on time. */
const recordClockFacts = async (
  tx: SqlExecutor,
  requestId: string,
  before: TrackedClocks,
  after: TrackedClocks,
  tracked: Tracked,
): Promise<void> => {
  for (const [kind, clock] of Object.entries(after) as [ClockKind, NonNullable<TrackedClocks[ClockKind]>][]) {
    const previous = before[kind];
    const settled = (clock.status === 'met' || clock.status === 'late') && previous?.status !== clock.status;
    if (!settled || clock.settledOn === null) continue;
    await tx.query(
      `INSERT INTO appeals_perf2_clock_facts (request_id, clock, cycle, unit_id, settled_on, on_time)
       VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
      [requestId, kind, tracked.cycle, tracked.responsible_unit_id, clock.settledOn, clock.status === 'met'],
    );
  }
};

const recordMissed = (tx: SqlExecutor, requestId: string, clock: ClockKind, on: string, tracked: Tracked) =>
  tx.query(
    `INSERT INTO appeals_perf2_clock_facts (request_id, clock, cycle, unit_id, settled_on, on_time)
     VALUES ($1,$2,$3,$4,$5,false) ON CONFLICT DO NOTHING`,
    [requestId, clock, tracked.cycle, tracked.responsible_unit_id, on],
  );

/** A unit received the request (handed to it, or taken on by its first receiver); responded if replied in time. */
const received = (tx: SqlExecutor, requestId: string, unitId: string, on: string, clocks: TrackedClocks) =>
  tx.query(
    `INSERT INTO appeals_perf2_received (request_id, unit_id, received_on, responded) VALUES ($1,$2,$3,$4)
     ON CONFLICT (request_id, unit_id) DO NOTHING`,
    [requestId, unitId, on, clocks.reply?.status === 'met'],
  );

const outcomeName = {
  RequestResolved: 'resolved',
  RequestEscalated: 'reported-up',
  RequestInformed: 'informed',
} as const;

/** Builds the facts behind response, on-time, resolution and satisfaction rates, from the event log alone. */
export const performanceProjection: Projection = {
  // v2 (2026-12): rebuilt from the log with the rates of docs/appeals-rates.md.
  name: 'appeals-performance-v2',
  setup: async (db) => {
    for (const statement of PERFORMANCE_TABLES_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    for (const table of PERFORMANCE_TABLES) await tx.query(`DELETE FROM ${table}`);
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const requestId = requestIdOfStream(recorded.streamId);
    if (requestId === null) return;
    const event = { type: recorded.type, data: recorded.data } as EnterpriseRequestEvent;
    if (event.type === 'RequestSubmitted') {
      await tx.query(
        'INSERT INTO appeals_perf2_requests (request_id, responsible_unit_id, clocks) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING',
        [requestId, event.data.receivingUnitId, JSON.stringify(startClocks(event.data.dues))],
      );
      return;
    }
    const { rows } = await tx.query<Tracked>(
      'SELECT responsible_unit_id, cycle, clocks FROM appeals_perf2_requests WHERE request_id = $1',
      [requestId],
    );
    const tracked = rows[0];
    if (tracked === undefined) return;
    let next: Tracked = tracked;
    switch (event.type) {
      // The accept clock starts again for whoever the request now waits on (a miss before stays recorded).
      case 'RequestHandedOff':
        next = {
          ...tracked,
          responsible_unit_id: event.data.toDepartmentId,
          clocks: restartClock(tracked.clocks, 'accept', event.data.acceptClock),
        };
        // Received by the department when handed to it, accepted or not: ignoring a hand-off is not 0/0.
        await received(tx, requestId, event.data.toDepartmentId, event.data.handedOffOn, tracked.clocks);
        break;
      case 'RequestSentBack':
        // A lawful send-back of a misrouted request: not this department's request to answer.
        await tx.query(
          'UPDATE appeals_perf2_received SET sent_back = true WHERE request_id = $1 AND unit_id = $2',
          [requestId, event.data.departmentId],
        );
        next = {
          ...tracked,
          responsible_unit_id: event.data.returnedToUnitId,
          clocks: restartClock(tracked.clocks, 'accept', event.data.acceptClock),
        };
        break;
      case 'RequestFellToDefaultOwner':
        next = {
          ...tracked,
          responsible_unit_id: event.data.defaultOwnerUnitId,
          clocks: restartClock(tracked.clocks, 'accept', event.data.acceptClock),
        };
        break;
      case 'RequestAccepted':
        next = {
          ...tracked,
          responsible_unit_id: event.data.departmentId,
          clocks: settleClock(tracked.clocks, 'accept', event.data.acceptedOn, event.data.onTime),
        };
        // A first receiver that takes the request on itself received it too (no hand-off row yet).
        await received(tx, requestId, event.data.departmentId, event.data.acceptedOn, tracked.clocks);
        break;
      case 'RequestReplied':
        next = {
          ...tracked,
          clocks: settleClock(tracked.clocks, 'reply', event.data.repliedOn, event.data.onTime),
        };
        break;
      case 'RequestResolved':
      case 'RequestEscalated':
      case 'RequestInformed': {
        const on =
          event.type === 'RequestResolved'
            ? event.data.resolvedOn
            : event.type === 'RequestEscalated'
              ? event.data.escalatedOn
              : event.data.informedOn;
        next = {
          ...tracked,
          clocks: settleOutcome(tracked.clocks, OUTCOME_OF_EVENT[event.type], on, event.data.onTime),
        };
        await tx.query(
          `INSERT INTO appeals_perf2_outcomes (request_id, cycle, unit_id, outcome, answered_on)
           VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
          [requestId, tracked.cycle, event.data.departmentId, outcomeName[event.type], on],
        );
        break;
      }
      case 'RequestResumed':
        next = { ...tracked, clocks: moveClocks(tracked.clocks, event.data.dues) };
        break;
      case 'ResolutionExtended':
        next = { ...tracked, clocks: moveClocks(tracked.clocks, { resolve: event.data.resolveDue }) };
        break;
      case 'DueDatesRederived':
        // A holiday notice loaded: acts from now on are judged against the official due dates.
        next = { ...tracked, clocks: moveClocks(tracked.clocks, clockDuesIn(event)) };
        break;
      case 'DeadlineMissed':
        await recordMissed(tx, requestId, event.data.clock, event.data.detectedOn, tracked);
        next = {
          ...tracked,
          clocks: {
            ...tracked.clocks,
            [event.data.clock]: { ...tracked.clocks[event.data.clock], status: 'overdue' },
          } as TrackedClocks,
        };
        break;
      case 'RehandlingOrdered':
      case 'RequestReopened': {
        // Re-handling a request still in hand only instructs; nothing restarts.
        if (Object.keys(event.data.dues).length === 0) return;
        // Reopened by the enterprise, or re-handling ordered by a supervisor after a poor rating: the answer
        // was not a resolution, and counts against the resolution rate.
        await tx.query(
          'UPDATE appeals_perf2_outcomes SET redone = true WHERE request_id = $1 AND cycle = $2',
          [requestId, tracked.cycle],
        );
        next = { ...tracked, cycle: tracked.cycle + 1, clocks: moveClocks(tracked.clocks, event.data.dues) };
        break;
      }
      case 'RateExclusionApproved':
        // 核减: approved by the supervisor, the answer leaves the resolution denominator.
        await tx.query(
          'UPDATE appeals_perf2_outcomes SET excluded = true WHERE request_id = $1 AND cycle = $2',
          [requestId, tracked.cycle],
        );
        return;
      case 'RequestRated':
        await tx.query(
          `INSERT INTO appeals_perf2_ratings (request_id, source, unit_id, rating, rated_on)
           VALUES ($1,'self',$2,$3,$4) ON CONFLICT DO NOTHING`,
          [requestId, tracked.responsible_unit_id, event.data.rating, event.data.ratedOn],
        );
        return;
      case 'CallbackRecorded':
        // The enterprise's own answer on the phone (回访), shown apart from self-given ratings.
        if (event.data.answer === null) return;
        await tx.query(
          `INSERT INTO appeals_perf2_ratings (request_id, source, unit_id, rating, rated_on)
           VALUES ($1,'callback',$2,$3,$4) ON CONFLICT DO NOTHING`,
          [requestId, tracked.responsible_unit_id, event.data.answer, event.data.calledOn],
        );
        return;
      case 'RatingAppealDecided':
        if (!event.data.upheld) return;
        await tx.query(
          `UPDATE appeals_perf2_ratings SET excluded = true WHERE request_id = $1 AND source = 'self'`,
          [requestId],
        );
        return;
      default:
        return;
    }
    if (tracked.clocks.reply?.status !== 'met' && next.clocks.reply?.status === 'met') {
      // The reply limit was met: the unit responsible now responded in time.
      await tx.query(
        'UPDATE appeals_perf2_received SET responded = true WHERE request_id = $1 AND unit_id = $2',
        [requestId, next.responsible_unit_id],
      );
    }
    await recordClockFacts(
      tx,
      requestId,
      tracked.clocks,
      next.clocks,
      next === tracked ? tracked : { ...next, cycle: tracked.cycle },
    );
    await save(tx, requestId, next);
  },
};
