import { PolicyNoticesDueV1, SERVICE_CENTRE_TOPIC } from '@qinqing/service-centre/contracts';
import { policyIdOfNoticesStream, type PolicyNoticesEvent } from '@qinqing/service-centre/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * Who should be told of a policy, for liaison to text (it holds the phones): each listed batch, keyed by the
 * policy so its batches stay in order on one partition. Whether a batch came from the sweep or an arrival, and
 * the sweep's end, stay inside.
 */
export const policyNoticesIntegrationMapper: IntegrationEventMapper = {
  context: 'service-centre',
  topics: [SERVICE_CENTRE_TOPIC],
  eventTypes: ['PolicyNoticesDue'] satisfies PolicyNoticesEvent['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const policyId = policyIdOfNoticesStream(event.streamId);
    if (policyId === null) return null;
    const domainEvent = { type: event.type, data: event.data } as PolicyNoticesEvent;
    if (domainEvent.type !== 'PolicyNoticesDue') return null;
    const { title, documentNumber, creditCodes, dueAt } = domainEvent.data;
    return toOutboundIntegrationEvent(PolicyNoticesDueV1, event, {
      subject: policyId,
      data: { policyId, title, documentNumber, creditCodes: [...creditCodes], dueAt },
    });
  },
};
