import { RecordOpenedV1, CREDIT_TOPIC } from '@qinqing/credit/contracts';
import { recordIdOfStream, type RecordEvent } from '@qinqing/credit/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * The one place where the credit context decides what the world learns of its records. An event not
 * mapped here stays private; who opened a record (a staff member) never leaves.
 */
export const creditIntegrationMapper: IntegrationEventMapper = {
  context: 'credit',
  topics: [CREDIT_TOPIC],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const recordId = recordIdOfStream(event.streamId);
    if (recordId === null) return null;
    const domainEvent = { type: event.type, data: event.data } as RecordEvent;
    switch (domainEvent.type) {
      case 'RecordOpened':
        return toOutboundIntegrationEvent(RecordOpenedV1, event, {
          subject: recordId,
          data: { recordId, title: domainEvent.data.title, openedAt: domainEvent.data.openedAt },
        });
      default:
        return null;
    }
  },
};
