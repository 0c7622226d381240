import {
  type CheckpointStore,
  type EventStore,
  type FollowedLogWindow,
  type IntegrationEventMapper,
  type LogCursor,
  LogPollingLoop,
  mappedEventTypes,
  mapToIntegrationEvents,
  readLogWindow,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { CompressionTypes, type Kafka, type Message, type Producer } from 'kafkajs';
import { toKafkaMessage } from './cloud-event-message';
import {
  createKafkaClient,
  idempotentProducer,
  type KafkaBrokers,
  settledWithin,
  STOP_GRACE_MS,
} from './kafka-client';
import { produceRequests } from './produce-requests';

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
 * a LogFollower (reading in full only the event types the mappers declare, when they all do), maps each event
 * with the contexts' mappers and sends a batch with an idempotent producer, in produce requests a broker takes
 * (`produceRequests`; acks = all, one request in flight: no reordering, no broker-side duplicates on producer
 * retries). The checkpoint advances only after the brokers acknowledged the batch: a crash between send and
 * checkpoint sends the batch again (duplicates on the topic, which consumers drop with their inbox), never
 * loses one.
 */
export class KafkaRelay {
  private readonly name: string;
  private readonly kafka: Kafka;
  private readonly loop: LogPollingLoop;
  private producer: Producer | null = null;
  /**
   * Where the next batch starts: the end of the batch this relay sent last (its checkpoint saved or being
   * saved), so a step need not lock the checkpoint row just to read where it left off; undefined at first,
   * and again after a failure or after another relay moved the checkpoint (then it is read again).
   */
  private nextFrom: LogCursor | null | undefined = undefined;
  /** The checkpoint save of the batch sent last, running while the next batch is read and sent. */
  private saving: Promise<CheckpointSave> | null = null;
  /**
   * The read of the batch after the one being sent, started with the send when that batch was full (the log
   * has more): a backlog is read while the brokers acknowledge, not after. Used only by a step that starts
   * where it was read from.
   */
  private readAhead: { readonly after: LogCursor; readonly events: Promise<ReadResult> } | null = null;
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
    const saving = this.saving;
    this.saving = null;
    if (saving !== null) await settledWithin(saving, STOP_GRACE_MS);
    this.nextFrom = undefined;
    this.readAhead = null;
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

  /**
   * One batch: >0 events passed, 0 nothing new, -1 another relay moved the checkpoint meanwhile.
   *
   * The checkpoint of a batch is saved while the next batch is read and sent (one transaction and its WAL
   * flush off the path of every event), and still only after the brokers acknowledged its batch: a batch's
   * save waits for the previous one's, and a step that finds nothing new waits for the last one, so `drain`
   * and `stop` return with the checkpoint saved. A save that fails or finds another relay's checkpoint
   * makes the next step start again from the checkpoint: the batch sent meanwhile goes out again
   * (duplicates, which consumers drop with their inbox), never one lost. Behind a full batch the next one
   * is read while this one is sent (see readAhead).
   */
  private async step(): Promise<number> {
    const { db, checkpoints, mappers } = this.options;
    const producer = await this.connect();
    if (this.nextFrom === undefined) {
      if (!(await this.settleSave())) return -1;
      this.nextFrom = await db.transaction((tx) => checkpoints.loadForUpdate(tx, this.name));
      this.reached = this.nextFrom;
    }
    const from = this.nextFrom;
    const limit = this.options.batchSize ?? 500;
    const { events, scanned, scannedTo: cursor, fullAt } = await this.read(from, limit);
    if (cursor === null) return (await this.settleSave()) ? 0 : -1;
    if (scanned === fullAt) {
      const next = this.readWindow(cursor, limit).then(
        (read): ReadResult => ({ read }),
        (error: unknown): ReadResult => ({ error }),
      );
      this.readAhead = { after: cursor, events: next };
    }

    const outgoing: { topic: string; message: Message }[] = [];
    for (const event of events) {
      for (const outbound of mapToIntegrationEvents(mappers, event)) {
        outgoing.push({ topic: outbound.topic, message: toKafkaMessage(outbound) });
      }
    }
    // A backlog's window can hold far more than a broker takes in one record batch: it goes in several produce
    // requests, one after the other (the producer has one in flight, so each partition keeps the log's order).
    for (const topicMessages of produceRequests(outgoing)) {
      try {
        // Resolves only once every partition leader acknowledged with acks = all.
        await producer.sendBatch({ topicMessages, acks: -1, compression: CompressionTypes.None });
      } catch (error) {
        // A failed send can leave the idempotent producer's sequence numbers out of step with the broker's
        // (after a broker restart it then answers OUT_OF_ORDER_SEQUENCE_NUMBER to every retry, for good).
        // The next step starts a new producer, with a new producer id; the requests of this window that did
        // land are sent again, which consumers drop with their inbox.
        this.producer = null;
        await producer.disconnect().catch(() => undefined);
        throw error;
      }
    }
    const count = outgoing.length;

    // Checkpoints move in order: this batch's save starts once the previous one's has landed.
    if (!(await this.settleSave())) return -1;
    this.nextFrom = cursor;
    this.saving = this.save(from, cursor);
    this.eventsRelayed += scanned;
    this.messagesSent += count;
    if (count > 0) this.lastSentAt = new Date();
    return scanned;
  }

  /** The window after `from`: read ahead by the step before when it read from there, else read now. */
  private async read(from: LogCursor | null, limit: number): Promise<FollowedLogWindow> {
    const ahead = this.readAhead;
    this.readAhead = null;
    if (ahead !== null && from !== null && ahead.after === from) {
      const { read, error } = await ahead.events;
      if (error !== undefined) throw error;
      if (read !== undefined && read.scannedTo !== null) return read;
    }
    return this.readWindow(from, limit);
  }

  /**
   * The log after `after`, where only the types the mappers give a public event come in full (all of it
   * when a mapper does not declare its types): the relay passes over private events without reading them.
   */
  private readWindow(after: LogCursor | null, limit: number): Promise<FollowedLogWindow> {
    const types = mappedEventTypes(this.options.mappers);
    return readLogWindow(this.options.store, { after, limit, ...(types === undefined ? {} : { types }) });
  }

  /** Moves the checkpoint from `from` to `to`, unless another relay moved it meanwhile. Never rejects. */
  private save(from: LogCursor | null, to: LogCursor): Promise<CheckpointSave> {
    const { db, checkpoints } = this.options;
    return db
      .transaction(async (tx) => {
        const locked = await checkpoints.loadForUpdate(tx, this.name);
        if (locked !== from) return false; // another relay got there first: what we sent are duplicates
        await checkpoints.save(tx, this.name, to);
        return true;
      })
      .then(
        (moved): CheckpointSave => ({ moved, to }),
        (error: unknown): CheckpointSave => ({ moved: false, to, error }),
      );
  }

  /**
   * Waits for the checkpoint save in flight: true when there was none or it moved the checkpoint; false
   * when another relay had moved it (the next step reads the checkpoint again); throws what the save threw.
   */
  private async settleSave(): Promise<boolean> {
    const saving = this.saving;
    if (saving === null) return true;
    this.saving = null;
    const { moved, to, error } = await saving;
    if (moved) {
      this.reached = to;
      return true;
    }
    this.nextFrom = undefined; // start again from whatever the checkpoint says
    if (error !== undefined) throw error;
    return false;
  }
}

/** How a read ahead ended (see KafkaRelay.readAhead). */
interface ReadResult {
  readonly read?: FollowedLogWindow;
  readonly error?: unknown;
}

/** How a checkpoint save ended (see KafkaRelay.save). */
interface CheckpointSave {
  readonly moved: boolean;
  readonly to: LogCursor;
  readonly error?: unknown;
}
