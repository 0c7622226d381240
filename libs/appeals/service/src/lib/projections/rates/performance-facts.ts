import { type ClockKind, type EnterpriseRequestEvent, OUTCOME_OF_EVENT } from '@qinqing/appeals/domain';
import type { SqlStatement } from '@qinqing/shared/event-sourcing';
import {
  clockDuesIn,
  moveClocks,
  restartClock,
  settleClock,
  settleOutcome,
  type TrackedClocks,
} from '../clock-tracking';

/** A request as the rates follow it: who answers for it now, its handling cycle and its clocks. */
export interface Tracked {
  readonly responsible_unit_id: string;
  readonly cycle: number;
  readonly clocks: TrackedClocks;
}

/** What one event does: the request's new tracking (null: unchanged) and the facts it records, in order. */
export interface TrackedEffect {
  readonly next: Tracked | null;
  readonly facts: readonly SqlStatement[];
}

/** Records each clock once per cycle: the first of "settled" or "missed" decides whether it was on time. */
const clockFacts = (
  requestId: string,
  before: TrackedClocks,
  after: TrackedClocks,
  tracked: Tracked,
): SqlStatement[] =>
  (Object.entries(after) as [ClockKind, NonNullable<TrackedClocks[ClockKind]>][]).flatMap(([kind, clock]) => {
    const previous = before[kind];
    const settled = (clock.status === 'met' || clock.status === 'late') && previous?.status !== clock.status;
    if (!settled || clock.settledOn === null) return [];
    return [
      {
        sql: `INSERT INTO appeals_perf2_clock_facts (request_id, clock, cycle, unit_id, settled_on, on_time)
       VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
        params: [
          requestId,
          kind,
          tracked.cycle,
          tracked.responsible_unit_id,
          clock.settledOn,
          clock.status === 'met',
        ],
      },
    ];
  });

const missed = (requestId: string, clock: ClockKind, on: string, tracked: Tracked): SqlStatement => ({
  sql: `INSERT INTO appeals_perf2_clock_facts (request_id, clock, cycle, unit_id, settled_on, on_time)
     VALUES ($1,$2,$3,$4,$5,false) ON CONFLICT DO NOTHING`,
  params: [requestId, clock, tracked.cycle, tracked.responsible_unit_id, on],
});

/** A unit received the request (handed to it, or taken on by its first receiver); responded if replied in time. */
const received = (requestId: string, unitId: string, on: string, clocks: TrackedClocks): SqlStatement => ({
  sql: `INSERT INTO appeals_perf2_received (request_id, unit_id, received_on, responded) VALUES ($1,$2,$3,$4)
     ON CONFLICT (request_id, unit_id) DO NOTHING`,
  params: [requestId, unitId, on, clocks.reply?.status === 'met'],
});

const rating = (
  requestId: string,
  source: 'self' | 'callback',
  unitId: string,
  given: string,
  on: string,
) => ({
  sql: `INSERT INTO appeals_perf2_ratings (request_id, source, unit_id, rating, rated_on)
     VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
  params: [requestId, source, unitId, given, on],
});

const outcomeName = {
  RequestResolved: 'resolved',
  RequestEscalated: 'reported-up',
  RequestInformed: 'informed',
} as const;

const factsOnly = (...facts: SqlStatement[]): TrackedEffect => ({ next: null, facts });

/** The tracking change and the side facts of an event (not the submission), before the clock facts. */
const stepOf = (requestId: string, tracked: Tracked, event: EnterpriseRequestEvent): TrackedEffect => {
  switch (event.type) {
    // The accept clock starts again for whoever the request now waits on (a miss before stays recorded).
    case 'RequestHandedOff':
      return {
        next: {
          ...tracked,
          responsible_unit_id: event.data.toDepartmentId,
          clocks: restartClock(tracked.clocks, 'accept', event.data.acceptClock),
        },
        // Received by the department when handed to it, accepted or not: ignoring a hand-off is not 0/0.
        facts: [received(requestId, event.data.toDepartmentId, event.data.handedOffOn, tracked.clocks)],
      };
    case 'RequestSentBack':
      return {
        next: {
          ...tracked,
          responsible_unit_id: event.data.returnedToUnitId,
          clocks: restartClock(tracked.clocks, 'accept', event.data.acceptClock),
        },
        // A lawful send-back of a misrouted request: not this department's request to answer.
        facts: [
          {
            sql: 'UPDATE appeals_perf2_received SET sent_back = true WHERE request_id = $1 AND unit_id = $2',
            params: [requestId, event.data.departmentId],
          },
        ],
      };
    case 'RequestFellToDefaultOwner':
      return {
        next: {
          ...tracked,
          responsible_unit_id: event.data.defaultOwnerUnitId,
          clocks: restartClock(tracked.clocks, 'accept', event.data.acceptClock),
        },
        facts: [],
      };
    case 'RequestAccepted':
      return {
        next: {
          ...tracked,
          responsible_unit_id: event.data.departmentId,
          clocks: settleClock(tracked.clocks, 'accept', event.data.acceptedOn, event.data.onTime),
        },
        // A first receiver that takes the request on itself received it too (no hand-off row yet).
        facts: [received(requestId, event.data.departmentId, event.data.acceptedOn, tracked.clocks)],
      };
    case 'RequestReplied':
      return {
        next: {
          ...tracked,
          clocks: settleClock(tracked.clocks, 'reply', event.data.repliedOn, event.data.onTime),
        },
        facts: [],
      };
    case 'RequestResolved':
    case 'RequestEscalated':
    case 'RequestInformed': {
      const on =
        event.type === 'RequestResolved'
          ? event.data.resolvedOn
          : event.type === 'RequestEscalated'
            ? event.data.escalatedOn
            : event.data.informedOn;
      return {
        next: {
          ...tracked,
          clocks: settleOutcome(tracked.clocks, OUTCOME_OF_EVENT[event.type], on, event.data.onTime),
        },
        facts: [
          {
            sql: `INSERT INTO appeals_perf2_outcomes (request_id, cycle, unit_id, outcome, answered_on)
           VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
            params: [requestId, tracked.cycle, event.data.departmentId, outcomeName[event.type], on],
          },
        ],
      };
    }
    case 'RequestResumed':
      return { next: { ...tracked, clocks: moveClocks(tracked.clocks, event.data.dues) }, facts: [] };
    case 'ResolutionExtended':
      return {
        next: { ...tracked, clocks: moveClocks(tracked.clocks, { resolve: event.data.resolveDue }) },
        facts: [],
      };
    case 'DueDatesRederived':
      // A holiday notice loaded: acts from now on are judged against the official due dates.
      return { next: { ...tracked, clocks: moveClocks(tracked.clocks, clockDuesIn(event)) }, facts: [] };
    case 'DeadlineMissed':
      return {
        next: {
          ...tracked,
          clocks: {
            ...tracked.clocks,
            [event.data.clock]: { ...tracked.clocks[event.data.clock], status: 'overdue' },
          } as TrackedClocks,
        },
        facts: [missed(requestId, event.data.clock, event.data.detectedOn, tracked)],
      };
    case 'RehandlingOrdered':
    case 'RequestReopened':
      // Re-handling a request still in hand only instructs; nothing restarts.
      if (Object.keys(event.data.dues).length === 0) return factsOnly();
      // Reopened by the enterprise, or re-handling ordered by a supervisor after a poor rating: the answer
      // was not a resolution, and counts against the resolution rate.
      return {
        next: { ...tracked, cycle: tracked.cycle + 1, clocks: moveClocks(tracked.clocks, event.data.dues) },
        facts: [
          {
            sql: 'UPDATE appeals_perf2_outcomes SET redone = true WHERE request_id = $1 AND cycle = $2',
            params: [requestId, tracked.cycle],
          },
        ],
      };
    case 'RateExclusionApproved':
      // 核减: approved by the supervisor, the answer leaves the resolution denominator.
      return factsOnly({
        sql: 'UPDATE appeals_perf2_outcomes SET excluded = true WHERE request_id = $1 AND cycle = $2',
        params: [requestId, tracked.cycle],
      });
    case 'RequestRated':
      return factsOnly(
        rating(requestId, 'self', tracked.responsible_unit_id, event.data.rating, event.data.ratedOn),
      );
    case 'CallbackRecorded':
      // The enterprise's own answer on the phone (回访), shown apart from self-given ratings.
      if (event.data.answer === null) return factsOnly();
      return factsOnly(
        rating(requestId, 'callback', tracked.responsible_unit_id, event.data.answer, event.data.calledOn),
      );
    case 'RatingAppealDecided':
      if (!event.data.upheld) return factsOnly();
      return factsOnly({
        sql: `UPDATE appeals_perf2_ratings SET excluded = true WHERE request_id = $1 AND source = 'self'`,
        params: [requestId],
      });
    default:
      return factsOnly();
  }
};

/**
 * What an event (not the submission) does to the rates' facts: the step's own facts, then "responded in
 * time" when the reply limit was just met, then each clock settled in this cycle.
 */
export const trackedEffectOf = (
  requestId: string,
  tracked: Tracked,
  event: EnterpriseRequestEvent,
): TrackedEffect => {
  const step = stepOf(requestId, tracked, event);
  const { next } = step;
  if (next === null) return step;
  const responded: SqlStatement[] =
    tracked.clocks.reply?.status !== 'met' && next.clocks.reply?.status === 'met'
      ? [
          {
            // The reply limit was met: the unit responsible now responded in time.
            sql: 'UPDATE appeals_perf2_received SET responded = true WHERE request_id = $1 AND unit_id = $2',
            params: [requestId, next.responsible_unit_id],
          },
        ]
      : [];
  return {
    next,
    facts: [
      ...step.facts,
      ...responded,
      ...clockFacts(requestId, tracked.clocks, next.clocks, { ...next, cycle: tracked.cycle }),
    ],
  };
};
