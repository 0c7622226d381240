import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { CalendarDate } from '@qinqing/calendar/domain';
import {
  CLOCK_KINDS,
  clockLimit,
  type ClockKind,
  type ClockLimits,
  type OutcomeClock,
  type Priority,
} from '../values/clock-policy';
import type { FollowUpKind } from '../values/follow-up';
import type { PauseCause } from '../values/pause-cause';
import type { Rating } from '../values/rating';
import type { RequestCategory } from '../values/request-category';
import {
  type ClockState,
  endedClock,
  isOutcomeClock,
  type RequestClocks,
  settledClock,
  startedClock,
} from './clocks';
import type { OriginalRequestFacts } from './enterprise-request.commands';
import { provisionalMarksAfter, type ProvisionalDueDates } from './due-dates';
import {
  type ClockDues,
  type DueDatesRederived,
  type EnterpriseRef,
  type EnterpriseRequestEvent,
  OUTCOME_OF_EVENT,
  type OutcomeEvent,
  type RequestClosed,
  type RequestOriginKind,
  type RequestSubmitted,
  type RestartedClock,
} from './enterprise-request.events';

/**
 * Where a request stands:
 * - `received`: its owner (first receiver 首问, a unit it was sent back to, or the default owner) holds it;
 * - `awaiting-acceptance`: handed off to a department, which has until `claimBy` to send it back;
 * - `in-progress`: a department accepted it and handles it (possibly paused, waiting for the enterprise);
 * - `answered`: an outcome (resolved, reported up, informed) answered the enterprise; the feedback window runs;
 * - `rated`: the enterprise rated the answer;
 * - `closed`: the feedback window passed without feedback, or it was a duplicate.
 */
export type RequestStatus =
  'received' | 'awaiting-acceptance' | 'in-progress' | 'answered' | 'rated' | 'closed';

export const REQUEST_STATUS_NAMES: Record<RequestStatus, LocalizedMessage> = {
  received: { zh: '已受理，待转办', en: 'received and not yet handed off' },
  'awaiting-acceptance': { zh: '已转办，待部门签收', en: 'awaiting acceptance by a department' },
  'in-progress': { zh: '办理中', en: 'in progress' },
  answered: { zh: '已答复', en: 'answered' },
  rated: { zh: '已评价', en: 'rated' },
  closed: { zh: '已关闭', en: 'closed' },
};

/**
 * Where a request stands in the words the enterprise reads (kiosk, track page): an answer of any kind (办结,
 * 上报上级, 告知) is 已办结 for the enterprise, as 12345 hotlines tell it.
 */
export const ENTERPRISE_STATUS_NAMES: Record<RequestStatus, LocalizedMessage> = {
  received: { zh: '已受理', en: 'received' },
  'awaiting-acceptance': { zh: '已转办', en: 'handed to a department' },
  'in-progress': { zh: '办理中', en: 'in progress' },
  answered: { zh: '已办结', en: 'dealt with' },
  rated: { zh: '已办结，已评价', en: 'dealt with and rated' },
  closed: { zh: '已办结', en: 'dealt with' },
};

export interface PendingHandOff {
  readonly fromUnitId: string;
  readonly toDepartmentId: string;
  readonly handedOffOn: CalendarDate;
  readonly claimBy: CalendarDate;
}

export interface ClockPause {
  readonly pausedOn: CalendarDate;
  readonly reason: string;
  readonly cause: PauseCause | null;
  /** Working days this pause may stop the clocks (null: recorded before limits existed, no limit). */
  readonly creditUpTo: number | null;
}

export interface RequestAnswer {
  readonly outcome: OutcomeClock;
  readonly answeredOn: CalendarDate;
  readonly feedbackDue: CalendarDate;
  /** 核减 approved: this answer does not count in the resolution rate. */
  readonly excluded: boolean;
}

/** A 督办 order on this request: raised by a missed deadline, or a review opened by a poor rating. */
export interface SupervisionOrder {
  readonly orderId: string;
  readonly origin: 'missed-deadline' | 'poor-rating';
  /** The missed clock, for orders raised by a missed deadline. */
  readonly clock: ClockKind | null;
  readonly issuedOn: CalendarDate;
  readonly open: boolean;
  /** When the department must have acted on it (null: orders issued before orders had deadlines). */
  readonly due: CalendarDate | null;
  /** 1: 效能督查办 with 党政办督查室; 2: escalated to 党工委、管委会. */
  readonly level: 1 | 2;
  readonly remindedFor: readonly CalendarDate[];
}

