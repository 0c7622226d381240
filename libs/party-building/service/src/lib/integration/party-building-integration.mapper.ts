import { OrganisationRecordedV1, PARTY_BUILDING_TOPIC } from '@qinqing/party-building/contracts';
import { creditCodeOfOrganisationStream, type OrganisationEvent } from '@qinqing/party-building/domain';
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
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
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
