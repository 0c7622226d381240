import { type CloudEvent, deadLetterTopic } from '@qinqing/shared/contracts-kit';
import {
  consumerHandles,
  type ConsumerInbox,
  type IntegrationEventBus,
  type IntegrationEventConsumer,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { type Consumer, Kafka, type KafkaConfig, type KafkaMessage, type Producer } from 'kafkajs';
import { fromKafkaMessage } from './cloud-event-message';
import {
  CLIENT_MAX_RETRY_MS,
  createKafkaClient,
  idempotentProducer,
  kafkaClientConfig,
  type KafkaBrokers,
  type KafkaClientOptions,
  settledWithin,
  STOP_GRACE_MS,
} from './kafka-client';
import type { KafkaLogSink } from './kafka-log';
import { OffsetCommitter } from './offset-committer';
import { ensureTopics } from './topics';

/** Headers a dead letter carries besides the original message's own. */
export const DEAD_LETTER_HEADERS = {
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  key: 'dlq-original-key',
  group: 'dlq-consumer-group',
  error: 'dlq-error',
  errorName: 'dlq-error-name',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

export interface KafkaIntegrationEventBusOptions {
  readonly brokers: KafkaBrokers;
  /** A client to reuse for topic creation and dead letters instead of one made from `brokers`. */
  readonly kafka?: Kafka;
  /** Client id and log of the consumers' own client (see `consumerKafka`). */
  readonly clientId?: string;
  /**
   * The consumers' client instead of one made with `consumerKafkaConfig` (a benchmark hands in an
   * instrumented one built from those settings; others must not give up retrying either).
   */
  readonly consumerKafka?: Kafka;
  readonly log?: KafkaLogSink;
  /** The consumers' own database: inbox rows and effects commit there together. */
  readonly db: SqlDatabase;
  readonly inbox: ConsumerInbox;
  /** Attempts per message before it goes to the dead-letter topic (default 3). */
  readonly maxAttempts?: number;
  /** Pause after the first failed attempt, doubled after each further one (default 200 ms). */
  readonly retryBackoffMs?: number;
  /** Consumer group session timeout (default 6 s, see GROUP_SESSION); heartbeats keep a member alive during long handlers. */
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  /** Partitions of the dead-letter topics the bus creates (default 1). */
  readonly deadLetterPartitions?: number;
  readonly onError?: (consumer: string, error: unknown) => void;
  readonly onDeadLetter?: (consumer: string, deadLetter: DeadLetter) => void;
}

export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly error: string;
  readonly attempts: number;
}

export interface KafkaConsumerStatus {
  readonly name: string;
  readonly running: boolean;
  readonly messagesHandled: number;
  readonly duplicatesSkipped: number;
  /** Messages of types the consumer has no handler for: taken without a transaction or an inbox row. */
  readonly messagesPassedOver: number;
  readonly deadLetters: number;
  /**
   * Times the consumer joined its group: 1 while all is well. More means rebalances: a member came or
   * went, or this one was dropped for missing heartbeats (and its uncommitted messages were redelivered).
   */
  readonly groupJoins: number;
  readonly lastError: string | null;
}

interface Subscription {
  readonly consumer: IntegrationEventConsumer;
  kafkaConsumer: Consumer | null;
  /** The offset commits of `kafkaConsumer`. */
  committer: OffsetCommitter | null;
  running: boolean;
  messagesHandled: number;
  duplicatesSkipped: number;
  messagesPassedOver: number;
  deadLetters: number;
  groupJoins: number;
  lastError: string | null;
}

/** One message of a fetched batch, with the partition it came from. */
interface Delivery {
  readonly topic: string;
  readonly partition: number;
  readonly message: KafkaMessage;
  heartbeat(): Promise<void>;
}

/**
 * Partitions whose batches a consumer handles at once, each in its own transaction. Messages of one partition
 * — every event of an aggregate, the key — are still handled one batch after another, in order (kafkajs);
 * those of different partitions may run concurrently, as they do whenever two replicas of a service share a
 * group's partitions (docs/architecture.md, "Kafka partitions and consumer groups"). With one at a time,
 * messages that arrived during a batch of another partition waited for its transaction and offset commit.
 */
export const PARTITIONS_CONSUMED_CONCURRENTLY = 3;

/** Messages of a fetched batch handled in one transaction at most (see handleTogether). */
const GROUP_LIMIT = 100;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Broker answers that mean "this member is no longer (or not yet again) in the group": rejoin, not crash. */
const MEMBERSHIP_LOST = new Set([
  'UNKNOWN_MEMBER_ID',
  'ILLEGAL_GENERATION',
  'REBALANCE_IN_PROGRESS',
  'NOT_COORDINATOR_FOR_GROUP',
]);

/** kafkajs wraps the broker's answer (`type`) in retry and non-retriable errors (`cause`). */
const lostMembership = (error: unknown): boolean => {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (MEMBERSHIP_LOST.has((e as { type?: string }).type ?? '')) return true;
  }
  return false;
};