/** A 回访 or 整改 clock (issue 11 item 13). */
export interface FollowUp {
  /** Null when the due date could not be computed (a year whose notice is not loaded). */
  readonly due: CalendarDate | null;
  readonly doneOn: CalendarDate | null;
  readonly reminded: boolean;
  readonly missed: boolean;
}

export interface JointMeeting {
  readonly meetingId: string;
  readonly meetingTitle: string;
  readonly scheduledOn: CalendarDate;
  readonly outcome: string | null;
}

/** A request once submitted. */
export interface SubmittedRequest {
  readonly status: RequestStatus;
  readonly requestId: string;
  readonly title: string;
  readonly enterprise: EnterpriseRef;
  readonly category: RequestCategory;
  readonly priority: Priority;
  readonly receivingUnitId: string;
  /** The other context that produced it, if any (its outcomes repeat it: see RequestResolved). */
  readonly origin: RequestOriginKind | null;
  readonly submittedOn: CalendarDate;
  /** Day 0 of the clocks: the filing day, or the next working day after office hours or on a day off. */
  readonly receivedOn: CalendarDate;
  readonly limits: ClockLimits;
  /**
   * 首问负责制: exactly one unit owns the request at any time. The receiving unit until a department accepts it
   * (a pending hand-off does not move ownership), the default owner if it falls, then the accepting department.
   */
  readonly ownerUnitId: string;
  readonly handOff: PendingHandOff | null;
  /** The department that accepted the request and handles it (also its owner from then on). */
  readonly departmentId: string | null;
  /** Departments that sent the request back; each may do so once. */
  readonly sentBackBy: readonly string[];
  readonly pause: ClockPause | null;
  /** Working days spent paused over the request's life. */
  readonly pausedWorkingDays: number;
  readonly clocks: RequestClocks;
  readonly extended: boolean;
  readonly answer: RequestAnswer | null;
  /** The outcome the department said it will give (拟上报上级 / 拟告知); its clock goes overdue by time. */
  readonly plannedOutcome: 'report-up' | 'inform' | null;
  /** The enterprise's one rating in the request's life. */
  readonly rating: Rating | null;
  /** The rating the enterprise gave on the phone at a 回访 (kept apart from its own). */
  readonly callbackAnswer: Rating | null;
  readonly followUps: Readonly<Record<FollowUpKind, FollowUp | null>>;
  /** The department's 申诉 against the rating, and the supervisor's decision. */
  readonly ratingAppeal: { readonly status: 'pending' | 'upheld' | 'rejected' } | null;
  /** Times the enterprise reopened the request (each counts against the resolution rate). */
  readonly reopenCount: number;
  readonly orders: readonly SupervisionOrder[];
  readonly meetings: readonly JointMeeting[];
  readonly duplicateOf: string | null;
  readonly closedReason: RequestClosed['data']['reason'] | null;
  /** Due dates computed through a year without a loaded holiday notice (暂定); absent when there are none. */
  readonly provisional?: ProvisionalDueDates;
}

export type EnterpriseRequestState = { readonly status: 'none' } | SubmittedRequest;

export const initialState = (): EnterpriseRequestState => ({ status: 'none' });

export const isSubmitted = (state: EnterpriseRequestState): state is SubmittedRequest =>
  state.status !== 'none';

const mapClocks = (
  clocks: RequestClocks,
  change: (clock: ClockState, kind: ClockKind) => ClockState,
): RequestClocks =>
  Object.fromEntries(CLOCK_KINDS.map((kind) => [kind, change(clocks[kind], kind)])) as Record<
    ClockKind,
    ClockState
  >;

const entriesOf = (dues: ClockDues): [ClockKind, CalendarDate][] =>
  CLOCK_KINDS.flatMap((kind) => {
    const due = dues[kind];
    return due === undefined ? [] : [[kind, due] as [ClockKind, CalendarDate]];
  });

/** Clocks named in `dues` start again from `on` (history of reminders and misses kept: one per due date). */
const restartClocks = (state: SubmittedRequest, dues: ClockDues, on: CalendarDate): RequestClocks => {
  const restarted: Record<ClockKind, ClockState> = { ...state.clocks };
  for (const [kind, due] of entriesOf(dues)) {
    const previous = state.clocks[kind];
    restarted[kind] = {
      ...startedClock(on, clockLimit(state.limits, kind), due),
      remindedFor: previous.remindedFor,
      dueDayRemindedFor: previous.dueDayRemindedFor,
      missedFor: previous.missedFor,
    };
  }
  return restarted;
};

