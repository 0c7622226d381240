import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { INTEGRITY_PUBLIC_EVENTS } from './integrity-events';
import { LIAISON_SOURCE, LIAISON_TOPIC } from './liaison-topic';

/**
 * The liaison context's public events: versioned, validated by their zod schema on both sides, catalogued in
 * docs/asyncapi.json. A change that breaks a consumer is a new version (…v2), never an edit of v1.
 */
export const EnterpriseOpenedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.enterprise.opened.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    enterpriseId: z.string().min(1),
    title: z.string().min(1),
    openedAt: z.iso.datetime(),
  }),
});

export const LIAISON_PUBLIC_EVENTS = [EnterpriseOpenedV1, ...INTEGRITY_PUBLIC_EVENTS] as const;
