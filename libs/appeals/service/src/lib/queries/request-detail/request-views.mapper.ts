import type {
  ClockView,
  EnterpriseDeadline,
  RequestDetail,
  RequestSummary,
  TrackedRequest,
} from '@qinqing/appeals/contracts';
import {
  CLOCK_KINDS,
  type ClockKind,
  goesOverdueByTime,
  type ProvisionalDueDates,
  provisionalDueDatesInForce,
  type SubmittedRequest,
} from '@qinqing/appeals/domain';
import { maskPhone } from '@qinqing/shared/chinese-ids';
import type { RecordedEvent } from '@qinqing/shared/event-sourcing';
import { type CalendarDate, workingDaysRemaining, type WorkingDayCalendar } from '@qinqing/calendar/domain';
import type { VisibleRequest } from '../../application/request-access.service';
import type { UnitNames } from '../../application/unit-directory.service';
import { requestTimeline } from './request-timeline';
import { supervisionOrderLabels, supervisionOrderViews } from './supervision-order-labels';

const OUTCOME_TEXT: Record<string, string> = {
  RequestResolved: 'answer',
  RequestEscalated: 'note',
  RequestInformed: 'reason',
};

const clockViews = (
  state: SubmittedRequest,
  calendar: WorkingDayCalendar,
  today: CalendarDate,
): ClockView[] =>
  CLOCK_KINDS.map((kind: ClockKind) => {
    const clock = state.clocks[kind];
    const provisional = provisionalDueDatesInForce(state)[kind] !== undefined;
    const running = clock.status === 'running';
    const overdue = running && state.pause === null && goesOverdueByTime(kind) && today > clock.due;
    return {
      clock: kind,
      due: clock.due,
      status: overdue ? 'overdue' : clock.status,
      workingDaysLeft:
        running && state.pause === null ? workingDaysRemaining(calendar, clock.due, today) : null,
      provisional,
    };
  });

/** The years the due dates in force wait for, ascending. */
export const provisionalYearsOf = (marks: ProvisionalDueDates): number[] =>
  [...new Set(Object.values(marks).flatMap((mark) => mark?.years ?? []))].sort((a, b) => a - b);

/** The last outcome's words, for the enterprise and the console. */
const answerText = (history: readonly RecordedEvent[]): string => {
  const outcome = [...history].reverse().find((e) => e.type in OUTCOME_TEXT);
  if (outcome === undefined) return '';
  const data = outcome.data as Record<string, string>;
  const field = OUTCOME_TEXT[outcome.type] as string;
  return outcome.type === 'RequestInformed' ? `${data['reason']}（${data['basis']}）` : (data[field] ?? '');
};

export const requestSummaryOf = (
  visible: VisibleRequest,
  calendar: WorkingDayCalendar,
  today: CalendarDate,
  showReceiptCode: boolean,
): RequestSummary => {
  const { state, submitted } = visible;
  const clocks = clockViews(state, calendar, today);
  return {
    requestId: state.requestId,
    receiptCode: showReceiptCode ? submitted.receiptCode : null,
    title: submitted.title,
    enterprise: { creditCode: state.enterprise.creditCode, name: state.enterprise.name },
    category: state.category,
    priority: state.priority,
    channel: submitted.channel,
    status: state.status,
    paused: state.pause !== null,
    receivingUnitId: state.receivingUnitId,
    ownerUnitId: state.ownerUnitId,
    pendingDepartmentId: state.handOff?.toDepartmentId ?? null,
    departmentId: state.departmentId,
    submittedAt: submitted.submittedAt,
    clocks,
    overdue: clocks.some((c) => c.status === 'overdue'),
    openSupervisionOrders: state.orders.filter((o) => o.open).length,
    rating: state.rating,
    reopenCount: state.reopenCount,
    provisionalYears: provisionalYearsOf(provisionalDueDatesInForce(state)),
  };
};

export interface DetailView {
  readonly calendar: WorkingDayCalendar;
  readonly today: CalendarDate;
  readonly unitNames: UnitNames;
  /** Another request's title, for a duplicate's original. */
  readonly requestTitle: (requestId: string) => string | null;
  readonly allowedActions: readonly string[];
}

