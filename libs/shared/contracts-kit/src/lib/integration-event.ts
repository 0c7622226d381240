import { z } from 'zod';
import { CLOUD_EVENTS_SPEC_VERSION, cloudEventSchema, type CloudEvent } from './cloud-event';

/** A public event of one context: its CloudEvents type, schema version, topic and payload schema. */
export interface IntegrationEventDefinition<
  Type extends string = string,
  Schema extends z.ZodType = z.ZodType,
> {
  readonly type: Type;
  readonly version: number;
  readonly topic: string;
  /** CloudEvents `source`, e.g. `/qinqing/appeals`. */
  readonly source: string;
  readonly schema: Schema;
}

export const defineIntegrationEvent = <Type extends string, Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<Type, Schema>,
): IntegrationEventDefinition<Type, Schema> => definition;

export type IntegrationEventData<D> =
  D extends IntegrationEventDefinition<string, infer S> ? z.infer<S> : never;

/**
 * A checked CloudEvent of one of the definitions `D` (a union): its `type` tells which, so a handler of several
 * types (a batch handler) narrows `data` by comparing `type` with a definition's.
 */
export type IntegrationEventOf<D> =
  D extends IntegrationEventDefinition<infer Type, infer Schema>
    ? CloudEvent<z.infer<Schema>> & { readonly type: Type }
    : never;

export interface CloudEventFields<Data> {
  readonly id: string;
  readonly subject: string;
  readonly time: string;
  readonly data: Data;
  readonly correlationId?: string;
  readonly causationId?: string;
}

/** The `dataschema` attribute of a public event: its type and contract version. */
export const dataSchemaUri = (definition: IntegrationEventDefinition): string =>
  `urn:qinqing:schema:${definition.type}:v${definition.version}`;

/**
 * Exactly what `toCloudEvent` publishes for one public event: the CloudEvents envelope with this event's
 * `type`, `source` and `dataschema`, the partition key, and `data` per its contract. The event catalogue
 * (docs/asyncapi.json) is generated from it, so what the catalogue promises is what is built here.
 */
export const publishedCloudEventSchema = <Type extends string, Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<Type, Schema>,
) =>
  cloudEventSchema.extend({
    type: z.literal(definition.type),
    source: z.literal(definition.source),
    dataschema: z.literal(dataSchemaUri(definition)),
    partitionkey: z.string().min(1),
    data: definition.schema,
  });

/** Builds a CloudEvent for a public event, validating the payload against its contract. */
export const toCloudEvent = <Type extends string, Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<Type, Schema>,
  fields: CloudEventFields<z.input<Schema>>,
): CloudEvent<z.infer<Schema>> & { readonly type: Type } => ({
  specversion: CLOUD_EVENTS_SPEC_VERSION,
  id: fields.id,
  source: definition.source,
  type: definition.type,
  time: fields.time,
  subject: fields.subject,
  datacontenttype: 'application/json',
  dataschema: dataSchemaUri(definition),
  partitionkey: fields.subject,
  ...(fields.correlationId === undefined ? {} : { correlationid: fields.correlationId }),
  ...(fields.causationId === undefined ? {} : { causationid: fields.causationId }),
  data: definition.schema.parse(fields.data),
});

export class InvalidCloudEventError extends Error {
  override readonly name = 'InvalidCloudEventError';
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(message);
  }
}

/** Validates an incoming CloudEvent against the envelope and, when its type matches, the contract. */
export const parseCloudEvent = <Type extends string, Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<Type, Schema>,
  raw: unknown,
): CloudEvent<z.infer<Schema>> => {
  const envelope = cloudEventSchema.safeParse(raw);
  if (!envelope.success)
    throw new InvalidCloudEventError('Not a CloudEvents 1.0 event', envelope.error.issues);
  if (envelope.data.type !== definition.type) {
    throw new InvalidCloudEventError(`Expected ${definition.type}, got ${envelope.data.type}`, []);
  }
  const data = definition.schema.safeParse(envelope.data.data);
  if (!data.success)
    throw new InvalidCloudEventError(`Invalid data for ${definition.type}`, data.error.issues);
  return { ...envelope.data, data: data.data };
};