/** The accept clock started again on `on` (hand-off, send-back, fall), its history of reminders kept. */
const restartAccept = (state: SubmittedRequest, on: CalendarDate, restarted: RestartedClock | undefined) =>
  restarted === undefined
    ? state.clocks
    : {
        ...state.clocks,
        accept: {
          ...startedClock(on, restarted.limit, restarted.due),
          remindedFor: state.clocks.accept.remindedFor,
          dueDayRemindedFor: state.clocks.accept.dueDayRemindedFor,
          missedFor: state.clocks.accept.missedFor,
        },
      };

const submitted = ({ data }: RequestSubmitted): SubmittedRequest => ({
  status: 'received',
  requestId: data.requestId,
  title: data.title,
  enterprise: data.enterprise,
  category: data.category,
  priority: data.priority,
  receivingUnitId: data.receivingUnitId,
  origin: data.origin?.kind ?? null,
  submittedOn: data.submittedOn,
  receivedOn: data.receivedOn ?? data.submittedOn,
  limits: data.limits,
  ownerUnitId: data.receivingUnitId,
  handOff: null,
  departmentId: null,
  sentBackBy: [],
  pause: null,
  pausedWorkingDays: 0,
  clocks: Object.fromEntries(
    CLOCK_KINDS.map((kind) => [
      kind,
      startedClock(data.receivedOn ?? data.submittedOn, clockLimit(data.limits, kind), data.dues[kind]),
    ]),
  ) as Record<ClockKind, ClockState>,
  extended: false,
  answer: null,
  plannedOutcome: null,
  rating: null,
  callbackAnswer: null,
  followUps: { callback: null, rectification: null },
  ratingAppeal: null,
  reopenCount: 0,
  orders: [],
  meetings: [],
  duplicateOf: null,
  closedReason: null,
});

const answeredOn = (event: OutcomeEvent): CalendarDate => {
  switch (event.type) {
    case 'RequestResolved':
      return event.data.resolvedOn;
    case 'RequestEscalated':
      return event.data.escalatedOn;
    case 'RequestInformed':
      return event.data.informedOn;
  }
};

/** An outcome settles its own clock and the reply clock (if still running), and ends the other outcome clocks. */
const answered = (state: SubmittedRequest, event: OutcomeEvent): SubmittedRequest => {
  const outcome = OUTCOME_OF_EVENT[event.type];
  const on = answeredOn(event);
  return {
    ...state,
    status: 'answered',
    answer: { outcome, answeredOn: on, feedbackDue: event.data.feedbackDue, excluded: false },
    clocks: mapClocks(state.clocks, (clock, kind) =>
      kind === outcome
        ? settledClock(clock, on, event.data.onTime)
        : kind === 'reply'
          ? settledClock(clock, on)
          : isOutcomeClock(kind)
            ? endedClock(clock, on)
            : clock,
    ),
  };
};

const updateClock = (
  state: SubmittedRequest,
  kind: ClockKind,
  change: (clock: ClockState) => ClockState,
): SubmittedRequest => ({ ...state, clocks: { ...state.clocks, [kind]: change(state.clocks[kind]) } });

const newFollowUp = (due: CalendarDate | undefined): FollowUp => ({
  due: due ?? null,
  doneOn: null,
  reminded: false,
  missed: false,
});

const withFollowUp = (
  state: SubmittedRequest,
  kind: FollowUpKind,
  change: (followUp: FollowUp) => FollowUp,
): SubmittedRequest => {
  const current = state.followUps[kind];
  return current === null ? state : { ...state, followUps: { ...state.followUps, [kind]: change(current) } };
};

const updateOrder = (
  state: SubmittedRequest,
  orderId: string,
  change: (order: SupervisionOrder) => SupervisionOrder,
): SubmittedRequest => ({
  ...state,
  orders: state.orders.map((order) => (order.orderId === orderId ? change(order) : order)),
});

/** New due dates from a re-derivation; a clock already missed stays missed for its moved date (one 督办 per period). */
const rederived = (state: SubmittedRequest, event: DueDatesRederived): SubmittedRequest =>
  event.data.changes.reduce<SubmittedRequest>((next, change) => {
    switch (change.kind) {
      case 'claim':
        return next.handOff === null ? next : { ...next, handOff: { ...next.handOff, claimBy: change.due } };
      case 'feedback':
        return next.answer === null ? next : { ...next, answer: { ...next.answer, feedbackDue: change.due } };
      default:
        return updateClock(next, change.kind, (clock) => ({
          ...clock,
          due: change.due,
          missedFor: clock.missedFor.includes(change.previousDue)
            ? [...clock.missedFor, change.due]
            : clock.missedFor,
        }));
    }
  }, state);

