import { APPEALS_PUBLIC_EVENTS } from '@qinqing/appeals/contracts';
import { CALENDAR_PUBLIC_EVENTS } from '@qinqing/calendar/contracts';
import { IDENTITY_PUBLIC_EVENTS } from '@qinqing/identity/service';
import type { IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import { LIAISON_PUBLIC_EVENTS } from '@qinqing/liaison/contracts';
import { CREDIT_PUBLIC_EVENTS } from '@qinqing/credit/contracts';
import { PARTY_BUILDING_PUBLIC_EVENTS } from '@qinqing/party-building/contracts';
import { SERVICE_CENTRE_PUBLIC_EVENTS } from '@qinqing/service-centre/contracts';

/**
 * Each publishing context's public event definitions, by context, from its contracts. Which contexts publish,
 * on which topic, comes from the one list (libs/platform/services); this only says where their contracts are.
 * The catalogue refuses to build for a publishing context missing here, and its test checks every event's
 * topic and source against the list.
 */
export const PUBLIC_EVENTS: Readonly<Record<string, readonly IntegrationEventDefinition[]>> = {
  identity: IDENTITY_PUBLIC_EVENTS,
  appeals: APPEALS_PUBLIC_EVENTS,
  liaison: LIAISON_PUBLIC_EVENTS,
  calendar: CALENDAR_PUBLIC_EVENTS,
  credit: CREDIT_PUBLIC_EVENTS,
  'party-building': PARTY_BUILDING_PUBLIC_EVENTS,
  'service-centre': SERVICE_CENTRE_PUBLIC_EVENTS,
};
