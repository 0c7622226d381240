import { MisconductReportConcludedV1, SERVICE_CENTRE_TOPIC } from '@qinqing/service-centre/contracts';
import { type MisconductReportConcluded, reportIdOfStream } from '@qinqing/service-centre/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * The one place where misconduct reports meet the world: a concluded report becomes a count by area, outcome
 * and day. Nothing else of a report leaves — not that one was filed, read, escalated or about whom.
 */
export const misconductReportIntegrationMapper: IntegrationEventMapper = {
  context: 'service-centre',
  topics: [SERVICE_CENTRE_TOPIC],
  eventTypes: ['MisconductReportConcluded'] satisfies MisconductReportConcluded['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    if (reportIdOfStream(event.streamId) === null || event.type !== 'MisconductReportConcluded') return null;
    const data = event.data as MisconductReportConcluded['data'];
    return toOutboundIntegrationEvent(MisconductReportConcludedV1, event, {
      subject: data.areaCode,
      data: { areaCode: data.areaCode, outcome: data.outcome, concludedOn: data.at.slice(0, 10) },
    });
  },
};
