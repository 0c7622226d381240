import type { CustomTransportStrategy, MessageHandler } from '@nestjs/microservices';
import { Server } from '@nestjs/microservices';
import {
  type CloudEvent,
  type IntegrationEventDefinition,
  parseCloudEvent,
} from '@qinqing/shared/contracts-kit';
import type {
  IntegrationEventConsumer,
  IntegrationEventDelivery,
  SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import { isObservable, lastValueFrom } from 'rxjs';
import type { MessagingStatus } from './messaging-status';
import { IntegrationEventContext } from './integration-event.context';
import {
  CONSUMER_EXTRA,
  CONTRACT_EXTRA,
  INTEGRATION_EVENTS_TRANSPORT,
  routeOfPattern,
} from './integration-event-route';

interface Route {
  readonly handler: MessageHandler;
  /** Set for `@IntegrationEventPattern` handlers: the event is checked against it before the call. */
  readonly contract: IntegrationEventDefinition | null;
}

interface ConsumerRoutes {
  readonly name: string;
  readonly topics: Set<string>;
  /** By topic (every event on it) and by `topic type` (one event type). */
  readonly routes: Map<string, Route>;
}

const routeKey = (topic: string, type: string | null): string => (type === null ? topic : `${topic} ${type}`);

/**
 * The Nest transport strategy (`Server` + `CustomTransportStrategy`) of public integration events, one
 * subclass per bus. Nest hands it every `@EventPattern` handler of the `@EventConsumer` controllers when the
 * app connects it (`connectMicroservice({ strategy })`); it groups them by consumer and, on `listen`, gives
 * the bus one `IntegrationEventConsumer` each. The bus decides the transaction (on Kafka one per batch of
 * up to 100 messages), the inbox row, retries and dead letters, exactly as for any consumer; each message
 * then goes through Nest's pipeline — guards, interceptors, pipes, filters — to its handler, with the
 * transaction in the `IntegrationEventContext`. The handler's error (after the filters) fails the message.
 */
export abstract class IntegrationEventsServer extends Server implements CustomTransportStrategy {
  private readonly consumers = new Map<string, ConsumerRoutes>();
  private listening = false;

  /**
   * `ready` says whether the app has been initialised: the contexts register their mappers and create their
   * tables in `onModuleInit`, and a consumer that started before would skip events it cannot map yet.
   */
  protected constructor(private readonly ready: () => boolean) {
    super();
    this.transportId = INTEGRATION_EVENTS_TRANSPORT;
  }

  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    const consumer = extras[CONSUMER_EXTRA];
    if (typeof consumer !== 'string') {
      throw new Error(
        `The handler of ${JSON.stringify(pattern)} names no consumer: decorate its class with ` +
          "@EventConsumer('<consuming context>.<consumer>')",
      );
    }
    if (!isEventHandler) {
      throw new Error(
        `${consumer}: integration events expect no reply; use @EventPattern, not @MessagePattern`,
      );
    }
    if (this.listening) throw new Error(`${consumer}: handlers are added before the transport listens`);
    const { topic, type } = routeOfPattern(pattern);
    const entry = this.consumers.get(consumer) ?? { name: consumer, topics: new Set(), routes: new Map() };
    this.consumers.set(consumer, entry);
    const key = routeKey(topic, type);
    if (entry.routes.has(key)) throw new Error(`${consumer} handles ${key} twice`);
    entry.topics.add(topic);
    const contract = extras[CONTRACT_EXTRA] as IntegrationEventDefinition | undefined;
    // Not the base class's map: it chains the handlers of one pattern, which would run another consumer's
    // handler in this consumer's transaction.
    entry.routes.set(key, { handler: callback, contract: contract ?? null });
  }

  listen(callback: (error?: unknown) => void): void {
    if (!this.ready()) {
      callback(
        new Error(
          'Integration-event consumers start after the app is initialised: call app.init() before ' +
            'app.startAllMicroservices() (startIntegrationEvents does both)',
        ),
      );
      return;
    }
    this.listening = true;
    this.start([...this.consumers.values()].map((c) => this.consumerOf(c))).then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  close(): Promise<void> {
    return this.stop();
  }

  /** Nest's hook for transport events; this transport reports through status and readiness instead. */
  on(): never {
    throw new Error('The integration-event transport has no events to listen to');
  }

  /** The names and topics of the consumers Nest registered, whether or not they run yet. */
  registeredConsumers(): readonly { readonly name: string; readonly topics: readonly string[] }[] {
    return [...this.consumers.values()].map((c) => ({ name: c.name, topics: [...c.topics] }));
  }

  /** Delivers what the bus has now: the embedded consumers catch up with the log; Kafka has nothing to do. */
  abstract drain(): Promise<void>;

  /** Each consumer's progress and health, for readiness and metrics; `running: false` until it listens. */
  abstract consumerStatus(): readonly MessagingStatus[];

  protected abstract start(consumers: readonly IntegrationEventConsumer[]): Promise<void>;

  protected abstract stop(): Promise<void>;

  private consumerOf(entry: ConsumerRoutes): IntegrationEventConsumer {
    return {
      name: entry.name,
      topics: [...entry.topics],
      handle: (event, transaction, delivery) => this.dispatch(entry, event, transaction, delivery),
      handles: (topic, type) =>
        entry.routes.has(routeKey(topic, type)) || entry.routes.has(routeKey(topic, null)),
    };
  }

  private async dispatch(
    entry: ConsumerRoutes,
    event: CloudEvent,
    transaction: SqlExecutor,
    delivery: IntegrationEventDelivery | undefined,
  ): Promise<void> {
    if (delivery === undefined) throw new Error(`${entry.name}: an event reaches a handler through a bus`);
    const route =
      entry.routes.get(routeKey(delivery.topic, event.type)) ??
      entry.routes.get(routeKey(delivery.topic, null));
    if (route === undefined) return; // a type this consumer does not handle
    const payload = route.contract === null ? event : parseCloudEvent(route.contract, event);
    const result: unknown = await route.handler(
      payload,
      new IntegrationEventContext([{ ...delivery, transaction }]),
    );
    // Nest returns what the handler returned, or an observable: the handler's own, or the filters' answer to
    // its error. Waiting for it makes that error the bus's.
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
