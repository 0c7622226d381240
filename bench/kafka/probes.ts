/**
 * Where our latency goes: a kafkajs client that notes, per CloudEvent id, when the relay's batch was
 * acknowledged by the broker and when the bus's consumer got the message. Handed to KafkaRelay and
 * KafkaIntegrationEventBus through their `kafka` option; nothing in them changes.
 */
import { performance } from 'node:perf_hooks';
import { Kafka, type ConsumerConfig, type KafkaConfig, type Message, type ProducerConfig } from 'kafkajs';
import { summarize, type LatencySummary } from './stats';

export type Stage = 'appended' | 'acked' | 'received' | 'committed';
const STAGES: readonly Stage[] = ['appended', 'acked', 'received', 'committed'];

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

  /** Per step (due → appended → acked → received → committed), over the messages that passed all stages. */
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
    return {
      ...consumer,
      // "received": the consumer handed the message (or the fetched batch holding it) to the bus.
      run: (options) => {
        const { eachMessage, eachBatch } = options ?? {};
        const received = (values: readonly Message['value'][]): void => {
          const at = performance.now();
          for (const value of values) {
            const id = idOf(value);
            if (id !== null) this.clock.mark(id, 'received', at);
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
