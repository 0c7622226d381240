import type { ClockView, RequestDetail, RequestSummary } from '@qinqing/appeals/contracts';
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
import {
  type CalendarDate,
  workingDaysRemaining,
  type WorkingDayCalendar,
} from '@qinqing/shared/working-days';
import type { VisibleRequest } from '../../application/request-access.service';
import type { UnitNames } from '../../application/unit-directory.service';
import { requestTimeline } from './request-timeline';

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
): RequestSummary => {
  const { state, submitted } = visible;
  const clocks = clockViews(state, calendar, today);
  return {
    requestId: state.requestId,
    receiptCode: submitted.receiptCode,
    title: submitted.title,
    enterprise: { creditCode: state.enterprise.creditCode, name: state.enterprise.name },
    category: state.category,
    priority: state.priority,
    channel: submitted.channel,
    status: state.status,
    paused: state.pause !== null,
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

export const requestDetailOf = (
  visible: VisibleRequest,
  view: {
    readonly calendar: WorkingDayCalendar;
    readonly today: CalendarDate;
    readonly unitNames: UnitNames;
    /** Only staff who work the request see the full phone. */
    readonly showContact: boolean;
    readonly forEnterprise: boolean;
    readonly allowedActions: readonly string[];
  },
): RequestDetail => {
  const { state, submitted, history } = visible;
  return {
    ...requestSummaryOf(visible, view.calendar, view.today),
    description: submitted.description,
    contact: {
      name: view.showContact ? submitted.contact.name : `${[...submitted.contact.name][0] ?? ''}**`,
      phone: view.showContact ? submitted.contact.phone : maskPhone(submitted.contact.phone),
    },
    answer:
      state.answer === null
        ? null
        : {
            outcome: state.answer.outcome,
            text: answerText(history),
            answeredOn: state.answer.answeredOn,
            feedbackDue: state.answer.feedbackDue,
            feedbackDueProvisional: provisionalDueDatesInForce(state).feedback !== undefined,
          },
    supervisionOrders: view.forEnterprise
      ? []
      : state.orders.map((o) => ({ orderId: o.orderId, clock: o.clock, open: o.open, issuedOn: o.issuedOn })),
    timeline: requestTimeline(history, view.unitNames, view.forEnterprise),
    allowedActions: view.allowedActions,
  };
};

/** Every unit a request's history names, to look their names up at once. */
export const unitIdsOf = (history: readonly RecordedEvent[]): string[] =>
  history.flatMap((e) => {
    const data = e.data as Record<string, unknown>;
    return ['receivingUnitId', 'toDepartmentId', 'fromUnitId', 'departmentId', 'defaultOwnerUnitId']
      .map((key) => data[key])
      .filter((v): v is string => typeof v === 'string');
  });
