import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { SERVICE_CENTRE_SOURCE, SERVICE_CENTRE_TOPIC } from './service-centre-topic';

/**
 * A centre's event (活动: 政企恳谈会, 政策宣讲会, 商桥微课堂, 法律服务) was held and closed, keyed by its id: its kind,
 * area and counts, for the health index. Nothing personal and no enterprise: not who registered, attended or
 * rated, not the comments.
 */
export const CentreEventHeldV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.event.held.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    eventId: z.string().min(1),
    kind: z.enum(['symposium', 'policy-briefing', 'course', 'legal-service']),
    areaCode: z
      .string()
      .regex(/^\d{6}(\d{3})?$/u)
      .describe('GB/T 2260 code of the area the event was held in'),
    startsAt: z.iso.datetime(),
    capacity: z.number().int().min(1),
    registered: z.number().int().min(0).describe('Enterprises holding a place when it closed'),
    attended: z.number().int().min(0).describe('Enterprises that checked in'),
    feedbackCount: z.number().int().min(0),
    meanRating: z.number().min(1).max(5).nullable().describe('Mean of the 1–5 ratings; null without any'),
    closedAt: z.iso.datetime(),
  }),
});

export const CENTRE_EVENTS_PUBLIC_EVENTS = [CentreEventHeldV1] as const;
