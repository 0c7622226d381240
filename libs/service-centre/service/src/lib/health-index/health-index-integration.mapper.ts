import { HealthIndexPublishedV1, SERVICE_CENTRE_TOPIC } from '@qinqing/service-centre/contracts';
import { type HealthIndexPublished, periodOfHealthIndexStream } from '@qinqing/service-centre/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/** The published index leaves whole — scores and counts per area — without who published it. */
export const healthIndexIntegrationMapper: IntegrationEventMapper = {
  context: 'service-centre',
  topics: [SERVICE_CENTRE_TOPIC],
  eventTypes: ['HealthIndexPublished'] satisfies HealthIndexPublished['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const period = periodOfHealthIndexStream(event.streamId);
    if (period === null || event.type !== 'HealthIndexPublished') return null;
    const data = event.data as HealthIndexPublished['data'];
    return toOutboundIntegrationEvent(HealthIndexPublishedV1, event, {
      subject: period,
      data: {
        period: data.period,
        methodologyVersion: data.methodologyVersion,
        publishedOn: data.publishedOn,
        areas: data.areas.map(({ areaCode, figures }) => ({
          areaCode,
          ...figures,
          indicators: [...figures.indicators],
        })),
      },
    });
  },
};
