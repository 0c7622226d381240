import {
  CREDIT_TOPIC,
  IntegrityRecordCorrectedV1,
  IntegrityRecordedV1,
  PublicationEndedV1,
} from '@qinqing/credit/contracts';
import {
  type DisclosurePeriod,
  documentNumberKeyOfStream,
  type IntegrityRecordEvent,
  type RecordFacts,
} from '@qinqing/credit/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';
import { mapBoardPledgeOrEvaluation } from './credit-board.mapping';

/** The public face of a record: the evidence reference (an internal file) is left out. */
const publicRecord = (
  data: RecordFacts & {
    readonly documentNumber: string;
    readonly polarity: 'negative' | 'positive';
    readonly disclosure: DisclosurePeriod | null;
  },
) => ({
  documentNumber: data.documentNumber,
  kind: data.kind,
  polarity: data.polarity,
  severity: data.severity,
  issuingAuthority: data.issuingAuthority,
  decidedOn: data.decidedOn,
  legalBasis: data.legalBasis,
  creditCode: data.creditCode,
  enterpriseName: data.enterpriseName,
  penaltyCategory: data.penaltyCategory,
  penaltyContent: data.penaltyContent,
  disclosure: data.disclosure,
});

/**
 * The one place where the credit context decides what the world learns of its records, keyed by the document
 * number's key (one record, one order), and of its boards, pledges and evaluations (credit-board.mapping.ts). Who recorded or corrected it, the evidence reference and the
 * correction's free-text reason never leave the context.
 */
export const creditIntegrationMapper: IntegrationEventMapper = {
  context: 'credit',
  topics: [CREDIT_TOPIC],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const key = documentNumberKeyOfStream(event.streamId);
    if (key === null) return mapBoardPledgeOrEvaluation(event);
    const domainEvent = { type: event.type, data: event.data } as IntegrityRecordEvent;
    switch (domainEvent.type) {
      case 'IntegrityRecorded':
        return toOutboundIntegrationEvent(IntegrityRecordedV1, event, {
          subject: key,
          data: { ...publicRecord(domainEvent.data), recordedAt: domainEvent.data.recordedAt },
        });
      case 'RecordCorrected':
        return toOutboundIntegrationEvent(IntegrityRecordCorrectedV1, event, {
          subject: key,
          data: {
            ...publicRecord(domainEvent.data),
            changed: [...domainEvent.data.changed],
            correctedAt: domainEvent.data.correctedAt,
          },
        });
      case 'PublicationEnded':
        return toOutboundIntegrationEvent(PublicationEndedV1, event, {
          subject: key,
          data: {
            documentNumber: domainEvent.data.documentNumber,
            creditCode: domainEvent.data.creditCode,
            publicUntil: domainEvent.data.publicUntil,
            endedOn: domainEvent.data.endedOn,
          },
        });
      default:
        return null;
    }
  },
};
