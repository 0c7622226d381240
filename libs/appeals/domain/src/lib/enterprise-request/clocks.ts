import {
  type CalendarDate,
  ScheduleNotLoadedError,
  type WorkingDayCalendar,
  workingDaysElapsed,
  workingDaysRemaining,
} from '@qinqing/calendar/domain';
import {
  type AppealsPolicy,
  CLOCK_KINDS,
  clockLimit,
  type ClockKind,
  type ClockLimits,
  OUTCOME_CLOCKS,
  type OutcomeClock,
} from '../values/clock-policy';
import type { AllClockDues, ClockDues, RestartedClock } from './enterprise-request.events';

/**
 * The pure arithmetic of a request's clocks (J 三(六) 限时办结 / 限时报出 / 限时告知). Every period is in working
 * days under the statutory holiday calendar, counted from the day after the clock starts (开始的当日不计入).
 * Anything that needs a year whose notice is not loaded throws `ScheduleNotLoadedError`; it never guesses.
 */

/**
 * Clocks that go overdue by the passing of time (and raise a 督办 order). Report-up and inform only apply if
 * the department chooses that outcome, so they are judged, met or late, when it happens.
 */
export const OVERDUE_CLOCKS = ['accept', 'reply', 'resolve'] as const satisfies readonly ClockKind[];
export type OverdueClock = (typeof OVERDUE_CLOCKS)[number];

export const goesOverdueByTime = (clock: ClockKind): clock is OverdueClock =>
  (OVERDUE_CLOCKS as readonly ClockKind[]).includes(clock);

export const isOutcomeClock = (clock: ClockKind): clock is OutcomeClock =>
  (OUTCOME_CLOCKS as readonly ClockKind[]).includes(clock);

/** `running` until its act happens (`met` on or before the due date, `late` after) or it becomes moot (`ended`). */
export type ClockStatus = 'running' | 'met' | 'late' | 'ended';

export interface ClockState {
  /** The day the clock started; its period counts from the day after. */
  readonly start: CalendarDate;
  /** Working days allowed. */
  readonly limit: number;
  /** Working days the request spent paused while this clock ran; they push the due date out. */
  readonly pausedWorkingDays: number;
  readonly due: CalendarDate;
  readonly status: ClockStatus;
  readonly settledOn: CalendarDate | null;
  /**
   * A DeadlineMissed was recorded since the clock last (re)started. A missed clock stays missed: a later
   * extension or pause cannot turn its act into an on-time one.
   */
  readonly missed: boolean;
  /** Due dates a reminder (临期预警) was recorded for: one reminder per due date. */
  readonly remindedFor: readonly CalendarDate[];
  /** Due dates a due-day reminder was recorded for: one per due date. */
  readonly dueDayRemindedFor: readonly CalendarDate[];
  /** Due dates recorded as missed: one DeadlineMissed (and 督办 order) per due date. */
  readonly missedFor: readonly CalendarDate[];
}

export type RequestClocks = Readonly<Record<ClockKind, ClockState>>;

/** due = the working day `limit + pausedWorkingDays` working days after `start`. */
export const clockDue = (
  calendar: WorkingDayCalendar,
  start: CalendarDate,
  limit: number,
  pausedWorkingDays = 0,
): CalendarDate => calendar.addWorkingDays(start, limit + pausedWorkingDays);

/**
 * Day 0 of a request's clocks (issue 11 item 8): the filing day when it is a working day and the request came
 * in before the end of office hours; otherwise the next working day. Day 1 is the working day after day 0.
 */
export const receptionDay = (
  calendar: WorkingDayCalendar,
  filedOn: CalendarDate,
  filedAt: string,
  officeHoursEnd: string,
): CalendarDate =>
  calendar.isWorkingDay(filedOn) && filedAt < officeHoursEnd ? filedOn : calendar.addWorkingDays(filedOn, 1);

/** Every clock's due date for a request submitted on `submittedOn` (all five start at submission). */
export const submissionDues = (
  calendar: WorkingDayCalendar,
  submittedOn: CalendarDate,
  limits: ClockLimits,
): AllClockDues => {
  const dues = Object.fromEntries(
    CLOCK_KINDS.map((clock) => [clock, clockDue(calendar, submittedOn, clockLimit(limits, clock))]),
  );
  return dues as AllClockDues;
};

/**
 * The windows a hand-off opens, consistent by construction (issue 11 item 5): the department may send the
 * request back until `claimBy` (sendBackWithin working days), and its accept clock (签收) runs from the hand-off
 * for acceptWithin working days but never ends before `claimBy` — no department is put under 督办 on a day it
 * may lawfully send the request back.
 */
