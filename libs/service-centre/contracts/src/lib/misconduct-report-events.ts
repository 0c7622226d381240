import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { SERVICE_CENTRE_SOURCE, SERVICE_CENTRE_TOPIC } from './service-centre-topic';

/**
 * The only thing the world learns of misconduct reports: that one was concluded, with its finding, in an area
 * (GB/T 2260) on a day — a count for the 亲清健康指数 (清白: integrity). Never the report, the official, his unit,
 * the category or the reporter; the subject is the area, and the message carries no report id.
 */
export const MisconductReportConcludedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.misconduct-report.concluded.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    areaCode: z.string().regex(/^[1-9]\d{5}$/u),
    outcome: z.enum(['substantiated', 'partly-substantiated', 'unsubstantiated', 'transferred']),
    concludedOn: z.iso.date(),
  }),
});

export const MISCONDUCT_REPORT_PUBLIC_EVENTS = [MisconductReportConcludedV1] as const;
