import { z } from 'zod';

/**
 * CloudEvents 1.0 attributes as they travel (structured JSON). Extension attributes used here:
 * `correlationid`, `causationid` (tracing across contexts) and `partitionkey` (the aggregate id, which is
 * also the Kafka message key, CloudEvents partitioning extension).
 */
export const cloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  subject: z.string().min(1),
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().optional(),
  correlationid: z.string().optional(),
  causationid: z.string().optional(),
  partitionkey: z.string().optional(),
  data: z.unknown(),
});

export type CloudEvent<Data = unknown> = Omit<z.infer<typeof cloudEventSchema>, 'data'> & { data: Data };

export const CLOUD_EVENTS_SPEC_VERSION = '1.0' as const;
