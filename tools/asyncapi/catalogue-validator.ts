import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** A Kafka message as a consumer sees it: topic, key, headers as text, value as text. */
export interface WireMessage {
  readonly topic: string;
  readonly key: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly value: string | null;
}

interface MessageValidators {
  readonly name: string;
  readonly headers: ValidateFunction;
  readonly payload: ValidateFunction;
  readonly key: ValidateFunction;
}

interface CatalogueMessage {
  readonly name: string;
  readonly headers: object;
  readonly payload: object;
  readonly bindings: { kafka: { key: object } };
}

interface Catalogue {
  readonly channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  readonly components: { messages: Record<string, CatalogueMessage> };
}

const describe = (where: string, errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map(
    (e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
  );

/**
 * Checks Kafka messages against docs/asyncapi.json the way a consumer outside the platform would: the
 * channel by topic address, the message by its name (the CloudEvents `type`), then the headers,
 * the whole payload (envelope and `data`) and the key against that message's schemas, with Ajv (draft-07, as
 * AsyncAPI schemas are) and its formats (`date-time`, `date`).
 */
export class CatalogueValidator {
  private readonly byTopic = new Map<string, Map<string, MessageValidators>>();

  constructor(catalogue: unknown) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const document = catalogue as Catalogue;
    for (const channel of Object.values(document.channels)) {
      const messages = new Map<string, MessageValidators>();
      for (const reference of Object.values(channel.messages)) {
        const name = reference.$ref.replace('#/components/messages/', '');
        const message = document.components.messages[name];
        if (message === undefined) throw new Error(`${reference.$ref}: no such message`);
        // A message's name is the CloudEvents type it carries.
        messages.set(message.name, {
          name,
          headers: ajv.compile(message.headers),
          payload: ajv.compile(message.payload),
          key: ajv.compile(message.bindings.kafka.key),
        });
      }
      this.byTopic.set(channel.address, messages);
    }
  }

  /** The catalogue message the wire message is, and every way it disagrees with it (empty: it conforms). */
  validate(wire: WireMessage): { readonly message: string | null; readonly problems: readonly string[] } {
    const channel = this.byTopic.get(wire.topic);
    if (channel === undefined) return { message: null, problems: [`no channel has address ${wire.topic}`] };
    let payload: unknown;
    try {
      payload = JSON.parse(wire.value ?? '');
    } catch {
      return { message: null, problems: ['the value is not JSON'] };
    }
    const type = (payload as { type?: unknown } | null)?.type;
    const validators = typeof type === 'string' ? channel.get(type) : undefined;
    if (validators === undefined)
      return { message: null, problems: [`no message of channel ${wire.topic} has type ${String(type)}`] };
    const problems = [
      ...(validators.headers(wire.headers) ? [] : describe('headers', validators.headers.errors)),
      ...(validators.payload(payload) ? [] : describe('payload', validators.payload.errors)),
      ...(validators.key(wire.key) ? [] : describe('key', validators.key.errors)),
    ];
    return { message: validators.name, problems };
  }
}
