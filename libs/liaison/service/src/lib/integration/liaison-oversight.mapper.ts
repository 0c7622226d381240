import { InteractionFilingStaffActedV1, LIAISON_TOPIC } from '@qinqing/liaison/contracts';
import { filingIdOfStream, type InteractionFilingEvent } from '@qinqing/liaison/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * Liaison's oversight mapper: who filed an interaction filing and who decided it, as account ids, for the
 * discipline inspector's flagged review (the main mapper's filing events name nobody). The accounts are the
 * domain events' own (the filing's official, the deciding superior — the decider admits no one else), not the
 * envelope's actor. A second public event of the same domain event, so its id is derived (`derivedId`).
 */
export const liaisonOversightMapper: IntegrationEventMapper = {
  context: 'liaison',
  topics: [LIAISON_TOPIC],
  eventTypes: [
    'InteractionFiled',
    'FilingApproved',
    'FilingRefused',
  ] satisfies InteractionFilingEvent['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const filingId = filingIdOfStream(event.streamId);
    if (filingId === null) return null;
    const domainEvent = { type: event.type, data: event.data } as InteractionFilingEvent;
    const acted = (accountId: string, action: 'filed' | 'approved' | 'refused', actedAt: string) =>
      toOutboundIntegrationEvent(InteractionFilingStaffActedV1, event, {
        subject: filingId,
        data: { filingId, accountId, action, actedAt },
        derivedId: true,
      });
    switch (domainEvent.type) {
      case 'InteractionFiled':
        return acted(domainEvent.data.officialId, 'filed', domainEvent.data.filedAt);
      case 'FilingApproved':
        return acted(domainEvent.data.approvedBy, 'approved', domainEvent.data.approvedAt);
      case 'FilingRefused':
        return acted(domainEvent.data.refusedBy, 'refused', domainEvent.data.refusedAt);
      default:
        return null;
    }
  },
};
