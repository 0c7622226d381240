import {
  ConflictDeclaredV1,
  ConflictWithdrawnV1,
  InteractionFilingDecidedV1,
  InteractionFilingFiledV1,
  InteractionFilingReportedV1,
  InteractionFilingReportOverdueV1,
  type ProblemContact,
  RecusalRecordedV1,
  SymposiumProblemRaisedV2,
} from '@qinqing/liaison/contracts';
import {
  type DeclarationsEvent,
  filingIdOfStream,
  officialOfDeclarationsStream,
  type InteractionFilingEvent,
  type SymposiumEvent,
  symposiumIdOfStream,
} from '@qinqing/liaison/domain';
import {
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/** The event types `mapIntegrityEvent` gives a public form. */
export const INTEGRITY_PUBLIC_EVENT_TYPES: readonly (
  InteractionFilingEvent | SymposiumEvent | DeclarationsEvent
)['type'][] = [
  'InteractionFiled',
  'FilingApproved',
  'FilingRefused',
  'InteractionReported',
  'FilingReportOverdue',
  'SymposiumProblemRaised',
  'RelationDeclared',
  'RelationWithdrawn',
  'RecusalRecorded',
];

/**
 * What the world learns of interaction filings, declarations and symposia: undefined for a stream that is not
 * one of theirs (the liaison mapper goes on), null for an event kept private (reviews, schedules). Of a
 * declaration only which account must stay away from which enterprises leaves (for appeals' request
 * assignment); names, relations, ID numbers, details and reasons never do. Superiors and summaries stay here.
 */
export const mapIntegrityEvent = (
  event: RecordedEvent,
  sealContact: (contact: ProblemContact) => string,
): OutboundIntegrationEvent | null | undefined => {
  const symposiumId = symposiumIdOfStream(event.streamId);
  if (symposiumId !== null) return mapSymposiumEvent(symposiumId, event, sealContact);
  const accountId = officialOfDeclarationsStream(event.streamId);
  if (accountId !== null) return mapDeclarationsEvent(accountId, event);
  const filingId = filingIdOfStream(event.streamId);
  if (filingId === null) return undefined;
  const domainEvent = { type: event.type, data: event.data } as InteractionFilingEvent;
  switch (domainEvent.type) {
    case 'InteractionFiled': {
      const d = domainEvent.data;
      return toOutboundIntegrationEvent(InteractionFilingFiledV1, event, {
        subject: filingId,
        data: {
          filingId,
          jurisdiction: d.jurisdiction,
          activityKind: d.activityKind,
          organiserKind: d.organiser.kind,
          enterpriseCreditCodes: [...d.enterpriseCreditCodes],
          eventDate: d.eventDate,
          filedAt: d.filedAt,
        },
      });
    }
    case 'FilingApproved':
      return toOutboundIntegrationEvent(InteractionFilingDecidedV1, event, {
        subject: filingId,
        data: {
          filingId,
          outcome: 'approved',
          reportDue: domainEvent.data.reportDue,
          decidedAt: domainEvent.data.approvedAt,
        },
      });
    case 'FilingRefused':
      return toOutboundIntegrationEvent(InteractionFilingDecidedV1, event, {
        subject: filingId,
        data: { filingId, outcome: 'refused', reportDue: null, decidedAt: domainEvent.data.refusedAt },
      });
    case 'InteractionReported':
      return toOutboundIntegrationEvent(InteractionFilingReportedV1, event, {
        subject: filingId,
        data: {
          filingId,
          late: domainEvent.data.late,
          conductKept: domainEvent.data.conductKept,
          reportedAt: domainEvent.data.reportedAt,
        },
      });
    case 'FilingReportOverdue':
      return toOutboundIntegrationEvent(InteractionFilingReportOverdueV1, event, {
        subject: filingId,
        data: { filingId, reportDue: domainEvent.data.reportDue, flaggedAt: domainEvent.data.flaggedAt },
      });
    default:
      return null;
  }
};

/** Only the problems raised leave (the contact sealed); schedules and attendance stay in the context. */
const mapSymposiumEvent = (
  symposiumId: string,
  event: RecordedEvent,
  sealContact: (contact: ProblemContact) => string,
): OutboundIntegrationEvent | null => {
  const domainEvent = { type: event.type, data: event.data } as SymposiumEvent;
  if (domainEvent.type !== 'SymposiumProblemRaised') return null;
  const d = domainEvent.data;
  return toOutboundIntegrationEvent(SymposiumProblemRaisedV2, event, {
    subject: d.problemId,
    data: {
      problemId: d.problemId,
      source: 'symposium',
      symposiumId,
      enterpriseCreditCode: d.enterprise.creditCode,
      enterpriseName: d.enterprise.name,
      convenerUnitId: d.convenerUnitId,
      title: d.title,
      description: d.description,
      raisedOn: d.raisedOn,
      sealedContact: sealContact({ name: d.contact.name, phone: d.contact.phone }),
    },
  });
};

/** The enterprises an account must keep away from, keyed by the account (its events stay in order). */
const mapDeclarationsEvent = (accountId: string, event: RecordedEvent): OutboundIntegrationEvent | null => {
  const domainEvent = { type: event.type, data: event.data } as DeclarationsEvent;
  switch (domainEvent.type) {
    case 'RelationDeclared': {
      const creditCodes = [...new Set(domainEvent.data.ties.map((t) => t.creditCode))];
      // A person declared with no tie to an enterprise constrains nothing outside liaison.
      if (creditCodes.length === 0) return null;
      return toOutboundIntegrationEvent(ConflictDeclaredV1, event, {
        subject: accountId,
        data: {
          accountId,
          sourceId: domainEvent.data.relationId,
          creditCodes,
          declaredAt: domainEvent.data.declaredAt,
        },
      });
    }
    case 'RelationWithdrawn':
      return toOutboundIntegrationEvent(ConflictWithdrawnV1, event, {
        subject: accountId,
        data: {
          accountId,
          sourceId: domainEvent.data.relationId,
          withdrawnAt: domainEvent.data.withdrawnAt,
        },
      });
    case 'RecusalRecorded':
      return toOutboundIntegrationEvent(RecusalRecordedV1, event, {
        subject: accountId,
        data: {
          accountId,
          recusalId: domainEvent.data.recusalId,
          creditCode: domainEvent.data.enterpriseCreditCode,
          recordedAt: domainEvent.data.recordedAt,
        },
      });
    default:
      return null;
  }
};
