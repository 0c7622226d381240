import type { IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import { HealthIndexPublishedV1 } from './health-index-events';
import { QUEUE_PUBLIC_EVENTS } from './queue-events';
import { POLICY_PUBLIC_EVENTS } from './policy-events';
import { MISCONDUCT_REPORT_PUBLIC_EVENTS } from './misconduct-report-events';
import { CENTRE_EVENTS_PUBLIC_EVENTS } from './events-events';

/**
 * Every public event of the service-centre context, for the event catalogue (docs/asyncapi.json). Each area
 * (queue, events, policies, reports, the health index) defines its events in its own file and lists them here.
 */
export const SERVICE_CENTRE_PUBLIC_EVENTS: readonly IntegrationEventDefinition[] = [
  ...QUEUE_PUBLIC_EVENTS,
  ...POLICY_PUBLIC_EVENTS,
  HealthIndexPublishedV1,
  ...MISCONDUCT_REPORT_PUBLIC_EVENTS,
  ...CENTRE_EVENTS_PUBLIC_EVENTS,
];
