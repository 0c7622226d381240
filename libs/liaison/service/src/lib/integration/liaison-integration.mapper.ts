import { EnterpriseOpenedV1, LIAISON_TOPIC } from '@qinqing/liaison/contracts';
import { enterpriseIdOfStream, type EnterpriseEvent } from '@qinqing/liaison/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';
import { mapIntegrityEvent } from './integrity-integration.mapper';

/**
 * The one place where the liaison context decides what the world learns of its enterprises. An event not
 * mapped here stays private; who opened a enterprise (a staff member) never leaves.
 */
export const liaisonIntegrationMapper: IntegrationEventMapper = {
  context: 'liaison',
  topics: [LIAISON_TOPIC],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const integrity = mapIntegrityEvent(event);
    if (integrity !== undefined) return integrity;
    const enterpriseId = enterpriseIdOfStream(event.streamId);
    if (enterpriseId === null) return null;
    const domainEvent = { type: event.type, data: event.data } as EnterpriseEvent;
    switch (domainEvent.type) {
      case 'EnterpriseOpened':
        return toOutboundIntegrationEvent(EnterpriseOpenedV1, event, {
          subject: enterpriseId,
          data: { enterpriseId, title: domainEvent.data.title, openedAt: domainEvent.data.openedAt },
        });
      default:
        return null;
    }
  },
};
