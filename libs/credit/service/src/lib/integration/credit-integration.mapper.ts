import {
  CREDIT_TOPIC,
  IntegrityRecordCorrectedV1,
  IntegrityRecordedV1,
  ObjectionDecidedV1,
  ObjectionFiledV1,
  ObjectionRetractedV1,
  PublicationEndedV1,
  RestrictionImposedV1,
  RestrictionLiftedV1,
  RecordRepairedV1,
  RecordWithdrawnV1,
  RepairAppliedV1,
  RepairDecidedV1,
} from '@qinqing/credit/contracts';
import {
  type BoardEvent,
  type CleanEnterpriseEvent,
  CREDIT_RULES,
  type DisclosurePeriod,
  documentNumberKeyOfRestrictionStream,
  documentKeyOfRepairStream,
  documentNumberKey,
  documentNumberKeyOfStream,
  type RestrictionEvent,
  type IntegrityRecordEvent,
  objectionIdOfStream,
  type ObjectionEvent,
  type PledgeEvent,
  type RecordFacts,
  type RepairApplicationEvent,
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
 * A restriction as other contexts need it to refuse and say why: the record, the enterprise, the purposes and
 * period, the rule and its source. Keyed like the record's own events (its document number's key), so a
 * consumer sees a record's restriction events in order.
 */
const restrictionEvent = (key: string, event: RecordedEvent): OutboundIntegrationEvent | null => {
  const domainEvent = { type: event.type, data: event.data } as RestrictionEvent;
  switch (domainEvent.type) {
    case 'RestrictionImposed': {
      const data = domainEvent.data;
      return toOutboundIntegrationEvent(RestrictionImposedV1, event, {
        subject: key,
        data: {
          restrictionId: data.restrictionId,
          documentNumber: data.documentNumber,
          creditCode: data.creditCode,
          kind: data.kind,
          severity: data.severity,
          purposes: [...data.purposes],
          startsOn: data.startsOn,
          endsOn: data.endsOn,
          issuingAuthority: data.issuingAuthority,
          rule: data.rule,
          ruleSource: CREDIT_RULES[data.rule].source,
        },
      });
    }
    case 'RestrictionLifted':
      return toOutboundIntegrationEvent(RestrictionLiftedV1, event, {
        subject: key,
        data: {
          restrictionId: domainEvent.data.restrictionId,
          documentNumber: domainEvent.data.documentNumber,
          creditCode: domainEvent.data.creditCode,
          reason: domainEvent.data.reason,
          liftedOn: domainEvent.data.liftedOn,
        },
      });
    default:
      return null;
  }
};

/**
 * The one place where the credit context decides what the world learns of its records, keyed by the document
 * number's key (one record, one order), and of its boards, pledges and evaluations (credit-board.mapping.ts). Who recorded or corrected it, the evidence reference and the
 * correction's free-text reason never leave the context.
 */
/**
 * An objection's public face, keyed by its record's document key (one record, one order): the grounds, the
 * evidence and the reasons may name people and stay inside.
 */
const mapObjection = (event: RecordedEvent): OutboundIntegrationEvent | null => {
  const domainEvent = { type: event.type, data: event.data } as ObjectionEvent;
  const subject = documentNumberKey(domainEvent.data.documentNumber);
  const { objectionId, documentNumber, creditCode } = domainEvent.data;
  switch (domainEvent.type) {
    case 'ObjectionFiled':
      return toOutboundIntegrationEvent(ObjectionFiledV1, event, {
        subject,
        data: {
          objectionId,
          documentNumber,
          creditCode,
          filedOn: domainEvent.data.filedOn,
          dueOn: domainEvent.data.dueOn,
        },
      });
    case 'ObjectionDecided':
      return toOutboundIntegrationEvent(ObjectionDecidedV1, event, {
        subject,
        data: {
          objectionId,
          documentNumber,
          creditCode,
          outcome: domainEvent.data.outcome,
          decidedOn: domainEvent.data.decidedOn,
        },
      });
    case 'ObjectionRetracted':
      return toOutboundIntegrationEvent(ObjectionRetractedV1, event, {
        subject,
        data: { objectionId, documentNumber, creditCode, retractedOn: domainEvent.data.retractedOn },
      });
    default:
      return null;
  }
};

/** A repair application's public face: the correction evidence, the signatory and the reasons stay inside. */
const mapRepair = (event: RecordedEvent, subject: string): OutboundIntegrationEvent | null => {
  const domainEvent = { type: event.type, data: event.data } as RepairApplicationEvent;
  const { applicationId, documentNumber, creditCode } = domainEvent.data;
  switch (domainEvent.type) {
    case 'RepairApplied':
      return toOutboundIntegrationEvent(RepairAppliedV1, event, {
        subject,
        data: {
          applicationId,
          documentNumber,
          creditCode,
          appliedOn: domainEvent.data.appliedOn,
          dueOn: domainEvent.data.dueOn,
        },
      });
    case 'RepairDecided':
      return toOutboundIntegrationEvent(RepairDecidedV1, event, {
        subject,
        data: {
          applicationId,
          documentNumber,
          creditCode,
          outcome: domainEvent.data.outcome,
          decidedOn: domainEvent.data.decidedOn,
        },
      });
    default:
      return null;
  }
};

/** The credit events given a public form here or in `mapBoardPledgeOrEvaluation`. */
const PUBLIC_CREDIT_EVENT_TYPES: readonly (
  | RestrictionEvent
  | ObjectionEvent
  | RepairApplicationEvent
  | IntegrityRecordEvent
  | BoardEvent
  | PledgeEvent
  | CleanEnterpriseEvent
)['type'][] = [
  'RestrictionImposed',
  'RestrictionLifted',
  'ObjectionFiled',
  'ObjectionDecided',
  'ObjectionRetracted',
  'RepairApplied',
  'RepairDecided',
  'IntegrityRecorded',
  'RecordCorrected',
  'PublicationEnded',
  'RecordWithdrawn',
  'RecordRepaired',
  'BoardApproved',
  'PledgeSigned',
  'CleanEnterpriseEvaluated',
];

export const creditIntegrationMapper: IntegrationEventMapper = {
  context: 'credit',
  topics: [CREDIT_TOPIC],
  eventTypes: PUBLIC_CREDIT_EVENT_TYPES,
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const restrictionKey = documentNumberKeyOfRestrictionStream(event.streamId);
    if (restrictionKey !== null) return restrictionEvent(restrictionKey, event);
    if (objectionIdOfStream(event.streamId) !== null) return mapObjection(event);
    const repairKey = documentKeyOfRepairStream(event.streamId);
    if (repairKey !== null) return mapRepair(event, repairKey);
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
      case 'RecordWithdrawn':
        return toOutboundIntegrationEvent(RecordWithdrawnV1, event, {
          subject: key,
          data: {
            documentNumber: domainEvent.data.documentNumber,
            creditCode: domainEvent.data.creditCode,
            withdrawnOn: domainEvent.data.withdrawnOn,
            reasonCategory: domainEvent.data.reasonCategory,
          },
        });
      case 'RecordRepaired':
        return toOutboundIntegrationEvent(RecordRepairedV1, event, {
          subject: key,
          data: {
            documentNumber: domainEvent.data.documentNumber,
            creditCode: domainEvent.data.creditCode,
            repairedOn: domainEvent.data.repairedOn,
          },
        });
      default:
        return null;
    }
  },
};