const answerOf = (visible: VisibleRequest): RequestDetail['answer'] => {
  const { state, history } = visible;
  return state.answer === null
    ? null
    : {
        outcome: state.answer.outcome,
        text: answerText(history),
        answeredOn: state.answer.answeredOn,
        feedbackDue: state.answer.feedbackDue,
        feedbackDueProvisional: provisionalDueDatesInForce(state).feedback !== undefined,
      };
};

/** The request as staff see it: every clock, every step with its notes, the supervision orders by number. */
export const requestDetailOf = (
  visible: VisibleRequest,
  view: DetailView & {
    /** Only staff who work the request see the full phone. */
    readonly showContact: boolean;
    /** See `seesReceiptCode`. */
    readonly showReceiptCode: boolean;
  },
): RequestDetail => {
  const { state, submitted, history } = visible;
  return {
    ...requestSummaryOf(visible, view.calendar, view.today, view.showReceiptCode),
    description: submitted.description,
    contact: {
      name: view.showContact ? submitted.contact.name : `${[...submitted.contact.name][0] ?? ''}**`,
      phone: view.showContact ? submitted.contact.phone : maskPhone(submitted.contact.phone),
    },
    answer: answerOf(visible),
    supervisionOrders: supervisionOrderViews(state),
    timeline: requestTimeline(
      history,
      { unitName: view.unitNames, orders: supervisionOrderLabels(state), requestTitle: view.requestTitle },
      'staff',
    ),
    allowedActions: view.allowedActions,
  };
};

const DEADLINE_NAMES: Record<EnterpriseDeadline['deadline'], EnterpriseDeadline['name']> = {
  reply: { zh: '答复期限', en: 'Reply by' },
  resolve: { zh: '办结期限', en: 'Resolve by' },
};

/**
 * The request as the enterprise sees it (tracking by receipt, a kiosk walk-in): the deadlines that concern
 * it by name — a first reply and the resolution — and no internal clocks, units or supervision.
 */
export const trackedRequestOf = (visible: VisibleRequest, view: DetailView): TrackedRequest => {
  const { state, submitted, history } = visible;
  const clocks = clockViews(state, view.calendar, view.today);
  const deadlines = (['reply', 'resolve'] as const).flatMap((deadline): EnterpriseDeadline[] => {
    const clock = clocks.find((c) => c.clock === deadline);
    // An ended clock no longer concerns anyone (the request was reported up, informed or closed).
    if (clock === undefined || clock.status === 'ended') return [];
    return [
      {
        deadline,
        name: DEADLINE_NAMES[deadline],
        due: clock.due,
        status: clock.status,
        workingDaysLeft: clock.workingDaysLeft,
        provisional: clock.provisional,
      },
    ];
  });
  return {
    requestId: state.requestId,
    receiptCode: submitted.receiptCode,
    title: submitted.title,
    enterprise: { creditCode: state.enterprise.creditCode, name: state.enterprise.name },
    category: state.category,
    status: state.status,
    paused: state.pause !== null,
    submittedAt: submitted.submittedAt,
    deadlines,
    answer: answerOf(visible),
    rating: state.rating,
    timeline: requestTimeline(
      history,
      { unitName: view.unitNames, orders: supervisionOrderLabels(state), requestTitle: view.requestTitle },
      'enterprise',
    ),
    allowedActions: view.allowedActions,
  };
};

/** Every unit a request's history names, to look their names up at once. */
export const unitIdsOf = (history: readonly RecordedEvent[]): string[] =>
  history.flatMap((e) => {
    const data = e.data as Record<string, unknown>;
    return [
      'receivingUnitId',
      'toDepartmentId',
      'fromUnitId',
      'departmentId',
      'defaultOwnerUnitId',
      'unclaimedByDepartmentId',
      'returnedToUnitId',
      'byUnitId',
    ]
      .map((key) => data[key])
      .filter((v): v is string => typeof v === 'string');
  });

/** Other requests a history refers to (a duplicate's original), to name them by title. */
export const relatedRequestIdsOf = (history: readonly RecordedEvent[]): string[] =>
  history.flatMap((e) =>
    e.type === 'MarkedDuplicate' ? [(e.data as { originalRequestId: string }).originalRequestId] : [],
  );
