import { randomUUID } from 'node:crypto';
import {
  type CallHandler,
  Catch,
  Controller,
  type ExecutionContext,
  type INestApplication,
  Inject,
  Injectable,
  Module,
  type NestInterceptor,
  type OnModuleInit,
  type RpcExceptionFilter,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  type CloudEvent,
  deadLetterTopic,
  defineIntegrationEvent,
  publicTopic,
} from '@qinqing/shared/contracts-kit';
import {
  type EventStore,
  type IntegrationEventMapper,
  type SqlDatabase,
  toOutboundIntegrationEvent,
  UuidV7Generator,
} from '@qinqing/shared/event-sourcing';
import {
  createKafkaClient,
  DEAD_LETTER_HEADERS,
  headersAsText,
  type KafkaIntegrationEventBus,
} from '@qinqing/shared/messaging-kafka';
import { eventually } from '@qinqing/shared/testing';
import type { KafkaMessage } from 'kafkajs';
import { type Observable, tap, throwError } from 'rxjs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { ContextRegistry } from '../event-sourcing/context-registry';
import { EventSourcingModule } from '../event-sourcing/event-sourcing.module';
import type { MessagingOptions } from '../event-sourcing/event-sourcing.options';
import { EVENT_STORE, SQL_DATABASE } from '../event-sourcing/tokens';
import { ObservabilityModule } from '../observability/observability.module';
import { EventConsumer, IntegrationEventBatchPattern } from './event-consumer.decorator';
import { IntegrationEventBatchContext } from './integration-event-batch.context';
import { IntegrationEventContext } from './integration-event.context';
import { IntegrationEventsServer } from './integration-events.server';
import { startIntegrationEvents } from './start-integration-events';

const brokers = inject('kafkaBrokers');

/** The handler's own refusal, and what the handler's exception filter maps it to. */
class NoteRefused extends Error {
  override readonly name = 'NoteRefused';
}
class PoisonNote extends Error {
  override readonly name = 'PoisonNote';
}

@Catch(NoteRefused)
class PoisonOnRefusal implements RpcExceptionFilter<NoteRefused> {
  catch(exception: NoteRefused): Observable<never> {
    return throwError(() => new PoisonNote(`poison: ${exception.message}`));
  }
}

/** What the interceptor saw of one call: the execution context Nest built and how the call ended. */
interface SeenCall {
  readonly type: string;
  readonly text: string;
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number | null;
  readonly offset: string;
  readonly attempt: number;
  outcome: string;
}

/** One call of the batch handler: the texts it was given and each one's attempt. */
interface BatchCall {
  readonly texts: readonly string[];
  readonly attempts: readonly number[];
}

/** What a note does on a try: "flaky" fails on its first attempt, "refused" and "broken" always. */
const tryNote = (text: string, attempt: number): void => {
  if (text === 'refused') throw new NoteRefused(`cannot take ${text}`);
  if (text === 'broken') throw new TypeError('a broken note');
  if (text === 'flaky' && attempt === 1) throw new Error('flaky the first time');
};

/**
 * A throwaway publishing context (its own topic, so runs on one broker do not meet) and a consumer of it
 * written the way contexts write theirs: an `@EventConsumer` controller with an interceptor on the class and
 * an exception filter on the handler — or, with `batch`, one `@IntegrationEventBatchPattern` handler that
 * writes the notes it is given in one statement. `Noted` events carry a text; "flaky" fails on its first
 * attempt, "refused" always fails (its filter maps the error to `PoisonNote`), "broken" always fails (no filter).
 */