const evolveSubmitted = (state: SubmittedRequest, event: EnterpriseRequestEvent): SubmittedRequest => {
  switch (event.type) {
    case 'RequestSubmitted':
      return state;
    case 'RequestHandedOff':
      return {
        ...state,
        clocks: restartAccept(state, event.data.handedOffOn, event.data.acceptClock),
        status: 'awaiting-acceptance',
        handOff: {
          fromUnitId: event.data.fromUnitId,
          toDepartmentId: event.data.toDepartmentId,
          handedOffOn: event.data.handedOffOn,
          claimBy: event.data.claimBy,
        },
      };
    case 'RequestAccepted':
      return updateClock(
        {
          ...state,
          status: 'in-progress',
          ownerUnitId: event.data.departmentId,
          departmentId: event.data.departmentId,
          handOff: null,
        },
        'accept',
        (clock) => settledClock(clock, event.data.acceptedOn, event.data.onTime),
      );
    case 'RequestSentBack':
      return {
        ...state,
        clocks: restartAccept(state, event.data.sentBackOn, event.data.acceptClock),
        status: 'received',
        ownerUnitId: event.data.returnedToUnitId,
        handOff: null,
        sentBackBy: [...state.sentBackBy, event.data.departmentId],
      };
    case 'RequestFellToDefaultOwner':
      return {
        ...state,
        clocks: restartAccept(state, event.data.fellOn, event.data.acceptClock),
        status: 'received',
        ownerUnitId: event.data.defaultOwnerUnitId,
        handOff: null,
      };
    case 'RequestReplied':
      return updateClock(state, 'reply', (clock) =>
        settledClock(clock, event.data.repliedOn, event.data.onTime),
      );
    case 'RequestPaused':
      return {
        ...state,
        pause: {
          pausedOn: event.data.pausedOn,
          reason: event.data.reason,
          cause: event.data.cause ?? null,
          creditUpTo: event.data.creditUpTo ?? null,
        },
      };
    case 'PauseExtensionApproved':
      return state.pause === null
        ? state
        : { ...state, pause: { ...state.pause, creditUpTo: event.data.upToWorkingDays } };
    case 'RequestResumed': {
      const moved = new Map(entriesOf(event.data.dues));
      return {
        ...state,
        pause: null,
        pausedWorkingDays: state.pausedWorkingDays + event.data.pausedWorkingDays,
        clocks: mapClocks(state.clocks, (clock, kind) => {
          const due = moved.get(kind);
          return due === undefined
            ? clock
            : { ...clock, due, pausedWorkingDays: clock.pausedWorkingDays + event.data.pausedWorkingDays };
        }),
      };
    }
    case 'OutcomePlanned':
      return { ...state, plannedOutcome: event.data.outcome };
    case 'RequestResolved':
    case 'RequestEscalated':
    case 'RequestInformed':
      return answered({ ...state, plannedOutcome: null }, event);
    case 'ResolutionExtended':
      return updateClock({ ...state, extended: true }, 'resolve', (clock) => ({
        ...clock,
        limit: state.limits.extendedResolveWithin,
        due: event.data.resolveDue,
      }));
    case 'DeadlineApproaching':
      return updateClock(state, event.data.clock, (clock) =>
        event.data.stage === 'due-day'
          ? { ...clock, dueDayRemindedFor: [...clock.dueDayRemindedFor, event.data.due] }
          : { ...clock, remindedFor: [...clock.remindedFor, event.data.due] },
      );
    case 'DeadlineMissed':
      return updateClock(state, event.data.clock, (clock) => ({
        ...clock,
        missed: true,
        missedFor: [...clock.missedFor, event.data.due],
      }));
    case 'SupervisionOrderIssued':
      return {
        ...state,
        orders: [
          ...state.orders,
          {
            orderId: event.data.orderId,
            origin: 'missed-deadline',
            clock: event.data.clock,
            issuedOn: event.data.issuedOn,
            open: true,
            due: event.data.due ?? null,
            level: 1,
            remindedFor: [],
          },
        ],
      };
    case 'CallbackRecorded':
      return {
        ...withFollowUp(state, 'callback', (f) => ({ ...f, doneOn: event.data.calledOn })),
        callbackAnswer: event.data.answer,
      };
    case 'RectificationReported':
      return withFollowUp(state, 'rectification', (f) => ({ ...f, doneOn: event.data.reportedOn }));
    case 'FollowUpReminded':
      return withFollowUp(state, event.data.followUp, (f) => ({ ...f, reminded: true }));
    case 'FollowUpMissed':
      return withFollowUp(state, event.data.followUp, (f) => ({ ...f, missed: true }));
    case 'RatingAppealed':
      return { ...state, ratingAppeal: { status: 'pending' } };
    case 'RatingAppealDecided':
      return { ...state, ratingAppeal: { status: event.data.upheld ? 'upheld' : 'rejected' } };
    case 'ReviewOpened':
      return {
        ...state,
        // Reviews opened before 2026-12 carry no follow-up clocks.
        followUps:
          event.data.callbackDue === undefined
            ? state.followUps
            : {
                callback: newFollowUp(event.data.callbackDue),
                rectification: newFollowUp(event.data.rectificationDue),
              },
        orders: [
          ...state.orders,
          {
            orderId: event.data.orderId,
            origin: 'poor-rating',
            clock: null,
            issuedOn: event.data.openedOn,
            open: true,
            due: event.data.due ?? null,
            level: 1,
            remindedFor: [],
          },
        ],
      };
    case 'SupervisionOrderClosed':
      return {
        ...state,
        orders: state.orders.map((order) =>
          order.orderId === event.data.orderId ? { ...order, open: false } : order,
        ),
      };
    case 'SupervisionNoteAdded':
      return state;
    case 'SupervisionOrderReminded':
      return updateOrder(state, event.data.orderId, (order) => ({
        ...order,
        remindedFor: [...order.remindedFor, event.data.due],
      }));
    case 'SupervisionOrderEscalated':
      return updateOrder(state, event.data.orderId, (order) => ({
        ...order,
        level: event.data.toLevel,
        due: event.data.due,
      }));
    case 'RateExclusionApproved':
      return state.answer === null ? state : { ...state, answer: { ...state.answer, excluded: true } };
    case 'RehandlingOrdered':
      // Dues are recorded only when an answered request goes back to its department.
      return entriesOf(event.data.dues).length === 0
        ? state
        : {
            ...state,
            status: 'in-progress',
            answer: null,
            clocks: restartClocks(state, event.data.dues, event.data.orderedOn),
          };
    case 'RequestRated':
      return { ...state, status: 'rated', rating: event.data.rating };
    case 'RequestReopened':
      return {
        ...state,
        status: 'in-progress',
        answer: null,
        reopenCount: event.data.reopenCount,
        clocks: restartClocks(state, event.data.dues, event.data.reopenedOn),
      };
    case 'RequestClosed':
      return {
        ...state,
        ...(event.data.callbackDue === undefined
          ? {}
          : { followUps: { ...state.followUps, callback: newFollowUp(event.data.callbackDue) } }),
        status: 'closed',
        closedReason: event.data.reason,
        pause: null,
        clocks: mapClocks(state.clocks, (clock) => endedClock(clock, event.data.closedOn)),
      };
    case 'MarkedDuplicate':
      return { ...state, duplicateOf: event.data.originalRequestId };
    case 'GroupedForJointMeeting':
      return {
        ...state,
        meetings: [
          ...state.meetings,
          {
            meetingId: event.data.meetingId,
            meetingTitle: event.data.meetingTitle,
            scheduledOn: event.data.scheduledOn,
            outcome: null,
          },
        ],
      };
    case 'DueDatesMarkedProvisional':
      return state;
    case 'DueDatesRederived':
      return rederived(state, event);
    case 'JointMeetingOutcomeRecorded':
      return {
        ...state,
        meetings: state.meetings.map((meeting) =>
          meeting.meetingId === event.data.meetingId ? { ...meeting, outcome: event.data.outcome } : meeting,
        ),
      };
  }
};

/** What a duplicate's decision needs to know of its original (see MarkDuplicate), or null when none exists. */
export const originalFactsOf = (state: EnterpriseRequestState): OriginalRequestFacts | null =>
  isSubmitted(state)
    ? {
        requestId: state.requestId,
        title: state.title,
        submittedOn: state.submittedOn,
        creditCode: state.enterprise.creditCode,
        closed: state.status === 'closed',
        duplicateOf: state.duplicateOf,
      }
    : null;

/** Folds one event into the state. Total over every event decide emits; events before submission are ignored. */
export const evolve = (
  state: EnterpriseRequestState,
  event: EnterpriseRequestEvent,
): EnterpriseRequestState => {
  if (event.type === 'RequestSubmitted') return state.status === 'none' ? submitted(event) : state;
  if (!isSubmitted(state)) return state;
  const next = evolveSubmitted(state, event);
  const marks = provisionalMarksAfter(state.provisional ?? {}, event);
  return marks === state.provisional || (state.provisional === undefined && Object.keys(marks).length === 0)
    ? next
    : { ...next, provisional: marks };
};
