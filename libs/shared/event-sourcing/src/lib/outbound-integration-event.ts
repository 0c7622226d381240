import { type IntegrationEventDefinition, toCloudEvent } from '@qinqing/shared/contracts-kit';
import type { z } from 'zod';
import type { RecordedEvent } from './envelope';
import { nameBasedUuid } from './ids';
import type { OutboundIntegrationEvent } from './integration-events.port';

/** The namespace of derived public event ids (a fixed random UUID of the platform's; never change it). */
const DERIVED_EVENT_ID_NAMESPACE = '5b0f6c2e-8d4a-4f39-9a57-1c3e2d7b6a90';

/**
 * The CloudEvent id of a second public event of one domain event (an oversight mapper's): a UUID v5 of the
 * domain event id and the public event's type — distinct from the first's id, and the same on every resend.
 */
export const derivedIntegrationEventId = (domainEventId: string, type: string): string =>
  nameBasedUuid(DERIVED_EVENT_ID_NAMESPACE, `${domainEventId}/${type}`);

/**
 * The public form of a stored domain event, the same way for every context: CloudEvent id = the domain
 * event's id (consumers de-duplicate on it) — or, with `derivedId`, one derived from it for an oversight
 * mapper's event (see `IntegrationEventMapper`) —, time = when it was decided, `correlationid` and
 * `causationid` from its metadata, subject and message key = the aggregate id, topic = the contract's.
 */
export const toOutboundIntegrationEvent = <Type extends string, Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<Type, Schema>,
  event: RecordedEvent,
  publicEvent: {
    readonly subject: string;
    readonly data: z.input<Schema>;
    readonly derivedId?: boolean;
  },
): OutboundIntegrationEvent => ({
  topic: definition.topic,
  key: publicEvent.subject,
  cloudEvent: toCloudEvent(definition, {
    id:
      publicEvent.derivedId === true
        ? derivedIntegrationEventId(event.eventId, definition.type)
        : event.eventId,
    subject: publicEvent.subject,
    time: event.metadata.occurredAt,
    data: publicEvent.data,
    correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId === null ? {} : { causationId: event.metadata.causationId }),
  }),
});
