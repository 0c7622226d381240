import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { SERVICE_CENTRE_SOURCE, SERVICE_CENTRE_TOPIC } from './service-centre-topic';

/**
 * The walk-in queue's public events, for the health index (亲清健康指数): how long visitors waited and were
 * served, per centre and service, and how they rated it. Nothing personal — no ticket code, no name, no phone,
 * not even the ticket number.
 */
export const VisitCompletedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.visit.completed.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    visitId: z.string().min(1).describe('The ticket’s id: links a later rating to this visit'),
    centreId: z.string().min(1),
    serviceId: z.string().min(1),
    day: z.iso.date(),
    hour: z.number().int().min(0).max(23).describe('China-local hour the ticket was taken'),
    waitedSeconds: z.number().int().min(0),
    servedSeconds: z.number().int().min(0),
    completedAt: z.iso.datetime(),
  }),
});

/** The visitor rated a completed visit (once, one to five). */
export const VisitRatedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.visit.rated.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    visitId: z.string().min(1),
    centreId: z.string().min(1),
    serviceId: z.string().min(1),
    rating: z.number().int().min(1).max(5),
    ratedAt: z.iso.datetime(),
  }),
});

export const QUEUE_PUBLIC_EVENTS = [VisitCompletedV1, VisitRatedV1] as const;
