/**
 * Where our latency goes: per CloudEvent id, when the relay read the event from the log, when the relay's
 * batch was acknowledged by the broker, when the fetch that brought it to service B returned and when the
 * bus got it. The probed store and kafkajs clients are handed to KafkaRelay and to the bus (`kafka`,
 * `consumerKafka`), built from the settings those use themselves; nothing in them changes.
 */
import { performance } from 'node:perf_hooks';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import { Kafka, type ConsumerConfig, type KafkaConfig, type Message, type ProducerConfig } from 'kafkajs';
import { summarize, type LatencySummary } from './stats';

export type Stage = 'appended' | 'read' | 'acked' | 'fetched' | 'received' | 'committed';
const STAGES: readonly Stage[] = ['appended', 'read', 'acked', 'fetched', 'received', 'committed'];

/** Times (performance.now()) at which each message passed each stage, from the due time on. */
export class StageClock {
  private readonly marks = new Map<string, Partial<Record<Stage | 'due', number>>>();

  due(id: string, at: number): void {
    this.marks.set(id, { due: at });
  }

  mark(id: string, stage: Stage, at: number): void {
    const entry = this.marks.get(id);
    if (entry !== undefined && entry[stage] === undefined) entry[stage] = at;
  }

  /**
   * Per step (due → appended → read → acked → fetched → received → committed), over the messages that
   * passed all stages. "read" may come before "appended": the relay, woken by the append's commit, can
   * read the event before the append call has returned to its caller.
   */
  breakdown(): { readonly step: string; readonly summary: LatencySummary }[] {
    const steps = ['due', ...STAGES] as const;
    const complete = [...this.marks.values()].filter((m) => steps.every((s) => m[s] !== undefined));
    return steps.slice(1).map((stage, i) => {
      const from = steps[i] as (typeof steps)[number];
      return {
        step: `${from} → ${stage}`,
        summary: summarize(complete.map((m) => (m[stage] as number) - (m[from] as number))),
      };
    });
  }
}

const idOf = (value: Message['value']): string | null => {
  if (value === null || value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value.toString());
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? String(parsed.id) : null;
  } catch {
    return null;
  }
};

/** The store, with "read" noted for every event `readAll` returns (the CloudEvent id is the event id). */
export const probedStore = (store: EventStore, clock: StageClock): EventStore =>
  new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'readAll') {
        return async (...args: Parameters<EventStore['readAll']>) => {
          const events = await target.readAll(...args);
          const at = performance.now();
          for (const event of events) clock.mark(event.eventId, 'read', at);
          return events;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/** A kafkajs client whose producers and consumers report to `clock`. */
export class ProbedKafka extends Kafka {
  constructor(
    config: KafkaConfig,
    private readonly clock: StageClock,
  ) {
    super(config);
  }

  override producer(config?: ProducerConfig): ReturnType<Kafka['producer']> {
    const producer = super.producer(config);
    return {
      ...producer,
      sendBatch: async (batch) => {
        const result = await producer.sendBatch(batch);
        const at = performance.now();
        for (const { messages } of batch.topicMessages ?? []) {
          for (const message of messages) {
            const id = idOf(message.value);
            if (id !== null) this.clock.mark(id, 'acked', at);
          }
        }
        return result;
      },
    };
  }

  override consumer(config: ConsumerConfig): ReturnType<Kafka['consumer']> {
    const consumer = super.consumer(config);
    // kafkajs fetches from a broker, hands each partition's batch of that fetch to the handler and only
    // then fetches again: the batches a handler gets came with the last fetch that returned.
    let fetchedAt = Number.NaN;
    consumer.on(consumer.events.FETCH, () => {
      fetchedAt = performance.now();
    });
    return {
      ...consumer,
      // "received": the consumer handed the message (or the fetched batch holding it) to the bus.
      run: (options) => {
        const { eachMessage, eachBatch } = options ?? {};
        const received = (values: readonly Message['value'][]): void => {
          const at = performance.now();
          for (const value of values) {
            const id = idOf(value);
            if (id === null) continue;
            if (!Number.isNaN(fetchedAt)) this.clock.mark(id, 'fetched', fetchedAt);
            this.clock.mark(id, 'received', at);
          }
        };
        return consumer.run({
          ...options,
          ...(eachMessage === undefined
            ? {}
            : {
                eachMessage: (payload) => {
                  received([payload.message.value]);
                  return eachMessage(payload);
                },
              }),
          ...(eachBatch === undefined
            ? {}
            : {
                eachBatch: (payload) => {
                  received(payload.batch.messages.map((m) => m.value));
                  return eachBatch(payload);
                },
              }),
        });
      },
    };
  }
}
