import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';
import type { OrganisationUnitEvent } from '@qinqing/identity/domain';
import { IDENTITY_TOPIC, OrganisationUnitCreatedV1, OrganisationUnitRenamedV1 } from './identity-events';

/** A hotline is for the public at the centre, not something other services route or name by. */
type PublishedUnitEvent = Exclude<OrganisationUnitEvent, { type: 'OrganisationUnitHotlineSet' }>;

const publicFormOf = (event: RecordedEvent, unit: PublishedUnitEvent): OutboundIntegrationEvent => {
  switch (unit.type) {
    case 'OrganisationUnitCreated': {
      const { unitId, kind, name } = unit.data;
      return toOutboundIntegrationEvent(OrganisationUnitCreatedV1, event, {
        subject: unitId,
        data: { unitId, kind, name },
      });
    }
    case 'OrganisationUnitRenamed': {
      const { unitId, name } = unit.data;
      return toOutboundIntegrationEvent(OrganisationUnitRenamedV1, event, {
        subject: unitId,
        data: { unitId, name },
      });
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
  eventTypes: ['OrganisationUnitCreated', 'OrganisationUnitRenamed'] satisfies PublishedUnitEvent['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    if (event.type !== 'OrganisationUnitCreated' && event.type !== 'OrganisationUnitRenamed') return null;
    return publicFormOf(event, { type: event.type, data: event.data } as PublishedUnitEvent);
  },
};
