import { toCloudEvent } from '@qinqing/shared/contracts-kit';
import type {
  IntegrationEventMapper,
  OutboundIntegrationEvent,
  RecordedEvent,
} from '@qinqing/shared/event-sourcing';
import type { OrganisationUnitEvent } from '@qinqing/shared/identity-domain';
import { IDENTITY_TOPIC, OrganisationUnitCreatedV1, OrganisationUnitRenamedV1 } from './identity-events';

type PublishedUnitEvent = Exclude<OrganisationUnitEvent, { type: 'OrganisationUnitHotlineSet' }>;

const cloudEventOf = (event: RecordedEvent, unit: PublishedUnitEvent) => {
  const fields = {
    id: event.eventId,
    subject: unit.data.unitId,
    time: event.metadata.occurredAt,
    correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId === null ? {} : { causationId: event.metadata.causationId }),
  };
  switch (unit.type) {
    case 'OrganisationUnitCreated': {
      const { unitId, kind, name } = unit.data;
      return toCloudEvent(OrganisationUnitCreatedV1, { ...fields, data: { unitId, kind, name } });
    }
    case 'OrganisationUnitRenamed': {
      const { unitId, name } = unit.data;
      return toCloudEvent(OrganisationUnitRenamedV1, { ...fields, data: { unitId, name } });
    }
  }
};

/**
 * What other services learn from identity: organisation units (ids, kinds, names) so they can route and
 * name them. Accounts, sessions, kiosks and everything personal stay private.
 */
export const identityIntegrationMapper: IntegrationEventMapper = {
  context: 'identity',
  topics: [IDENTITY_TOPIC],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    if (event.type !== 'OrganisationUnitCreated' && event.type !== 'OrganisationUnitRenamed') return null;
    // A hotline is for the public at the centre, not something other services route or name by.
    const unit = { type: event.type, data: event.data } as PublishedUnitEvent;
    const cloudEvent = cloudEventOf(event, unit);
    return {
      topic: IDENTITY_TOPIC,
      key: unit.data.unitId,
      headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8', 'ce-type': cloudEvent.type },
      cloudEvent,
    };
  },
};
