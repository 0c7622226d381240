import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { CREDIT_SOURCE, CREDIT_TOPIC } from './credit-topic';

/**
 * The credit context's public events: versioned, validated by their zod schema on both sides, catalogued in
 * docs/asyncapi.json. A change that breaks a consumer is a new version (…v2), never an edit of v1.
 */
export const RecordOpenedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.record.opened.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    recordId: z.string().min(1),
    title: z.string().min(1),
    openedAt: z.iso.datetime(),
  }),
});

export const CREDIT_PUBLIC_EVENTS = [RecordOpenedV1] as const;
