import {
  type CheckpointStore,
  type EventStore,
  type IntegrationEventMapper,
  type LogCursor,
  LogPollingLoop,
  mapToIntegrationEvents,
  type RecordedEvent,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { CompressionTypes, type Kafka, type Message, type Producer, type TopicMessages } from 'kafkajs';
import { toKafkaMessage } from './cloud-event-message';
import {
  createKafkaClient,
  idempotentProducer,
  type KafkaBrokers,
  settledWithin,
  STOP_GRACE_MS,
} from './kafka-client';

export interface KafkaRelayOptions {
  readonly store: EventStore;
  /** The database of the store's context: the relay's checkpoint lives there. */
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly mappers: readonly IntegrationEventMapper[];
  readonly brokers: KafkaBrokers;
  /** A client to reuse instead of one made from `brokers`. */
  readonly kafka?: Kafka;
  /** Checkpoint name (default `relay:kafka`); one relay per name is active at a time, others wait. */
  readonly name?: string;
  readonly batchSize?: number;
  /** Fallback poll when no in-process append woke the relay (appends from other processes). */
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
}

export interface KafkaRelayStatus {
  readonly name: string;
  readonly running: boolean;
  readonly eventsRelayed: number;
  readonly messagesSent: number;
  readonly lastError: string | null;
  readonly lastSentAt: Date | null;
}

/**
 * Moves public events from the global log (the outbox) to Kafka. Follows the log from its checkpoint like
 * a LogFollower, maps each event with the contexts' mappers and sends a batch with an idempotent producer
 * (acks = all, one request in flight: no reordering, no broker-side duplicates on producer retries). The
 * checkpoint advances only after the brokers acknowledged the batch: a crash between send and checkpoint
 * sends the batch again (duplicates on the topic, which consumers drop with their inbox), never loses one.
 */
export class KafkaRelay {
  private readonly name: string;
  private readonly kafka: Kafka;
  private readonly loop: LogPollingLoop;
  private producer: Producer | null = null;
  /**
   * The cursor this relay saved last, so a step need not lock the checkpoint row just to read where it
   * left off; undefined until it saved one, and again after another relay moved the checkpoint.
   */
  private savedCursor: LogCursor | null | undefined = undefined;
  /** The checkpoint as this relay last read or saved it, for `drain`. */
  private reached: LogCursor | null = null;
  private eventsRelayed = 0;
  private messagesSent = 0;
  private lastSentAt: Date | null = null;

  constructor(private readonly options: KafkaRelayOptions) {
    this.name = options.name ?? 'relay:kafka';
    this.kafka = options.kafka ?? createKafkaClient({ brokers: options.brokers, clientId: this.name });
    this.loop = new LogPollingLoop({
      store: options.store,
      step: () => this.step(),
      ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
      reached: () => this.reached,
    });
  }

  async start(): Promise<void> {
    if (this.loop.isRunning) return;
    await this.options.checkpoints.setup(this.options.db);
    await this.connect();
    this.loop.start();
  }

  async stop(): Promise<void> {
    // Waits for the batch being sent, but not for brokers that are away: the send retries until they return.
    // A batch abandoned here was not checkpointed, so the next start sends it again (duplicates, not loss).
    await settledWithin(this.loop.stop(), STOP_GRACE_MS);
    this.savedCursor = undefined;
    const producer = this.producer;
    this.producer = null;
    if (producer !== null) await settledWithin(producer.disconnect(), STOP_GRACE_MS);
  }

  /** Sends everything currently in the log; resolves with the number of log events passed. */
  async drain(): Promise<number> {
    await this.options.checkpoints.setup(this.options.db);
    await this.connect();
    return this.loop.drain();
  }

  status(): KafkaRelayStatus {
    return {
      name: this.name,
      running: this.loop.isRunning,
      eventsRelayed: this.eventsRelayed,
      messagesSent: this.messagesSent,
      lastError: this.loop.lastError,
      lastSentAt: this.lastSentAt,
    };
  }

  private async connect(): Promise<Producer> {
    if (this.producer !== null) return this.producer;
    const producer = idempotentProducer(this.kafka);
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  /** One batch: >0 events passed, 0 nothing new, -1 another relay moved the checkpoint meanwhile. */
  private async step(): Promise<number> {
    const { store, db, checkpoints, mappers } = this.options;
    const producer = await this.connect();
    // Where this relay left off. Taking it from memory saves a transaction (and its WAL flush) per step;
    // the locked check before the checkpoint moves still catches another relay having moved it meanwhile.
    const from: LogCursor | null =
      this.savedCursor !== undefined
        ? this.savedCursor
        : await db.transaction((tx) => checkpoints.loadForUpdate(tx, this.name));
    this.reached = from;
    const events = await store.readAll({ after: from, limit: this.options.batchSize ?? 500 });
    if (events.length === 0) return 0;

    const byTopic = new Map<string, Message[]>();
    for (const event of events) {
      for (const outbound of mapToIntegrationEvents(mappers, event)) {
        const messages = byTopic.get(outbound.topic) ?? [];
        messages.push(toKafkaMessage(outbound));
        byTopic.set(outbound.topic, messages);
      }
    }
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    const count = topicMessages.reduce((n, t) => n + t.messages.length, 0);
    // Resolves only once every partition leader acknowledged with acks = all.
    if (count > 0) {
      try {
        await producer.sendBatch({ topicMessages, acks: -1, compression: CompressionTypes.None });
      } catch (error) {
        // A failed send can leave the idempotent producer's sequence numbers out of step with the broker's
        // (after a broker restart it then answers OUT_OF_ORDER_SEQUENCE_NUMBER to every retry, for good).
        // The next step starts a new producer, with a new producer id; a batch that did land is sent
        // again, which consumers drop with their inbox.
        this.producer = null;
        await producer.disconnect().catch(() => undefined);
        throw error;
      }
    }

    const cursor = (events[events.length - 1] as RecordedEvent).cursor;
    this.savedCursor = undefined; // until the checkpoint is known to have moved
    const moved = await db.transaction(async (tx) => {
      const locked = await checkpoints.loadForUpdate(tx, this.name);
      if (locked !== from) return false; // another relay got there first: what we sent are duplicates
      await checkpoints.save(tx, this.name, cursor);
      return true;
    });
    if (!moved) return -1;
    this.savedCursor = cursor;
    this.reached = cursor;
    this.eventsRelayed += events.length;
    this.messagesSent += count;
    if (count > 0) this.lastSentAt = new Date();
    return events.length;
  }
}
