import type { CustomTransportStrategy, MessageHandler } from '@nestjs/microservices';
import { Server } from '@nestjs/microservices';
import { type IntegrationEventDefinition, parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type {
  IntegrationEventConsumer,
  IntegrationEventMessage,
  SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import { isObservable, lastValueFrom } from 'rxjs';
import type { MessagingStatus } from './messaging-status';
import { IntegrationEventBatchContext } from './integration-event-batch.context';
import { IntegrationEventContext } from './integration-event.context';
import {
  BATCH_EXTRA,
  CONSUMER_EXTRA,
  CONTRACT_EXTRA,
  CONTRACTS_EXTRA,
  INTEGRATION_EVENTS_TRANSPORT,
  routeOfPattern,
} from './integration-event-route';

interface Route {
  readonly handler: MessageHandler;
  /** Set for `@IntegrationEventPattern` handlers: the event is checked against it before the call. */
  readonly contract: IntegrationEventDefinition | null;
  /**
   * Set for `@IntegrationEventBatchPattern` handlers: one symbol per handler, shared by the routes of its types,
   * so consecutive messages of those types go to it in one call.
   */
  readonly batch: symbol | null;
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
 * A consumer with an `@IntegrationEventBatchPattern` handler is given the bus's batches (`handleBatch`): a run
 * of consecutive messages of that handler's types goes through the pipeline as one call, with an
 * `IntegrationEventBatchContext`; when it fails, the bus hands the messages over one at a time.
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
    const contracts = extras[CONTRACTS_EXTRA] as readonly IntegrationEventDefinition[] | undefined;
    const contract =
      (extras[CONTRACT_EXTRA] as IntegrationEventDefinition | undefined) ??
      contracts?.find((definition) => definition.type === type);
    const batch = extras[BATCH_EXTRA];
    // Not the base class's map: it chains the handlers of one pattern, which would run another consumer's
    // handler in this consumer's transaction.
    entry.routes.set(key, {
      handler: callback,
      contract: contract ?? null,
      batch: typeof batch === 'symbol' ? batch : null,
    });
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
    const batched = [...entry.routes.values()].some((route) => route.batch !== null);
    return {
      name: entry.name,
      topics: [...entry.topics],
      handle: async (event, transaction, delivery) => {
        if (delivery === undefined)
          throw new Error(`${entry.name}: an event reaches a handler through a bus`);
        await this.dispatch(entry, [{ event, delivery }], transaction);
      },
      ...(batched
        ? {
            handleBatch: (messages: readonly IntegrationEventMessage[], transaction: SqlExecutor) =>
              this.dispatch(entry, messages, transaction),
          }
        : {}),
      handles: (topic, type) =>
        entry.routes.has(routeKey(topic, type)) || entry.routes.has(routeKey(topic, null)),
    };
  }

  /**
   * Each message to its route's handler, in order: consecutive messages of one batch handler in one call, every
   * other message on its own.
   */
  private async dispatch(
    entry: ConsumerRoutes,
    messages: readonly IntegrationEventMessage[],
    transaction: SqlExecutor,
  ): Promise<void> {
    let run: Routed[] = [];
    for (const message of messages) {
      const route = routeOf(entry, message);
      if (route === undefined) continue; // a type this consumer does not handle
      const last = run.at(-1);
      if (last !== undefined && (route.batch === null || route.batch !== last.route.batch)) {
        await this.call(entry, run, transaction);
        run = [];
      }
      run.push({ message, route });
    }
    if (run.length > 0) await this.call(entry, run, transaction);
  }

  /** One handler call: a batch handler with its run of messages, any other with its one message. */
  private async call(entry: ConsumerRoutes, run: readonly Routed[], transaction: SqlExecutor): Promise<void> {
    const [first] = run as [Routed, ...Routed[]];
    const checked = run.map(({ message: { event }, route }) =>
      route.contract === null ? event : parseCloudEvent(route.contract, event),
    );
    const context =
      first.route.batch === null
        ? new IntegrationEventContext([{ ...first.message.delivery, transaction }])
        : new IntegrationEventBatchContext([
            { consumer: entry.name, deliveries: run.map(({ message }) => message.delivery), transaction },
          ]);
    const result: unknown = await first.route.handler(
      first.route.batch === null ? checked[0] : checked,
      context,
    );
    // Nest returns what the handler returned, or an observable: the handler's own, or the filters' answer to
    // its error. Waiting for it makes that error the bus's.
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}

/** A message and the route it goes to. */
interface Routed {
  readonly message: IntegrationEventMessage;
  readonly route: Route;
}

/** The route of a message: its type's on its topic, or the topic's for every type. */
const routeOf = (entry: ConsumerRoutes, { event, delivery }: IntegrationEventMessage): Route | undefined =>
  entry.routes.get(routeKey(delivery.topic, event.type)) ?? entry.routes.get(routeKey(delivery.topic, null));
