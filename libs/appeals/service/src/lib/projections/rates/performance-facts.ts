import { type ClockKind, type EnterpriseRequestEvent, OUTCOME_OF_EVENT } from '@qinqing/appeals/domain';
import type { RowWrite } from '@qinqing/shared/event-sourcing';
import {
  clockDuesIn,
  moveClocks,
  restartClock,
  settleClock,
  settleOutcome,
  type TrackedClocks,
} from '../clock-tracking';
import {
  CLOCK_FACT,
  OUTCOME,
  OUTCOME_EXCLUDED,
  RATING,
  RECEIVED,
  REDONE,
  RESPONDED,
  SELF_RATING_EXCLUDED,
  SENT_BACK,
} from './performance-fact-writes.sql';

/** A request as the rates follow it: who answers for it now, its handling cycle and its clocks. */
export interface Tracked {
  readonly responsible_unit_id: string;
  readonly cycle: number;
  readonly clocks: TrackedClocks;
}

/** What one event does: the request's new tracking (null: unchanged) and the facts it records, in order. */
export interface TrackedEffect {
  readonly next: Tracked | null;
  readonly facts: readonly RowWrite[];
}

/** A write of the one row with this key (runRowWrites may group it past writes of other rows). */
const writeOf = (table: string, sql: string, key: readonly unknown[], ...row: unknown[]): RowWrite => ({
  table,
  sql,
  row,
  key: key.join('\u0000'),
});

/** Records each clock once per cycle: the first of "settled" or "missed" decides whether it was on time. */
const clockFacts = (
  requestId: string,
  before: TrackedClocks,
  after: TrackedClocks,
  tracked: Tracked,
): RowWrite[] =>
  (Object.entries(after) as [ClockKind, NonNullable<TrackedClocks[ClockKind]>][]).flatMap(([kind, clock]) => {
    const previous = before[kind];
    const settled = (clock.status === 'met' || clock.status === 'late') && previous?.status !== clock.status;
    if (!settled || clock.settledOn === null) return [];
    return [
      writeOf(
        'appeals_perf3_clock_facts',
        CLOCK_FACT,
        [requestId, kind, tracked.cycle],
        requestId,
        kind,
        tracked.cycle,
        tracked.responsible_unit_id,
        clock.settledOn,
        clock.status === 'met',
      ),
    ];
  });

const missed = (requestId: string, clock: ClockKind, on: string, tracked: Tracked): RowWrite =>
  writeOf(
    'appeals_perf3_clock_facts',
    CLOCK_FACT,
    [requestId, clock, tracked.cycle],
    requestId,
    clock,
    tracked.cycle,
    tracked.responsible_unit_id,
    on,
    false,
  );

/** A unit received the request (handed to it, or taken on by its first receiver); responded if replied in time. */
const received = (requestId: string, unitId: string, on: string, clocks: TrackedClocks): RowWrite =>
  writeOf(
    'appeals_perf3_received',
    RECEIVED,
    [requestId, unitId],
    requestId,
    unitId,
    on,
    clocks.reply?.status === 'met',
  );

const rating = (requestId: string, source: 'self' | 'callback', unitId: string, given: string, on: string) =>
  writeOf('appeals_perf3_ratings', RATING, [requestId, source], requestId, source, unitId, given, on);

const outcomeName = {
  RequestResolved: 'resolved',
  RequestEscalated: 'reported-up',
  RequestInformed: 'informed',
} as const;

const factsOnly = (...facts: RowWrite[]): TrackedEffect => ({ next: null, facts });

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
          writeOf(
            'appeals_perf3_received',
            SENT_BACK,
            [requestId, event.data.departmentId],
            requestId,
            event.data.departmentId,
          ),
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
          writeOf(
            'appeals_perf3_outcomes',
            OUTCOME,
            [requestId, tracked.cycle],
            requestId,
            tracked.cycle,
            event.data.departmentId,
            outcomeName[event.type],
            on,
          ),
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
          writeOf('appeals_perf3_outcomes', REDONE, [requestId, tracked.cycle], requestId, tracked.cycle),
        ],
      };
    case 'RateExclusionApproved':
      // 核减: approved by the supervisor, the answer leaves the resolution denominator.
      return factsOnly(
        writeOf(
          'appeals_perf3_outcomes',
          OUTCOME_EXCLUDED,
          [requestId, tracked.cycle],
          requestId,
          tracked.cycle,
        ),
      );
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
      return factsOnly(
        writeOf('appeals_perf3_ratings', SELF_RATING_EXCLUDED, [requestId, 'self'], requestId),
      );
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
  const responded: RowWrite[] =
    tracked.clocks.reply?.status !== 'met' && next.clocks.reply?.status === 'met'
      ? // The reply limit was met: the unit responsible now responded in time.
        [
          writeOf(
            'appeals_perf3_received',
            RESPONDED,
            [requestId, next.responsible_unit_id],
            requestId,
            next.responsible_unit_id,
          ),
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
