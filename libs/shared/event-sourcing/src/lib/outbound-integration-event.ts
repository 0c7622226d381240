import { type IntegrationEventDefinition, toCloudEvent } from '@qinqing/shared/contracts-kit';
import type { z } from 'zod';
import type { RecordedEvent } from './envelope';
import type { OutboundIntegrationEvent } from './integration-events.port';

/**
 * The public form of a stored domain event, the same way for every context: CloudEvent id = the domain
 * event's id (consumers de-duplicate on it), time = when it was decided, `correlationid` and `causationid`
 * from its metadata, subject and message key = the aggregate id, topic = the contract's.
 */
export const toOutboundIntegrationEvent = <Type extends string, Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<Type, Schema>,
  event: RecordedEvent,
  publicEvent: { readonly subject: string; readonly data: z.input<Schema> },
): OutboundIntegrationEvent => ({
  topic: definition.topic,
  key: publicEvent.subject,
  cloudEvent: toCloudEvent(definition, {
    id: event.eventId,
    subject: publicEvent.subject,
    time: event.metadata.occurredAt,
    data: publicEvent.data,
    correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId === null ? {} : { causationId: event.metadata.causationId }),
  }),
});
