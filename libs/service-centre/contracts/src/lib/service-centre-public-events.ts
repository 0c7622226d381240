import type { IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import { CENTRE_EVENTS_PUBLIC_EVENTS } from './events-events';

/**
 * Every public event of the service-centre context, for the event catalogue (docs/asyncapi.json). Each area
 * (queue, events, policies, reports, the health index) defines its events in its own file and lists them here.
 */
export const SERVICE_CENTRE_PUBLIC_EVENTS: readonly IntegrationEventDefinition[] = [
  ...CENTRE_EVENTS_PUBLIC_EVENTS,
];
