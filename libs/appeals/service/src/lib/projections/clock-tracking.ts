import {
  CLOCK_KINDS,
  type ClockDues,
  type ClockKind,
  type DueDatesRederived,
  OUTCOME_CLOCKS,
  type OutcomeClock,
} from '@qinqing/appeals/domain';

/** How a clock stands in the read models. `overdue` is running past its due date (a DeadlineMissed was recorded). */
export type TrackedClockStatus = 'running' | 'overdue' | 'met' | 'late' | 'ended';

export interface TrackedClock {
  readonly due: string | null;
  readonly status: TrackedClockStatus;
  readonly settledOn: string | null;
  readonly reminded: boolean;
  /** A 报出 or 告知 clock the department planned (PlanOutcome): it goes overdue by time. */
  readonly planned?: boolean;
}

export type TrackedClocks = Partial<Record<ClockKind, TrackedClock>>;

export const startClocks = (dues: ClockDues): TrackedClocks =>
  Object.fromEntries(
    Object.entries(dues).map(([clock, due]) => [
      clock,
      { due, status: 'running', settledOn: null, reminded: false },
    ]),
  );

const isOpen = (clock: TrackedClock | undefined): clock is TrackedClock =>
  clock !== undefined && (clock.status === 'running' || clock.status === 'overdue');

/**
 * Settles a running clock on a day. The verdict is the decider's (`onTime` recorded in the event, see
 * metOnTime in the domain), so the rates, the public events and the service-centre statistics agree; events
 * recorded before the verdict was written are judged by the same rule: never missed and on or before the due.
 */
export const settleClock = (
  clocks: TrackedClocks,
  kind: ClockKind,
  on: string,
  verdict?: boolean,
): TrackedClocks => {
  const clock = clocks[kind];
  if (!isOpen(clock)) return clocks;
  const onTime = verdict ?? (clock.status === 'running' && clock.due !== null && on <= clock.due);
  return { ...clocks, [kind]: { ...clock, status: onTime ? 'met' : 'late', settledOn: on } };
};

export const endClock = (clocks: TrackedClocks, kind: ClockKind): TrackedClocks => {
  const clock = clocks[kind];
  return isOpen(clock) ? { ...clocks, [kind]: { ...clock, status: 'ended' } } : clocks;
};

/** New due dates (pause, extension, re-handling, reopening) restart the clocks they name. */
export const moveClocks = (clocks: TrackedClocks, dues: ClockDues): TrackedClocks => {
  const next: TrackedClocks = { ...clocks };
  for (const [kind, due] of Object.entries(dues) as [ClockKind, string][]) {
    const clock = clocks[kind];
    next[kind] =
      clock !== undefined && isOpen(clock)
        ? { ...clock, due, reminded: false }
        : { due, status: 'running', settledOn: null, reminded: false };
  }
  return next;
};

export const markClock = (
  clocks: TrackedClocks,
  kind: ClockKind,
  change: Partial<TrackedClock>,
): TrackedClocks => {
  const clock = clocks[kind];
  return clock === undefined ? clocks : { ...clocks, [kind]: { ...clock, ...change } };
};

/** An outcome answers the enterprise: it settles the reply clock and its own, and ends the other outcomes'. */
export const settleOutcome = (
  clocks: TrackedClocks,
  outcome: OutcomeClock,
  on: string,
  verdict?: boolean,
): TrackedClocks =>
  OUTCOME_CLOCKS.reduce(
    (next, other) => (other === outcome ? settleClock(next, other, on, verdict) : endClock(next, other)),
    settleClock(clocks, 'reply', on),
  );

/**
 * A clock started again for a new party (the accept clock at a hand-off, send-back or fall): running towards its
 * new due date, as if new. Events recorded before such restarts carry no new clock: nothing changes.
 */
export const restartClock = (
  clocks: TrackedClocks,
  kind: ClockKind,
  restarted: { readonly due: string } | undefined,
): TrackedClocks =>
  restarted === undefined
    ? clocks
    : { ...clocks, [kind]: { due: restarted.due, status: 'running', settledOn: null, reminded: false } };

/** The clock due dates a re-derivation moves (the send-back and feedback windows are not clocks). */
export const clockDuesIn = (event: DueDatesRederived): ClockDues =>
  Object.fromEntries(
    event.data.changes
      .filter((change) => (CLOCK_KINDS as readonly string[]).includes(change.kind))
      .map((change) => [change.kind, change.due]),
  );