/**
 * How fast a group notices a member is gone. A crashed consumer is replaced by a new member, and the group
 * waits for the old one's session to expire before it hands out partitions again — also after a broker
 * restart, when the group's members come back from the broker's log. With kafkajs' 30 s, events flowed again
 * 30 s after the broker returned; 6 s (the brokers' default minimum) keeps that under 10 s. Heartbeats go
 * every 2 s, and an idle fetch returns after 1 s, so an idle member heartbeats well within its session; the
 * bus heartbeats during long handlers itself.
 */
export const GROUP_SESSION = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 2_000, fetchMaxWaitMs: 1_000 };

/**
 * The consumers' fetch loop retries without bound, at most 2 s apart: through a broker outage a consumer
 * keeps its group membership. Once kafkajs' default retries ran out it crashed and rejoined as a new member,
 * and a restarted broker then held the group's rebalance until the old member's session (30 s) expired —
 * events flowed again only half a minute after the broker was back.
 */
const CONSUMER_RETRY = {
  retries: Number.MAX_SAFE_INTEGER,
  initialRetryTime: 100,
  maxRetryTime: CLIENT_MAX_RETRY_MS,
};

/**
 * The settings of the consumers' own client: its connections and metadata requests retry without bound (at
 * most 2 s apart), like their fetch loop (CONSUMER_RETRY), so a broker outage never makes a consumer give up
 * its membership.
 */
export const consumerKafkaConfig = (options: Omit<KafkaClientOptions, 'retries'>): KafkaConfig =>
  kafkaClientConfig({ ...options, retries: CONSUMER_RETRY.retries });

/** Delay before a consumer kafkajs gave up on is created again: 1 s, doubling, at most 5 s. */
const recreateDelayMs = (attempt: number) => Math.min(5_000, 1_000 * 2 ** Math.min(attempt, 5));
const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The integration-event bus of the distributed mode. Each consumer is a Kafka consumer group (group id =
 * consumer name) on its topics, offsets committed by hand: a message's inbox row and effect commit in one
 * SQL transaction, and only then its offset. A crash in between redelivers the message and the inbox
 * drops it: effects are exactly once. A message that keeps failing goes, after the retry budget, to the
 * consumer's dead-letter topic with the error and its original coordinates, and the partition moves on.
 */
export class KafkaIntegrationEventBus implements IntegrationEventBus {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  /** The consumers' client (see consumerKafkaConfig). */
  private readonly consumerKafka: Kafka;
  private readonly subscriptions = new Map<string, Subscription>();
  private deadLetterProducer: Producer | null = null;
  private started = false;

  constructor(private readonly options: KafkaIntegrationEventBusOptions) {
    const client = {
      brokers: options.brokers,
      clientId: options.clientId ?? 'qinqing-consumers',
      ...(options.log === undefined ? {} : { log: options.log }),
    };
    this.kafka = options.kafka ?? createKafkaClient(client);
    this.consumerKafka = options.consumerKafka ?? new Kafka(consumerKafkaConfig(client));
  }