export const handOffWindows = (
  calendar: WorkingDayCalendar,
  handedOffOn: CalendarDate,
  limits: ClockLimits,
  policy: Pick<AppealsPolicy, 'sendBackWithin'>,
): { readonly claimBy: CalendarDate; readonly acceptClock: RestartedClock } => {
  const limit = Math.max(limits.acceptWithin, policy.sendBackWithin);
  return {
    claimBy: calendar.addWorkingDays(handedOffOn, policy.sendBackWithin),
    acceptClock: { limit, due: calendar.addWorkingDays(handedOffOn, limit) },
  };
};

/** A unit that owns the request again (sent back, or fallen to the default owner) has acceptWithin to act. */
export const ownerAcceptClock = (
  calendar: WorkingDayCalendar,
  on: CalendarDate,
  limits: ClockLimits,
): RestartedClock => ({ limit: limits.acceptWithin, due: calendar.addWorkingDays(on, limits.acceptWithin) });

/** The outcome clocks (resolve, report-up, inform) started again from `from`: on reopening or re-handling. */
export const restartedOutcomeDues = (
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  limits: ClockLimits,
): ClockDues =>
  Object.fromEntries(
    OUTCOME_CLOCKS.map((clock) => [clock, clockDue(calendar, from, clockLimit(limits, clock))]),
  );

/**
 * The approved extension replaces the resolve limit and keeps the clock's start and paused days: for the
 * clock started at submission, addWorkingDays(submittedOn, extendedResolveWithin + pausedWorkingDays).
 */
export const extendedResolveDue = (
  calendar: WorkingDayCalendar,
  resolve: Pick<ClockState, 'start' | 'pausedWorkingDays'>,
  extendedResolveWithin: number,
): CalendarDate => clockDue(calendar, resolve.start, extendedResolveWithin, resolve.pausedWorkingDays);

/** Working days in (pausedOn, resumedOn]: how far every running clock moves on resuming. */
export const pausedWorkingDaysBetween = (
  calendar: WorkingDayCalendar,
  pausedOn: CalendarDate,
  resumedOn: CalendarDate,
): number => workingDaysElapsed(calendar, pausedOn, resumedOn);

/**
 * A 督办 order's due date, or undefined when it reaches into a year whose holiday notice is not loaded: the
 * missed deadline and the order are recorded all the same (an order without a due date is worked by hand).
 */
export const orderDue = (
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  within: number,
): CalendarDate | undefined => {
  try {
    return calendar.addWorkingDays(from, within);
  } catch (error) {
    if (error instanceof ScheduleNotLoadedError) return undefined;
    throw error;
  }
};

/** The pause in force, as far as the clocks care. */
export interface PauseCredit {
  readonly pausedOn: CalendarDate;
  /** Working days it may stop the clocks; null: no limit (pauses recorded before limits existed). */
  readonly creditUpTo: number | null;
}

/** Working days of the pause credited to the clocks by `today`: those elapsed, up to what it was allowed. */
export const creditedPauseDays = (
  calendar: WorkingDayCalendar,
  pause: PauseCredit,
  today: CalendarDate,
): number => {
  const elapsed = pausedWorkingDaysBetween(calendar, pause.pausedOn, today);
  return pause.creditUpTo === null ? elapsed : Math.min(elapsed, pause.creditUpTo);
};

/** A clock already past due when the pause began is not moved by it: a pause never rescues a miss. */
export const movedByPause = (clock: Pick<ClockState, 'due'>, pause: PauseCredit): boolean =>
  clock.due >= pause.pausedOn;

/**
 * The clock as it stands on `today`, the current pause counted: its due date and paused days move by the
 * credited days while the pause lasts, and stop moving once the pause has used what it was allowed. Reminders,
 * missed deadlines and acts done during a pause are all judged against this (issue 11 item 2).
 */
export const clockDuringPause = (
  calendar: WorkingDayCalendar,
  clock: ClockState,
  pause: PauseCredit | null,
  today: CalendarDate,
): ClockState => {
  if (pause === null || !isRunning(clock) || !movedByPause(clock, pause)) return clock;
  const credited = creditedPauseDays(calendar, pause, today);
  if (credited === 0) return clock;
  const pausedWorkingDays = clock.pausedWorkingDays + credited;
  return {
    ...clock,
    pausedWorkingDays,
    due: clockDue(calendar, clock.start, clock.limit, pausedWorkingDays),
  };
};

