import { Controller, type Type } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import { EventPattern } from '@nestjs/microservices';
import {
  PATTERN_EXTRAS_METADATA,
  PATTERN_HANDLER_METADATA,
  PATTERN_METADATA,
  TRANSPORT_METADATA,
} from '@nestjs/microservices/constants';
import type { IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import { IntegrationEventErrorFilter } from './integration-event-error.filter';
import {
  BATCH_EXTRA,
  CONSUMER_EXTRA,
  CONTRACT_EXTRA,
  CONTRACTS_EXTRA,
  INTEGRATION_EVENTS_TRANSPORT,
  type IntegrationEventRoute,
  routeOfPattern,
} from './integration-event-route';

const EVENT_CONSUMER_METADATA = 'qinqing:event-consumer';

/**
 * Consumer names are `<consuming context>.<consumer>` (`service-centre.request-stats`): the name is the Kafka
 * consumer group, the embedded bus's checkpoint, the inbox's key and part of the dead-letter topic's name.
 */
export const CONSUMER_NAME_RULE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/u;

const passErrorsToTheBus = new IntegrationEventErrorFilter();

/** The methods of a class (its own, not inherited) that carry a message or event pattern. */
/** Metadata lives on the method functions themselves; nothing here calls them. */
type Method = (...args: never[]) => unknown;

const patternMethods = (target: Type): Method[] =>
  Object.getOwnPropertyNames(target.prototype)
    .map((key) => Object.getOwnPropertyDescriptor(target.prototype, key)?.value as unknown)
    .filter(
      (method): method is Method =>
        typeof method === 'function' && Reflect.getMetadata(PATTERN_HANDLER_METADATA, method) !== undefined,
    );

/**
 * Makes a class a consumer of public integration events: a Nest controller whose `@EventPattern` methods
 * the integration-event transport runs, named for its consumer group. Each handler is bound to that
 * transport only, and its errors reach the bus unless a filter of the handler or class maps them first.
 *
 * ```ts
 * @EventConsumer('service-centre.request-stats')
 * export class RequestStatsConsumer {
 *   @EventPattern(APPEALS_TOPIC)
 *   async apply(@Payload() event: CloudEvent, @Ctx() context: IntegrationEventContext): Promise<void> { … }
 * }
 * ```
 */
export const EventConsumer =
  (name: string): ClassDecorator =>
  (target) => {
    const type = target as unknown as Type;
    if (!CONSUMER_NAME_RULE.test(name)) {
      throw new Error(
        `${type.name}: consumer ${JSON.stringify(name)} must be named <consuming context>.<consumer>, ` +
          'lower-case words joined by hyphens (e.g. service-centre.request-stats)',
      );
    }
    const methods = patternMethods(type);
    if (methods.length === 0) throw new Error(`${type.name} is an @EventConsumer without an @EventPattern`);
    for (const method of methods) {
      for (const pattern of Reflect.getMetadata(PATTERN_METADATA, method) as unknown[])
        routeOfPattern(pattern);
      Reflect.defineMetadata(
        PATTERN_EXTRAS_METADATA,
        {
          ...(Reflect.getMetadata(PATTERN_EXTRAS_METADATA, method) as object | undefined),
          [CONSUMER_EXTRA]: name,
        },
        method,
      );
      if (Reflect.getMetadata(TRANSPORT_METADATA, method) === undefined) {
        Reflect.defineMetadata(TRANSPORT_METADATA, INTEGRATION_EVENTS_TRANSPORT, method);
      }
    }
    // Nest tries the handler's filters, then the class's from the last declared to the first: ours goes first.
    const filters = (Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, type) as unknown[] | undefined) ?? [];
    Reflect.defineMetadata(EXCEPTION_FILTERS_METADATA, [passErrorsToTheBus, ...filters], type);
    Reflect.defineMetadata(EVENT_CONSUMER_METADATA, name, type);
    Controller()(type);
  };

/**
 * `@EventPattern` for one public event type: the handler receives only events of that type, each checked
 * against the contract first (`parseCloudEvent`: envelope and `data`), so its `@Payload()` is typed data.
 * An event that fails the check never reaches the handler; the bus retries and dead-letters it.
 */
export const IntegrationEventPattern = (definition: IntegrationEventDefinition): MethodDecorator =>
  EventPattern({ topic: definition.topic, type: definition.type }, { [CONTRACT_EXTRA]: definition });

/**
 * `@EventPattern` for a batch of public events: of the given types, or every event on a public topic given as a
 * string. The handler receives, in one call, each run of consecutive new messages of these types in a bus's batch
 * (a transaction's part of the log on the embedded bus, a partition's group on Kafka; a message of a type another
 * handler of the consumer takes ends the run), in their order — each checked against its contract
 * (`@Payload() events: readonly IntegrationEventOf<typeof A | typeof B>[]`), or as they came for a topic
 * (`readonly CloudEvent[]`) — with an `IntegrationEventBatchContext`. Its effect must be that of handling them
 * one by one in that order: a replica of a city's directory writes a batch of enterprises in one statement. When
 * it fails, the bus hands the messages over again in batches of one, which finds the message that fails and
 * counts its attempts.
 */
export const IntegrationEventBatchPattern = (
  ...patterns: readonly [IntegrationEventDefinition | string, ...(IntegrationEventDefinition | string)[]]
): MethodDecorator =>
  EventPattern(
    patterns.map((pattern) =>
      typeof pattern === 'string' ? pattern : { topic: pattern.topic, type: pattern.type },
    ),
    {
      [CONTRACTS_EXTRA]: patterns.filter((pattern) => typeof pattern !== 'string'),
      [BATCH_EXTRA]: Symbol('batch handler'),
    },
  );

/** A consumer's name, the topics it reads and the events it takes there (the event catalogue lists them). */
export interface EventConsumerDescription {
  readonly name: string;
  readonly topics: readonly string[];
  /**
   * The events its handlers take: a type on a topic, or every event of a topic (type null). The others on its
   * topics are passed over without a transaction or an inbox row.
   */
  readonly routes: readonly IntegrationEventRoute[];
}

export const describeEventConsumer = (type: Type): EventConsumerDescription => {
  const name: unknown = Reflect.getMetadata(EVENT_CONSUMER_METADATA, type);
  if (typeof name !== 'string') throw new Error(`${type.name} is not an @EventConsumer`);
  const routes = patternMethods(type).flatMap((method) =>
    (Reflect.getMetadata(PATTERN_METADATA, method) as unknown[]).map(routeOfPattern),
  );
  return { name, topics: [...new Set(routes.map((route) => route.topic))], routes };
};