const probe = ({ batch = false }: { readonly batch?: boolean } = {}) => {
  const context = `probe-${randomUUID().slice(0, 8)}`;
  const topic = publicTopic(context, 1);
  const consumerName = `${context}.notes`;
  const Noted = defineIntegrationEvent({
    type: `cn.qinqing.${context}.noted.v1`,
    version: 1,
    topic,
    source: `/qinqing/${context}`,
    schema: z.object({ text: z.string() }),
  });
  const mapper: IntegrationEventMapper = {
    context,
    topics: [topic],
    map: (event) =>
      event.type === 'Noted'
        ? toOutboundIntegrationEvent(Noted, event, {
            subject: event.streamId,
            data: event.data as { text: string },
          })
        : null,
  };
  const seen: SeenCall[] = [];
  const batchCalls: BatchCall[] = [];

  @Injectable()
  class SeeingInterceptor implements NestInterceptor {
    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
      const rpc = context.switchToRpc();
      const delivery = rpc.getContext<IntegrationEventContext>();
      const call: SeenCall = {
        type: context.getType(),
        text: rpc.getData<CloudEvent<{ text: string }>>().data.text,
        consumer: delivery.getConsumerName(),
        topic: delivery.getTopic(),
        partition: delivery.getPartition(),
        offset: delivery.getOffset(),
        attempt: delivery.getAttempt(),
        outcome: 'pending',
      };
      seen.push(call);
      return next.handle().pipe(
        tap({
          complete: () => (call.outcome = 'handled'),
          error: (error: Error) => (call.outcome = error.name),
        }),
      );
    }
  }

  /** The probe's table, made before the transport starts; both consumers below write it. */
  abstract class ProbeNotesTable implements OnModuleInit {
    constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

    async onModuleInit(): Promise<void> {
      await this.db.query(
        'CREATE TABLE IF NOT EXISTS probe_notes (text text NOT NULL, attempt int NOT NULL)',
      );
    }
  }

  @EventConsumer(consumerName)
  @UseInterceptors(SeeingInterceptor)
  class NotesConsumer extends ProbeNotesTable {
    @EventPattern(topic)
    @UseFilters(new PoisonOnRefusal())
    async note(
      @Payload() event: CloudEvent<{ text: string }>,
      @Ctx() delivery: IntegrationEventContext,
    ): Promise<void> {
      const { text } = event.data;
      await delivery
        .getTransaction()
        .query('INSERT INTO probe_notes (text, attempt) VALUES ($1, $2)', [text, delivery.getAttempt()]);
      tryNote(text, delivery.getAttempt());
    }
  }

  @EventConsumer(consumerName)
  class BatchNotesConsumer extends ProbeNotesTable {
    @IntegrationEventBatchPattern(Noted)
    @UseFilters(new PoisonOnRefusal())
    async notes(
      @Payload() events: readonly CloudEvent<{ text: string }>[],
      @Ctx() context: IntegrationEventBatchContext,
    ): Promise<void> {
      const texts = events.map((event) => event.data.text);
      const attempts = context.getDeliveries().map((delivery) => delivery.attempt);
      batchCalls.push({ texts, attempts });
      await context
        .getTransaction()
        .query('INSERT INTO probe_notes (text, attempt) SELECT * FROM unnest($1::text[], $2::int[])', [
          texts,
          attempts,
        ]);
      texts.forEach((text, i) => tryNote(text, attempts[i] ?? 0));
    }
  }

  @Injectable()
  class ProbeRegistrar implements OnModuleInit {
    constructor(private readonly registry: ContextRegistry) {}
    onModuleInit(): void {
      this.registry.registerMapper(mapper);
    }
  }

  const ids = new UuidV7Generator();
  const start = async (messaging: MessagingOptions): Promise<INestApplication> => {
    @Module({
      imports: [
        ObservabilityModule,
        EventSourcingModule.forRoot({
          storage: { eventStore: 'pglite', dataDir: `memory://${context}` },
          messaging,
          pollIntervalMs: 100,
        }),
      ],
      providers: [ProbeRegistrar],
      controllers: [batch ? BatchNotesConsumer : NotesConsumer],
    })
    class ProbeModule {}
    return startIntegrationEvents(
      await NestFactory.create(ProbeModule, { logger: false, abortOnError: false }),
    );
  };
  /** Appends the notes in order on one stream: one aggregate, one Kafka key, one partition. */
  const append = async (app: INestApplication, ...texts: string[]) => {
    const store = app.get<EventStore>(EVENT_STORE);
    await store.appendToStream(
      `${context}-notebook`,
      texts.map((text) => ({
        eventId: ids.next(),
        type: 'Noted',
        schemaVersion: 1,
        data: { text },
        metadata: {
          correlationId: 'transport-test',
          causationId: null,
          actorId: 'tester',
          actorRole: 'system',
          occurredAt: new Date().toISOString(),
        },
      })),
      { expectedRevision: 'any' },
    );
  };
  const notes = async (app: INestApplication) =>
    (
      await app
        .get<SqlDatabase>(SQL_DATABASE)
        .query<{ text: string; attempt: number }>('SELECT text, attempt FROM probe_notes ORDER BY text')
    ).rows;
  return { topic, consumerName, seen, batchCalls, start, append, notes };
};

