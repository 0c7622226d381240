import {
  EnterpriseDetailsCorrectedV1,
  EnterpriseRegisteredV1,
  LIAISON_TOPIC,
  PROBLEM_CONTACT_SEAL_PURPOSE,
  type ProblemContact,
} from '@qinqing/liaison/contracts';
import { enterpriseIdOfStream, type EnterpriseEvent } from '@qinqing/liaison/domain';
import {
  type FieldSeal,
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';
import { mapOfficialsEvent, OFFICIALS_PUBLIC_EVENT_TYPES } from './officials-integration.mapper';
import { INTEGRITY_PUBLIC_EVENT_TYPES, mapIntegrityEvent } from './integrity-integration.mapper';

/** The liaison events given a public form: the officials' and integrity parts', and the enterprises'. */
const PUBLIC_LIAISON_EVENT_TYPES: readonly string[] = [
  ...OFFICIALS_PUBLIC_EVENT_TYPES,
  ...INTEGRITY_PUBLIC_EVENT_TYPES,
  ...(['EnterpriseRegistered', 'EnterpriseDetailsCorrected'] satisfies EnterpriseEvent['type'][]),
];

/**
 * The one place where the liaison context decides what the world learns of its enterprises. An event not
 * mapped here stays private; the contact phone and who registered or corrected an enterprise never leave. The
 * contact a visit or symposium problem needs for its request crosses sealed with `seal` (only the platform's
 * services open it).
 */
export const createLiaisonIntegrationMapper = (seal: FieldSeal): IntegrationEventMapper => {
  const sealContact = (contact: ProblemContact): string =>
    seal.seal(PROBLEM_CONTACT_SEAL_PURPOSE, JSON.stringify(contact));
  return {
    context: 'liaison',
    topics: [LIAISON_TOPIC],
    eventTypes: PUBLIC_LIAISON_EVENT_TYPES,
    map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
      const official = mapOfficialsEvent(event, sealContact);
      if (official !== undefined) return official;
      const integrity = mapIntegrityEvent(event, sealContact);
      if (integrity !== undefined) return integrity;
      const creditCode = enterpriseIdOfStream(event.streamId);
      if (creditCode === null) return null;
      const domainEvent = { type: event.type, data: event.data } as EnterpriseEvent;
      switch (domainEvent.type) {
        case 'EnterpriseRegistered': {
          const { contactPhone: _phone, registeredBy: _by, ...facts } = domainEvent.data;
          return toOutboundIntegrationEvent(EnterpriseRegisteredV1, event, {
            subject: creditCode,
            data: { ...facts, chambers: [...facts.chambers], tags: [...facts.tags], creditCode },
          });
        }
        case 'EnterpriseDetailsCorrected': {
          const { contactPhone: _phone, chambers, tags, ...changes } = domainEvent.data.changes;
          // A correction of the phone alone changes nothing another context keeps.
          if (Object.keys(changes).length === 0 && chambers === undefined && tags === undefined) return null;
          return toOutboundIntegrationEvent(EnterpriseDetailsCorrectedV1, event, {
            subject: creditCode,
            data: {
              creditCode,
              changes: {
                ...changes,
                ...(chambers === undefined ? {} : { chambers: [...chambers] }),
                ...(tags === undefined ? {} : { tags: [...tags] }),
              },
              size: domainEvent.data.size,
              correctedAt: domainEvent.data.correctedAt,
            },
          });
        }
        default:
          return null;
      }
    },
  };
};
