import {
  PolicyPublishedV1,
  PolicyWithdrawnV1,
  SERVICE_CENTRE_TOPIC,
} from '@qinqing/service-centre/contracts';
import { policyIdOfStream, type PolicyEvent } from '@qinqing/service-centre/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * What the world learns of the policy library: a policy published (the document and whom it is for) and
 * withdrawn. Drafts and edits stay inside, and so does who published it.
 */
export const policyIntegrationMapper: IntegrationEventMapper = {
  context: 'service-centre',
  topics: [SERVICE_CENTRE_TOPIC],
  eventTypes: ['PolicyPublished', 'PolicyWithdrawn'] satisfies PolicyEvent['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const policyId = policyIdOfStream(event.streamId);
    if (policyId === null) return null;
    const domainEvent = { type: event.type, data: event.data } as PolicyEvent;
    switch (domainEvent.type) {
      case 'PolicyPublished': {
        const { details, publishedOn, publishedAt } = domainEvent.data;
        return toOutboundIntegrationEvent(PolicyPublishedV1, event, {
          subject: policyId,
          data: {
            policyId,
            title: details.title,
            issuingBody: details.issuingBody,
            documentNumber: details.documentNumber,
            effectiveOn: details.effectiveOn,
            expiresOn: details.expiresOn,
            criteria: {
              industries: [...details.criteria.industries],
              sizes: [...details.criteria.sizes],
              areas: [...details.criteria.areas],
              tags: [...details.criteria.tags],
            },
            publishedOn,
            publishedAt,
          },
        });
      }
      case 'PolicyWithdrawn':
        return toOutboundIntegrationEvent(PolicyWithdrawnV1, event, {
          subject: policyId,
          data: { policyId, withdrawnAt: domainEvent.data.withdrawnAt },
        });
      default:
        return null;
    }
  },
};