describe('integration-event handlers under the Nest transport', () => {
  let app: INestApplication | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  describe('on the embedded bus', () => {
    it('an interceptor sees every call with its delivery; the handler writes in the bus transaction, which a failure rolls back and the bus retries', async () => {
      const notebook = probe();
      app = await notebook.start({ bus: 'embedded' });
      await notebook.append(app, 'first', 'flaky', 'second');
      const running = app;
      const rows = await eventually(async () => {
        const found = await notebook.notes(running);
        return found.length === 3 ? found : undefined;
      });

      // Each note once: the failed batch (first, flaky at attempt 1) was rolled back with its inbox rows.
      expect(rows).toEqual([
        { text: 'first', attempt: 1 },
        { text: 'flaky', attempt: 2 },
        { text: 'second', attempt: 1 },
      ]);
      const flaky = notebook.seen.filter((call) => call.text === 'flaky');
      expect(flaky.map(({ attempt, outcome }) => ({ attempt, outcome }))).toEqual([
        { attempt: 1, outcome: 'Error' },
        { attempt: 2, outcome: 'handled' },
      ]);
      for (const call of notebook.seen) {
        expect(call).toMatchObject({
          type: 'rpc',
          consumer: notebook.consumerName,
          topic: notebook.topic,
          partition: null,
        });
        expect(call.offset).toMatch(/^\d+$/u); // the event's global position
      }
    });

    it('a batch handler takes a batch of the log in one call; when it fails, the messages come again in batches of one and the failing one counts its attempts', async () => {
      const notebook = probe({ batch: true });
      app = await notebook.start({ bus: 'embedded' });
      await notebook.append(app, 'first', 'flaky', 'second');
      const running = app;
      const rows = await eventually(async () => {
        const found = await notebook.notes(running);
        return found.length === 3 ? found : undefined;
      });

      expect(rows).toEqual([
        { text: 'first', attempt: 1 },
        { text: 'flaky', attempt: 2 },
        { text: 'second', attempt: 1 },
      ]);
      const [whole, ...after] = notebook.batchCalls;
      // One append, one window of the log: the three in one call, which failed and was rolled back.
      expect(whole).toEqual({ texts: ['first', 'flaky', 'second'], attempts: [1, 1, 1] });
      for (const call of after) expect(call.texts).toHaveLength(1);
      expect(after.filter((call) => call.texts[0] === 'flaky').map((call) => call.attempts[0])).toEqual([
        1, 2,
      ]);
      expect(after.at(-1)).toEqual({ texts: ['second'], attempts: [1] });
    });

    it("the handler's exception filter maps its error, and the mapped error is what fails the message on the bus", async () => {
      const notebook = probe();
      app = await notebook.start({ bus: 'embedded' });
      await notebook.append(app, 'refused');
      const consumers = app.get(IntegrationEventsServer);
      const status = await eventually(async () => {
        const found = consumers.consumerStatus()[0];
        return found?.lastError === null ? undefined : found;
      });
      expect(status).toMatchObject({
        name: `consumer:${notebook.consumerName}`,
        running: true,
        eventsApplied: 0,
        lastError: 'poison: cannot take refused',
      });
      expect(await notebook.notes(app)).toEqual([]); // its insert rolled back
      expect(notebook.seen[0]).toMatchObject({ text: 'refused', outcome: 'NoteRefused' }); // the original error
    });

    it('an error no filter maps reaches the bus as the handler threw it (not Nest\'s "Internal server error")', async () => {
      const notebook = probe();
      app = await notebook.start({ bus: 'embedded' });
      await notebook.append(app, 'broken');
      const consumers = app.get(IntegrationEventsServer);
      const status = await eventually(async () => {
        const found = consumers.consumerStatus()[0];
        return found?.lastError === null ? undefined : found;
      });
      expect(status?.lastError).toBe('a broken note');
    });

    it('refuses to start before the app is initialised, when the contexts have not registered their mappers yet', async () => {
      @Module({
        imports: [
          ObservabilityModule,
          EventSourcingModule.forRoot({ storage: { eventStore: 'pglite', dataDir: 'memory://early' } }),
        ],
      })
      class EarlyModule {}
      app = await NestFactory.create(EarlyModule, { logger: false, abortOnError: false });
      app.connectMicroservice({ strategy: app.get(IntegrationEventsServer) });
      await expect(app.startAllMicroservices()).rejects.toThrow(/after the app is initialised/u);
    });

    it('refuses an @EventPattern whose class names no consumer', async () => {
      @Controller()
      class Anonymous {
        @EventPattern(publicTopic('probe', 1))
        async handle(): Promise<void> {
          return;
        }
      }
      @Module({
        imports: [
          ObservabilityModule,
          EventSourcingModule.forRoot({ storage: { eventStore: 'pglite', dataDir: 'memory://anonymous' } }),
        ],
        controllers: [Anonymous],
      })
      class AnonymousModule {}
      app = await NestFactory.create(AnonymousModule, { logger: false, abortOnError: false });
      const server = app.get(IntegrationEventsServer);
      expect(() => app?.connectMicroservice({ strategy: server })).toThrow(/names no consumer/u);
    });
  });

  describe.skipIf(brokers === null)(`on Kafka (broker ${brokers ?? 'none'})`, () => {
    /** Every message on a topic, read by a throwaway consumer group. */
    const readTopic = async (topic: string, expected: number): Promise<KafkaMessage[]> => {
      const consumer = createKafkaClient({ brokers: brokers ?? '', clientId: 'test-reader' }).consumer({
        groupId: `reader-${randomUUID()}`,
      });
      const messages: KafkaMessage[] = [];
      await consumer.connect();
      try {
        await consumer.subscribe({ topic, fromBeginning: true });
        await consumer.run({ eachMessage: async ({ message }) => void messages.push(message) });
        await eventually(async () => (messages.length >= expected ? true : undefined), 30_000);
      } finally {
        await consumer.disconnect();
      }
      return messages;
    };

    it('the batch transaction, retries and dead letters still decide, with the filter-mapped error in the dead letter', async () => {
      const notebook = probe();
      app = await notebook.start({
        bus: 'kafka',
        brokers: brokers ?? '',
        serviceName: `probe-${randomUUID().slice(0, 8)}`,
        topicPartitions: 1,
        sealingSecrets: ['a-secret-of-the-probe-of-32-bytes-or-more'],
      });
      await notebook.append(app, 'first', 'flaky', 'refused', 'broken', 'second');
      const running = app;
      const rows = await eventually(async () => {
        const found = await notebook.notes(running);
        return found.length === 3 ? found : undefined;
      }, 60_000);
      expect(rows).toEqual([
        { text: 'first', attempt: 1 },
        { text: 'flaky', attempt: 2 },
        { text: 'second', attempt: 1 },
      ]);

      const deadLetters = await readTopic(deadLetterTopic(notebook.topic, notebook.consumerName), 2);
      expect(deadLetters.map((message) => headersAsText(message.headers))).toMatchObject([
        {
          [DEAD_LETTER_HEADERS.errorName]: 'PoisonNote', // mapped by the handler's filter
          [DEAD_LETTER_HEADERS.error]: 'poison: cannot take refused',
          [DEAD_LETTER_HEADERS.attempts]: '3',
          [DEAD_LETTER_HEADERS.group]: notebook.consumerName,
        },
        {
          [DEAD_LETTER_HEADERS.errorName]: 'TypeError', // as thrown: no filter maps it
          [DEAD_LETTER_HEADERS.error]: 'a broken note',
          [DEAD_LETTER_HEADERS.attempts]: '3',
        },
      ]);
      const bus = app.get(IntegrationEventsServer).unwrap<KafkaIntegrationEventBus>();
      expect(bus.status()[0]).toMatchObject({
        name: notebook.consumerName,
        messagesHandled: 3,
        deadLetters: 2,
      });

      // Tried alone three times after the batch failed; the interceptor saw each try and the original error.
      const refused = notebook.seen.filter((call) => call.text === 'refused' && call.attempt > 1);
      expect(refused.map(({ attempt, outcome }) => ({ attempt, outcome }))).toEqual([
        { attempt: 2, outcome: 'NoteRefused' },
        { attempt: 3, outcome: 'NoteRefused' },
      ]);
      for (const call of notebook.seen) {
        expect(call).toMatchObject({
          type: 'rpc',
          consumer: notebook.consumerName,
          topic: notebook.topic,
          partition: 0,
        });
        expect(call.offset).toMatch(/^\d+$/u);
      }
    }, 90_000);

    it('a batch handler: the group’s messages in one call when they pass; when one fails, each alone with retries and dead letters', async () => {
      const notebook = probe({ batch: true });
      app = await notebook.start({
        bus: 'kafka',
        brokers: brokers ?? '',
        serviceName: `probe-${randomUUID().slice(0, 8)}`,
        topicPartitions: 1,
        sealingSecrets: ['a-secret-of-the-probe-of-32-bytes-or-more'],
      });
      await notebook.append(app, 'first', 'flaky', 'refused', 'second');
      const running = app;
      const rows = await eventually(async () => {
        const found = await notebook.notes(running);
        return found.length === 3 ? found : undefined;
      }, 60_000);
      expect(rows).toEqual([
        { text: 'first', attempt: 1 },
        { text: 'flaky', attempt: 2 },
        { text: 'second', attempt: 1 },
      ]);
      const deadLetters = await readTopic(deadLetterTopic(notebook.topic, notebook.consumerName), 1);
      expect(deadLetters.map((message) => headersAsText(message.headers))).toMatchObject([
        {
          [DEAD_LETTER_HEADERS.errorName]: 'PoisonNote', // the batch handler's filter mapped it
          [DEAD_LETTER_HEADERS.attempts]: '3',
        },
      ]);
      // Alone after its group failed, 'refused' was tried three times, counted on its own.
      const refused = notebook.batchCalls.filter(
        (call) => call.texts.length === 1 && call.texts[0] === 'refused',
      );
      expect(refused.map((call) => call.attempts[0]).slice(-3)).toEqual([1, 2, 3]);

      // Later messages that pass go to the handler as the group Kafka fetched, in one transaction.
      await notebook.append(app, 'third', 'fourth', 'fifth');
      await eventually(async () => ((await notebook.notes(running)).length === 6 ? true : undefined), 60_000);
      const bus = app.get(IntegrationEventsServer).unwrap<KafkaIntegrationEventBus>();
      expect(bus.status()[0]).toMatchObject({ messagesHandled: 6, deadLetters: 1 });
      const last = notebook.batchCalls.filter((call) => call.texts.some((text) => text !== 'refused'));
      expect(last.flatMap((call) => call.texts).slice(-3)).toEqual(['third', 'fourth', 'fifth']);
    }, 90_000);
  });
});