/**
 * The working day of the period at which the 临期预警 goes out: ⌈reminderAt × limit⌉, but at least one working
 * day before the due date (issue 11 item 6: for a 1- or 3-day clock ⌈0.75 × limit⌉ is the due day itself),
 * within [0, limit − 1]. A second reminder goes out on the due day.
 */
export const reminderOffset = (limit: number, reminderAt: number): number => {
  // 0.7 × 10 is 7.000000000000001 in floating point; the tolerance keeps ⌈7⌉ at 7.
  const offset = Math.ceil(reminderAt * limit - 1e-9);
  return Math.min(limit - 1, Math.max(0, offset));
};

export const reminderDay = (
  calendar: WorkingDayCalendar,
  clock: Pick<ClockState, 'start' | 'limit' | 'pausedWorkingDays'>,
  reminderAt: number,
): CalendarDate =>
  calendar.addWorkingDays(clock.start, reminderOffset(clock.limit, reminderAt) + clock.pausedWorkingDays);

/** On or before the due date, by the calendar alone. */
export const isOnTime = (due: CalendarDate, on: CalendarDate): boolean => on <= due;

/**
 * The one source of truth for "on time" (issue 11 item 3): an act meets its clock when it happens on or before
 * the due date in force and the clock was never recorded missed since it started. The decider records this
 * verdict in the events (`onTime`); the rates projection, the public events and the service-centre statistics
 * all take it from there instead of judging again.
 */
export const metOnTime = (clock: Pick<ClockState, 'due' | 'missed'>, on: CalendarDate): boolean =>
  !clock.missed && isOnTime(clock.due, on);

export const isRunning = (clock: ClockState): boolean => clock.status === 'running';

export const isPastDue = (clock: ClockState, today: CalendarDate): boolean =>
  isRunning(clock) && today > clock.due;

/** A clock started (or restarted) on `start` with its due date as recorded in the event. */
export const startedClock = (start: CalendarDate, limit: number, due: CalendarDate): ClockState => ({
  start,
  limit,
  pausedWorkingDays: 0,
  due,
  status: 'running',
  settledOn: null,
  missed: false,
  remindedFor: [],
  dueDayRemindedFor: [],
  missedFor: [],
});

/**
 * Settles a running clock on `on`: met or late — by the verdict the event recorded when it has one (an act
 * during a pause is judged against the paused-adjusted due date), else by metOnTime. A clock that is not
 * running is left as it is.
 */
export const settledClock = (clock: ClockState, on: CalendarDate, verdict?: boolean): ClockState =>
  isRunning(clock)
    ? { ...clock, status: (verdict ?? metOnTime(clock, on)) ? 'met' : 'late', settledOn: on }
    : clock;

export const endedClock = (clock: ClockState, on: CalendarDate): ClockState =>
  isRunning(clock) ? { ...clock, status: 'ended', settledOn: on } : clock;

/**
 * How a clock stands on a day, for consoles and the kiosk:
 * - `on-track`: running, before its reminder day;
 * - `approaching`: running, on or after its reminder day, not yet past due;
 * - `overdue`: an accept, reply or resolve clock running past its due date;
 * - `past-due`: a report-up or inform clock past its due date (that outcome now would be late);
 * - `paused`: the request waits for the enterprise, the clock stands still;
 * - `met` / `late` / `ended`: stopped.
 */
export type ClockStanding =
  'on-track' | 'approaching' | 'overdue' | 'past-due' | 'paused' | Exclude<ClockStatus, 'running'>;

export interface ClockReading {
  readonly clock: ClockKind;
  readonly standing: ClockStanding;
  readonly due: CalendarDate;
  /** Working days left until the due date (negative: overdue by), only while running. */
  readonly workingDaysLeft: number | null;
}

export const readClock = (
  calendar: WorkingDayCalendar,
  kind: ClockKind,
  clock: ClockState,
  on: { readonly today: CalendarDate; readonly reminderAt: number; readonly paused: boolean },
): ClockReading => {
  if (clock.status !== 'running') {
    return { clock: kind, standing: clock.status, due: clock.due, workingDaysLeft: null };
  }
  const workingDaysLeft = workingDaysRemaining(calendar, clock.due, on.today);
  const standing: ClockStanding = on.paused
    ? 'paused'
    : on.today > clock.due
      ? goesOverdueByTime(kind)
        ? 'overdue'
        : 'past-due'
      : on.today >= reminderDay(calendar, clock, on.reminderAt)
        ? 'approaching'
        : 'on-track';
  return { clock: kind, standing, due: clock.due, workingDaysLeft };
};
