import { type CloudEvent, cloudEventSchema } from '@qinqing/shared/contracts-kit';
import type { OutboundIntegrationEvent } from '@qinqing/shared/event-sourcing';
import { CONSTANTS } from 'cloudevents';
import type { IHeaders, Message } from 'kafkajs';

/**
 * CloudEvents Kafka protocol binding, structured content mode (the `cloudevents` package's
 * `Kafka.structured`): the value is the whole event as JSON, the `content-type` header says so, the key is
 * the partition key (the aggregate id). The event time travels in the CloudEvent's `time`; the record keeps
 * the producer's send time, because brokers refuse records stamped too far ahead of their own clock (Kafka 4's
 * `log.message.timestamp.after.max.ms`, 1 hour): an app whose clock ran ahead would otherwise have every
 * send refused, for good.
 */
export const CLOUD_EVENTS_CONTENT_TYPE: string = CONSTANTS.DEFAULT_CE_CONTENT_TYPE; // application/cloudevents+json; charset=utf-8
export const CONTENT_TYPE_HEADER: string = CONSTANTS.HEADER_CONTENT_TYPE; // content-type

export const toKafkaMessage = (outbound: OutboundIntegrationEvent): Message => ({
  key: outbound.key,
  value: JSON.stringify(outbound.cloudEvent),
  headers: { [CONTENT_TYPE_HEADER]: CLOUD_EVENTS_CONTENT_TYPE },
});

export class NotACloudEventMessageError extends Error {
  override readonly name = 'NotACloudEventMessageError';
}

export const headerText = (headers: IHeaders | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};

/** Kafka headers as text (the original coordinates of a dead letter, the content type…). */
export const headersAsText = (headers: IHeaders | undefined): Record<string, string> => {
  const text: Record<string, string> = {};
  for (const name of Object.keys(headers ?? {})) {
    const value = headerText(headers, name);
    if (value !== undefined) text[name] = value;
  }
  return text;
};

/** Reads a structured-mode CloudEvent from a Kafka message; throws NotACloudEventMessageError otherwise. */
export const fromKafkaMessage = (message: { value: Buffer | null; headers?: IHeaders }): CloudEvent => {
  const contentType = headerText(message.headers, CONTENT_TYPE_HEADER);
  if (!contentType?.toLowerCase().startsWith(CONSTANTS.MIME_CE_JSON)) {
    throw new NotACloudEventMessageError(
      `Not a structured CloudEvent: content-type ${contentType ?? 'missing'}`,
    );
  }
  if (message.value === null) throw new NotACloudEventMessageError('Empty message value');
  let raw: unknown;
  try {
    raw = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    throw new NotACloudEventMessageError(`Value is not JSON: ${(error as Error).message}`);
  }
  const parsed = cloudEventSchema.safeParse(raw);
  if (!parsed.success) {
    throw new NotACloudEventMessageError(`Not a CloudEvents 1.0 event: ${parsed.error.message}`);
  }
  return parsed.data as CloudEvent;
};
