import {
  ActivityRecordedV1,
  JointBranchFormedV1,
  JointBranchUnitJoinedV1,
  JointBranchUnitLeftV1,
  OrganisationRecordedV1,
  PARTY_BUILDING_TOPIC,
} from '@qinqing/party-building/contracts';
import {
  activityIdOfStream,
  type ActivityRecorded,
  creditCodeOfOrganisationStream,
  jointBranchIdOfStream,
  type JointBranchEvent,
  type OrganisationEvent,
} from '@qinqing/party-building/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * The one place where the party-building context decides what the world learns of its organisation records:
 * counts, forms and coverage. Party membership is sensitive personal data, so no person leaves — not the
 * secretary, not the instructor (only whether one is assigned), not who recorded it.
 */
export const partyBuildingIntegrationMapper: IntegrationEventMapper = {
  context: 'party-building',
  topics: [PARTY_BUILDING_TOPIC],
  eventTypes: [
    'ActivityRecorded',
    'OrganisationRecorded',
    'JointBranchFormed',
    'JointBranchUnitJoined',
    'JointBranchUnitLeft',
  ] satisfies (ActivityRecorded | OrganisationEvent | JointBranchEvent)['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    if (activityIdOfStream(event.streamId) !== null && event.type === 'ActivityRecorded') {
      // The title and who recorded it stay inside: the kind, the date and a count leave.
      const data = event.data as ActivityRecorded['data'];
      return toOutboundIntegrationEvent(ActivityRecordedV1, event, {
        subject: `${data.organisationKind}:${data.organisationId}`,
        data: {
          activityId: data.activityId,
          organisationKind: data.organisationKind,
          organisationId: data.organisationId,
          kind: data.kind,
          heldOn: data.heldOn,
          participants: data.participants,
        },
      });
    }
    const jointBranchId = jointBranchIdOfStream(event.streamId);
    if (jointBranchId !== null) return mapJointBranchEvent(jointBranchId, event);
    const creditCode = creditCodeOfOrganisationStream(event.streamId);
    if (creditCode === null) return null;
    const domainEvent = { type: event.type, data: event.data } as OrganisationEvent;
    switch (domainEvent.type) {
      case 'OrganisationRecorded': {
        const data = domainEvent.data;
        return toOutboundIntegrationEvent(OrganisationRecordedV1, event, {
          subject: creditCode,
          data: {
            creditCode,
            fullMembers: data.fullMembers,
            probationaryMembers: data.probationaryMembers,
            organisationType: data.type,
            requiredForm: data.requiredForm,
            mayAlsoForm: [...data.mayAlsoForm],
            inPlace: data.inPlace,
            hasInstructor: data.instructor !== null,
            union: data.union,
            youthLeague: data.youthLeague,
            foundedOn: data.foundedOn,
            termEndsOn: data.termEndsOn,
            recordedAt: data.recordedAt,
          },
        });
      }
      default:
        return null;
    }
  },
};

/** Joint branches: which units (by credit code) and how many, the founding and the term's end — no person. */
const mapJointBranchEvent = (
  jointBranchId: string,
  event: RecordedEvent,
): OutboundIntegrationEvent | null => {
  const domainEvent = { type: event.type, data: event.data } as JointBranchEvent;
  switch (domainEvent.type) {
    case 'JointBranchFormed':
      return toOutboundIntegrationEvent(JointBranchFormedV1, event, {
        subject: jointBranchId,
        data: {
          jointBranchId,
          unitCreditCodes: domainEvent.data.units.map((u) => u.creditCode),
          unitCount: domainEvent.data.units.length,
          foundedOn: domainEvent.data.foundedOn,
          termEndsOn: domainEvent.data.termEndsOn,
          formedAt: domainEvent.data.formedAt,
        },
      });
    case 'JointBranchUnitJoined':
      return toOutboundIntegrationEvent(JointBranchUnitJoinedV1, event, {
        subject: jointBranchId,
        data: {
          jointBranchId,
          creditCode: domainEvent.data.unit.creditCode,
          joinedOn: domainEvent.data.joinedOn,
        },
      });
    case 'JointBranchUnitLeft':
      return toOutboundIntegrationEvent(JointBranchUnitLeftV1, event, {
        subject: jointBranchId,
        data: { jointBranchId, creditCode: domainEvent.data.creditCode, leftOn: domainEvent.data.leftOn },
      });
    default:
      return null;
  }
};