  subscribe(consumer: IntegrationEventConsumer): void {
    if (this.subscriptions.has(consumer.name))
      throw new Error(`Consumer ${consumer.name} is already subscribed`);
    if (this.started) throw new Error('Subscribe consumers before the Kafka bus starts');
    this.subscriptions.set(consumer.name, {
      consumer,
      kafkaConsumer: null,
      committer: null,
      running: false,
      messagesHandled: 0,
      duplicatesSkipped: 0,
      messagesPassedOver: 0,
      deadLetters: 0,
      groupJoins: 0,
      lastError: null,
    });
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.options.inbox.setup(this.options.db);
    const subscriptions = [...this.subscriptions.values()];
    await ensureTopics(
      this.options.brokers,
      subscriptions.flatMap((s) => s.consumer.topics.map((topic) => deadLetterTopic(topic, s.consumer.name))),
      this.options.deadLetterPartitions ?? 1,
      {
        ...(this.options.clientId === undefined ? {} : { clientId: this.options.clientId }),
        ...(this.options.log === undefined ? {} : { log: this.options.log }),
      },
    );
    const producer = idempotentProducer(this.kafka);
    await producer.connect();
    this.deadLetterProducer = producer;
    await Promise.all(subscriptions.map((s) => this.run(s)));
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all(
      [...this.subscriptions.values()].map(async (s) => {
        s.running = false;
        const consumer = s.kafkaConsumer;
        const committer = s.committer;
        s.kafkaConsumer = null;
        // The offsets of the batches handled so far, before the consumer leaves its group (a batch in hand
        // now commits its own before it returns, see run); then the batch in hand. Not waiting for a broker
        // that is away (its retries never give up).
        const stopping = async () => {
          await committer?.flush();
          await consumer?.disconnect();
        };
        if (consumer !== null) await settledWithin(stopping(), STOP_GRACE_MS);
      }),
    );
    const producer = this.deadLetterProducer;
    this.deadLetterProducer = null;
    if (producer !== null) await settledWithin(producer.disconnect(), STOP_GRACE_MS);
  }

  status(): readonly KafkaConsumerStatus[] {
    return [...this.subscriptions.values()].map((s) => ({
      name: s.consumer.name,
      running: s.running,
      messagesHandled: s.messagesHandled,
      duplicatesSkipped: s.duplicatesSkipped,
      messagesPassedOver: s.messagesPassedOver,
      deadLetters: s.deadLetters,
      groupJoins: s.groupJoins,
      lastError: s.lastError,
    }));
  }

