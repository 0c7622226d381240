import { CentreEventHeldV1, SERVICE_CENTRE_TOPIC } from '@qinqing/service-centre/contracts';
import { type CentreEventClosed, centreEventIdOfStream } from '@qinqing/service-centre/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * What the world learns of the centre's events: when one was held and closed, its kind, area and counts (for
 * the health index). Registrations, check-ins, feedback and cancellation notices stay inside: they name
 * enterprises.
 */
export const centreEventsIntegrationMapper: IntegrationEventMapper = {
  context: 'service-centre',
  topics: [SERVICE_CENTRE_TOPIC],
  eventTypes: ['CentreEventClosed'] satisfies CentreEventClosed['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const eventId = centreEventIdOfStream(event.streamId);
    if (eventId === null || event.type !== 'CentreEventClosed') return null;
    const data = event.data as CentreEventClosed['data'];
    return toOutboundIntegrationEvent(CentreEventHeldV1, event, {
      subject: eventId,
      data: {
        eventId,
        kind: data.kind,
        areaCode: data.areaCode,
        startsAt: data.startsAt,
        capacity: data.capacity,
        registered: data.registered,
        attended: data.attended,
        feedbackCount: data.feedbackCount,
        meanRating: data.meanRating,
        closedAt: data.closedAt,
      },
    });
  },
};
