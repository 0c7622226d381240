import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { healthIndexAreaFigures, halfYear } from './api/health-index.api';
import { SERVICE_CENTRE_SOURCE, SERVICE_CENTRE_TOPIC } from './service-centre-topic';

/**
 * The half year's 亲清健康指数 was published: every area's scores under the methodology version, keyed by the
 * half year. Only counts and scores: no enterprise, no official, no person.
 */
export const HealthIndexPublishedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.health-index.published.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    period: halfYear,
    methodologyVersion: z.string().min(1),
    publishedOn: z.iso.date(),
    areas: z.array(healthIndexAreaFigures),
  }),
});
