import {
  RequestAcceptedV1,
  RequestEscalatedV1,
  RequestHandedOffV1,
  RequestInformedV1,
  RequestOverdueV1,
  RequestPausedV1,
  RequestRatedV1,
  RequestReopenedV1,
  RequestResolvedV1,
  RequestResolveDueProvisionalV1,
  RequestResolveDueRederivedV1,
  RequestResumedV1,
  RequestSentBackV1,
  RequestSubmittedV1,
  RequestSupervisedV1,
  APPEALS_TOPIC,
} from '@qinqing/appeals/contracts';
import { type EnterpriseRequestEvent, type OutcomeEvent, requestIdOfStream } from '@qinqing/appeals/domain';
import type { IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';
import type { z } from 'zod';

type Mapped = {
  definition: IntegrationEventDefinition<string, z.ZodType>;
  data: Record<string, unknown>;
} | null;

/**
 * The words of an outcome, as the enterprise got them (the request views show the same), when the request came
 * from a liaison visit or symposium: those answers are a public record (see `answerText` in the contracts).
 */
const publicAnswer = (event: OutcomeEvent): { answerText?: string } => {
  const origin = event.data.origin;
  if (origin !== 'liaison-visit' && origin !== 'liaison-symposium') return {};
  switch (event.type) {
    case 'RequestResolved':
      return { answerText: event.data.answer };
    case 'RequestEscalated':
      return { answerText: event.data.note };
    case 'RequestInformed':
      return { answerText: `${event.data.reason}（${event.data.basis}）` };
  }
};

/**
 * The one place where the appeals context decides what the world learns of its requests. Events not listed
 * (replies, notes, joint meetings, reminders) stay private, and so does an answer's text unless the request came
 * from a liaison visit or symposium; personal data never leaves.
 */
const publicFormOf = (requestId: string, event: EnterpriseRequestEvent): Mapped => {
  const ref = { requestId };
  switch (event.type) {
    case 'RequestSubmitted': {
      const d = event.data;
      return {
        definition: RequestSubmittedV1,
        data: {
          ...ref,
          enterpriseCreditCode: d.enterprise.creditCode,
          enterpriseName: d.enterprise.name,
          category: d.category,
          channel: d.channel,
          receivingUnitId: d.receivingUnitId,
          submittedAt: d.submittedAt,
          resolveDue: d.dues.resolve,
        },
      };
    }
    case 'RequestHandedOff':
      return {
        definition: RequestHandedOffV1,
        data: {
          ...ref,
          fromUnitId: event.data.fromUnitId,
          toDepartmentId: event.data.toDepartmentId,
          handedOffOn: event.data.handedOffOn,
        },
      };
    case 'RequestAccepted':
      return {
        definition: RequestAcceptedV1,
        data: { ...ref, departmentId: event.data.departmentId, acceptedAt: event.data.acceptedAt },
      };
    case 'RequestSentBack':
      return {
        definition: RequestSentBackV1,
        data: {
          ...ref,
          departmentId: event.data.departmentId,
          reason: event.data.reason,
          sentBackOn: event.data.sentBackOn,
        },
      };
    case 'RequestPaused':
      return { definition: RequestPausedV1, data: { ...ref, pausedOn: event.data.pausedOn } };
    case 'RequestResumed':
      return {
        definition: RequestResumedV1,
        data: { ...ref, resumedOn: event.data.resumedOn, pausedWorkingDays: event.data.pausedWorkingDays },
      };
    case 'RequestEscalated':
      return {
        definition: RequestEscalatedV1,
        data: {
          ...ref,
          departmentId: event.data.departmentId,
          upperLevelUnit: event.data.upperLevelUnit,
          upperLevelReference: event.data.upperLevelReference,
          escalatedAt: event.data.escalatedAt,
          onTime: event.data.onTime,
          ...publicAnswer(event),
        },
      };
    case 'RequestInformed':
      return {
        definition: RequestInformedV1,
        data: {
          ...ref,
          departmentId: event.data.departmentId,
          informedAt: event.data.informedAt,
          onTime: event.data.onTime,
          ...publicAnswer(event),
        },
      };
    case 'RequestResolved':
      return {
        definition: RequestResolvedV1,
        data: {
          ...ref,
          departmentId: event.data.departmentId,
          resolvedAt: event.data.resolvedAt,
          onTime: event.data.onTime,
          ...publicAnswer(event),
        },
      };
    case 'DeadlineMissed':
      return {
        definition: RequestOverdueV1,
        data: { ...ref, clock: event.data.clock, due: event.data.due, detectedOn: event.data.detectedOn },
      };
    case 'SupervisionOrderIssued':
      return {
        definition: RequestSupervisedV1,
        data: {
          ...ref,
          orderId: event.data.orderId,
          action: 'issued',
          clock: event.data.clock,
          level: 1,
          ...(event.data.due === undefined ? {} : { due: event.data.due }),
        },
      };
    case 'SupervisionOrderEscalated':
      return {
        definition: RequestSupervisedV1,
        data: {
          ...ref,
          orderId: event.data.orderId,
          action: 'escalated',
          level: event.data.toLevel,
          due: event.data.due,
        },
      };
    case 'RehandlingOrdered':
      return {
        definition: RequestSupervisedV1,
        data: { ...ref, orderId: event.data.orderId, action: 'rehandling-ordered' },
      };
    case 'SupervisionOrderClosed':
      return {
        definition: RequestSupervisedV1,
        data: {
          ...ref,
          orderId: event.data.orderId,
          action: 'closed',
          ...(event.data.outcome === undefined ? {} : { outcome: event.data.outcome }),
        },
      };
    case 'RequestRated':
      return {
        definition: RequestRatedV1,
        data: { ...ref, rating: event.data.rating, ratedOn: event.data.ratedOn },
      };
    case 'RequestReopened':
      return {
        definition: RequestReopenedV1,
        data: { ...ref, reopenedOn: event.data.reopenedOn, reopenCount: event.data.reopenCount },
      };
    case 'DueDatesMarkedProvisional': {
      // Only the resolve date is public (in `submitted`); the other provisional dates stay inside.
      const resolve = event.data.dueDates.resolve;
      return resolve === undefined
        ? null
        : {
            definition: RequestResolveDueProvisionalV1,
            data: { ...ref, resolveDue: resolve.due, provisionalYears: resolve.years },
          };
    }
    case 'DueDatesRederived': {
      const resolve = event.data.changes.find((change) => change.kind === 'resolve');
      return resolve === undefined
        ? null
        : {
            definition: RequestResolveDueRederivedV1,
            data: {
              ...ref,
              previousResolveDue: resolve.previousDue,
              resolveDue: resolve.due,
              provisionalYears: resolve.provisionalYears,
              notices: event.data.notices.map(({ year, documentNumber }) => ({ year, documentNumber })),
              rederivedOn: event.data.rederivedOn,
            },
          };
    }
    default:
      return null;
  }
};

/** The request events `publicFormOf` gives a public form (see `IntegrationEventMapper.eventTypes`). */
const PUBLIC_REQUEST_EVENT_TYPES: readonly EnterpriseRequestEvent['type'][] = [
  'RequestSubmitted',
  'RequestHandedOff',
  'RequestAccepted',
  'RequestSentBack',
  'RequestPaused',
  'RequestResumed',
  'RequestEscalated',
  'RequestInformed',
  'RequestResolved',
  'DeadlineMissed',
  'SupervisionOrderIssued',
  'SupervisionOrderEscalated',
  'RehandlingOrdered',
  'SupervisionOrderClosed',
  'RequestRated',
  'RequestReopened',
  'DueDatesMarkedProvisional',
  'DueDatesRederived',
];

export const appealsIntegrationMapper: IntegrationEventMapper = {
  context: 'appeals',
  topics: [APPEALS_TOPIC],
  eventTypes: PUBLIC_REQUEST_EVENT_TYPES,
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const requestId = requestIdOfStream(event.streamId);
    if (requestId === null) return null;
    const mapped = publicFormOf(requestId, { type: event.type, data: event.data } as EnterpriseRequestEvent);
    if (mapped === null) return null;
    return toOutboundIntegrationEvent(mapped.definition, event, { subject: requestId, data: mapped.data });
  },
};