  private async run(subscription: Subscription): Promise<void> {
    const { consumer } = subscription;
    const kafkaConsumer = this.consumerKafka.consumer({
      groupId: consumer.name,
      allowAutoTopicCreation: false,
      sessionTimeout: this.options.sessionTimeoutMs ?? GROUP_SESSION.sessionTimeoutMs,
      heartbeatInterval: this.options.heartbeatIntervalMs ?? GROUP_SESSION.heartbeatIntervalMs,
      maxWaitTimeInMs: GROUP_SESSION.fetchMaxWaitMs,
      retry: CONSUMER_RETRY,
    });
    kafkaConsumer.on(kafkaConsumer.events.CRASH, (event) => {
      subscription.lastError = describeError(event.payload.error);
      subscription.running = event.payload.restart; // kafkajs restarts the consumer on retriable errors
      this.options.onError?.(consumer.name, event.payload.error);
      // On errors it deems final kafkajs stops for good; a service must not, so we start a new consumer.
      if (!event.payload.restart) void this.recreate(subscription, kafkaConsumer);
    });
    kafkaConsumer.on(kafkaConsumer.events.GROUP_JOIN, () => {
      subscription.groupJoins++;
      subscription.lastError = null; // back in the group: whatever failed before has recovered
    });
    subscription.kafkaConsumer = kafkaConsumer;
    const committer = new OffsetCommitter(async (topic, partition, offset) => {
      try {
        await kafkaConsumer.commitOffsets([{ topic, partition, offset }]);
      } catch (error) {
        // The group moved on without us (a long pause, a rebalance): the commit is refused, the messages
        // go to whoever owns the partition now, and their inbox rows drop them there. kafkajs rejoins on
        // the heartbeat's own error; a non-retriable commit error would make it give up.
        if (!lostMembership(error)) throw error;
      }
    });
    subscription.committer = committer;
    await kafkaConsumer.connect();
    // A new group reads from the beginning: nothing published before its first start is skipped.
    await kafkaConsumer.subscribe({ topics: [...consumer.topics], fromBeginning: true });
    await kafkaConsumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: PARTITIONS_CONSUMED_CONCURRENTLY,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        const { topic, partition } = batch;
        const live = () => isRunning() && !isStale();
        // A commit that failed after its batch returned fails this one, as it would have failed its own:
        // kafkajs restarts the consumer, which fetches again from the offset committed last.
        const earlier = committer.takeFailure();
        if (earlier !== null) throw earlier.error;
        let handled: KafkaMessage | undefined;
        let failure: { error: unknown } | null = null;
        try {
          for (let i = 0; i < batch.messages.length && live(); i += GROUP_LIMIT) {
            const group = batch.messages.slice(i, i + GROUP_LIMIT);
            if (
              group.length > 1 &&
              (await this.handleTogether(subscription, { topic, partition, heartbeat }, group))
            ) {
              for (const message of group) resolveOffset(message.offset);
              handled = group[group.length - 1];
            } else {
              for (const message of group) {
                if (!live()) break;
                await this.onMessage(subscription, { topic, partition, message, heartbeat });
                resolveOffset(message.offset);
                handled = message;
              }
            }
            await heartbeat();
          }
        } catch (error) {
          failure = { error };
        }
        // The effects (or dead letters) up to `handled` are durable: only now may the group move past
        // them. One offset commit per fetched batch at most, not per message, sent while the next batch
        // is fetched and handled (OffsetCommitter); a crash before it lands redelivers those messages, and
        // the inbox drops them. A batch that fails, or ends while the bus stops or the group rebalances,
        // waits for its commit: the consumer is about to restart or leave its group.
        if (handled !== undefined) {
          committer.queue(topic, partition, (BigInt(handled.offset) + 1n).toString());
        }
        if (failure !== null || !subscription.running || !live()) {
          await committer.flush();
          failure ??= committer.takeFailure();
        }
        if (failure !== null) throw failure.error;
      },
    });
    subscription.running = true;
  }

  /** Replaces a consumer kafkajs stopped for good, with back-off, for as long as the bus runs. */
  private async recreate(subscription: Subscription, crashed: Consumer): Promise<void> {
    for (let attempt = 0; this.started && subscription.kafkaConsumer === crashed; attempt++) {
      await sleep(recreateDelayMs(attempt));
      if (!this.started || subscription.kafkaConsumer !== crashed) return;
      await crashed.disconnect().catch(() => undefined);
      try {
        await this.run(subscription);
        return;
      } catch (error) {
        subscription.lastError = describeError(error);
        this.options.onError?.(subscription.consumer.name, error);
        const failed = subscription.kafkaConsumer;
        subscription.kafkaConsumer = crashed; // try again after the next delay
        await failed?.disconnect().catch(() => undefined);
      }
    }
  }

  /** Keeps the group membership alive during long handlers (kafkajs throttles heartbeats to the interval). */
  private keepAlive(heartbeat: () => Promise<void>): ReturnType<typeof setInterval> {
    return setInterval(
      () => void heartbeat().catch(() => undefined),
      Math.max(100, Math.floor((this.options.heartbeatIntervalMs ?? GROUP_SESSION.heartbeatIntervalMs) / 2)),
    );
  }

  /**
   * Consecutive messages of one partition in one transaction: each message's inbox row and effect still
   * commit together (and before the offset), but the group pays for one commit instead of one each,
   * which is what lets a consumer keep up when messages arrive faster than single commits go. The group's
   * messages are marked in the inbox in one statement, and the new ones go to the consumer's batch handler
   * when it has one (a directory replica writes them in one statement), or one by one. False, with
   * nothing committed, when a message is not a CloudEvent or any handler fails: the caller then takes the
   * group one message at a time, with retries, error reports and dead letters as usual.
   */
  private async handleTogether(
    subscription: Subscription,
    { topic, partition, heartbeat }: Omit<Delivery, 'message'>,
    messages: readonly KafkaMessage[],
  ): Promise<boolean> {
    const { consumer } = subscription;
    let events: CloudEvent[];
    try {
      events = messages.map((message) => fromKafkaMessage(message));
    } catch {
      return false;
    }
    // Messages of types the consumer has no handler for need no transaction and no inbox row.
    const wanted = events.flatMap((event, i) =>
      consumerHandles(consumer, topic, event.type) ? [{ event, i }] : [],
    );
    if (wanted.length === 0) {
      subscription.messagesPassedOver += events.length;
      return true;
    }
    const beat = this.keepAlive(heartbeat);
    try {
      const fresh = await this.options.db.transaction(async (tx) => {
        const unmarked = new Set(
          await this.options.inbox.markAllHandled(
            tx,
            consumer.name,
            wanted.map(({ event }) => event.id),
          ),
        );
        // Each new message once, in order (a message twice in the group is a duplicate the second time).
        const news = wanted
          .filter(({ event }) => unmarked.delete(event.id))
          .map(({ event, i }) => ({
            event,
            delivery: {
              consumer: consumer.name,
              topic,
              partition,
              offset: (messages[i] as KafkaMessage).offset,
              attempt: 1,
            },
          }));
        if (news.length === 0) return 0;
        if (consumer.handleBatch !== undefined) await consumer.handleBatch(news, tx);
        else for (const { event, delivery } of news) await consumer.handle(event, tx, delivery);
        return news.length;
      });
      subscription.messagesHandled += fresh;
      subscription.lastError = null;
      subscription.duplicatesSkipped += wanted.length - fresh;
      subscription.messagesPassedOver += events.length - wanted.length;
      return true;
    } catch {
      return false; // rolled back; the one-at-a-time path tries again and reports what fails
    } finally {
      clearInterval(beat);
    }
  }

  private async onMessage(
    subscription: Subscription,
    { topic, partition, message, heartbeat }: Delivery,
  ): Promise<void> {
    const { consumer } = subscription;
    const maxAttempts = Math.max(1, this.options.maxAttempts ?? 3);
    const backoff = this.options.retryBackoffMs ?? 200;
    const beat = this.keepAlive(heartbeat);
    try {
      let attempts = 0;
      let failure: unknown = null;
      let event: CloudEvent | null = null;
      try {
        event = fromKafkaMessage(message);
      } catch (error) {
        failure = error; // not retriable: the bytes will not change
      }
      // A type the consumer has no handler for: nothing to do, no inbox row.
      if (event !== null && !consumerHandles(consumer, topic, event.type)) {
        subscription.messagesPassedOver++;
        event = null;
      }
      while (event !== null && attempts < maxAttempts) {
        attempts++;
        try {
          const cloudEvent: CloudEvent = event;
          const delivery = {
            consumer: consumer.name,
            topic,
            partition,
            offset: message.offset,
            attempt: attempts,
          };
          const fresh = await this.options.db.transaction(async (tx) => {
            if (!(await this.options.inbox.markHandled(tx, consumer.name, cloudEvent.id))) return false;
            await consumer.handle(cloudEvent, tx, delivery);
            return true;
          });
          if (fresh) subscription.messagesHandled++;
          else subscription.duplicatesSkipped++;
          subscription.lastError = null; // readiness reports current trouble, not history
          failure = null;
          break;
        } catch (error) {
          failure = error;
          subscription.lastError = describeError(error);
          this.options.onError?.(consumer.name, error);
          if (attempts < maxAttempts) {
            await sleep(backoff * 2 ** (attempts - 1));
            await heartbeat();
          }
        }
      }
      if (failure !== null) {
        await this.deadLetter(subscription, topic, partition, message, failure, attempts);
      }
    } finally {
      clearInterval(beat);
    }
  }

  private async deadLetter(
    subscription: Subscription,
    topic: string,
    partition: number,
    message: KafkaMessage,
    failure: unknown,
    attempts: number,
  ): Promise<void> {
    const producer = this.deadLetterProducer;
    if (producer === null) throw new Error('The Kafka bus is stopped');
    const { consumer } = subscription;
    const key = message.key === null ? null : message.key.toString();
    const error = describeError(failure);
    await producer.send({
      topic: deadLetterTopic(topic, consumer.name),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [DEAD_LETTER_HEADERS.topic]: topic,
            [DEAD_LETTER_HEADERS.partition]: String(partition),
            [DEAD_LETTER_HEADERS.offset]: message.offset,
            ...(key === null ? {} : { [DEAD_LETTER_HEADERS.key]: key }),
            [DEAD_LETTER_HEADERS.group]: consumer.name,
            [DEAD_LETTER_HEADERS.error]: error.slice(0, 4_000),
            [DEAD_LETTER_HEADERS.errorName]: failure instanceof Error ? failure.name : 'Error',
            [DEAD_LETTER_HEADERS.attempts]: String(attempts),
            [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
    subscription.deadLetters++;
    this.options.onDeadLetter?.(consumer.name, {
      topic,
      partition,
      offset: message.offset,
      key,
      error,
      attempts,
    });
  }
}
