import { SERVICE_CENTRE_TOPIC, VisitCompletedV1, VisitRatedV1 } from '@qinqing/service-centre/contracts';
import { type QueueDayEvent, queueDayOfStream } from '@qinqing/service-centre/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * The one place where the walk-in queue decides what the world learns of a visit: centre, service, day and
 * hour, waiting and service seconds, the rating. Never the ticket's code or number, never who served.
 */
export const queueIntegrationMapper: IntegrationEventMapper = {
  context: 'service-centre',
  topics: [SERVICE_CENTRE_TOPIC],
  eventTypes: ['TicketFinished', 'TicketRated'] satisfies QueueDayEvent['type'][],
  map: (recorded: RecordedEvent): OutboundIntegrationEvent | null => {
    const stream = queueDayOfStream(recorded.streamId);
    if (stream === null) return null;
    const event = { type: recorded.type, data: recorded.data } as QueueDayEvent;
    switch (event.type) {
      case 'TicketFinished':
        return toOutboundIntegrationEvent(VisitCompletedV1, recorded, {
          subject: stream.centreId,
          data: {
            visitId: event.data.ticketId,
            centreId: stream.centreId,
            serviceId: event.data.serviceId,
            day: stream.day,
            hour: event.data.hour,
            waitedSeconds: event.data.waitedSeconds,
            servedSeconds: event.data.servedSeconds,
            completedAt: event.data.finishedAt,
          },
        });
      case 'TicketRated':
        return toOutboundIntegrationEvent(VisitRatedV1, recorded, {
          subject: stream.centreId,
          data: {
            visitId: event.data.ticketId,
            centreId: stream.centreId,
            serviceId: event.data.serviceId,
            rating: event.data.rating,
            ratedAt: event.data.ratedAt,
          },
        });
      default:
        return null;
    }
  },
};
