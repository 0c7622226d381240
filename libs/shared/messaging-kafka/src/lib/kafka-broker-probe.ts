import type { Admin, Kafka } from 'kafkajs';
import { createKafkaClient, type KafkaBrokers } from './kafka-client';
import type { KafkaLogSink } from './kafka-log';

export interface KafkaBrokerHealth {
  readonly ok: boolean;
  readonly detail: string;
}

export interface KafkaBrokerProbeOptions {
  readonly brokers: KafkaBrokers;
  /** Longest a check may take, connection included (default 2 s): past it the brokers count as gone. */
  readonly timeoutMs?: number;
  /** A check this recent is answered again instead of asking the brokers (default 500 ms). */
  readonly reuseMs?: number;
  /** The app's log; the probe writes only at debug (its failures are its answer, not log lines). */
  readonly log?: KafkaLogSink;
}

const quietly = (log: KafkaLogSink): KafkaLogSink => ({
  error: (fields, message) => log.debug(fields, message),
  warn: (fields, message) => log.debug(fields, message),
  info: (fields, message) => log.debug(fields, message),
  debug: (fields, message) => log.debug(fields, message),
});

const silent: KafkaLogSink = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
};

/**
 * Answers "can this process reach the Kafka cluster right now?" for readiness: a metadata request with no
 * retries and a short timeout. The relay and the consumers notice a lost broker only when their own retries
 * run out (kafkajs retries for many seconds); readiness must not wait for that.
 */
export class KafkaBrokerProbe {
  private readonly kafka: Kafka;
  private readonly timeoutMs: number;
  private admin: Admin | null = null;
  private last: { readonly at: number; readonly health: Promise<KafkaBrokerHealth> } | null = null;

  constructor(private readonly options: KafkaBrokerProbeOptions) {
    this.timeoutMs = options.timeoutMs ?? 2_000;
    this.kafka = createKafkaClient({
      brokers: options.brokers,
      clientId: 'qinqing-readiness',
      log: options.log === undefined ? silent : quietly(options.log),
      connectionTimeoutMs: Math.min(1_000, this.timeoutMs),
      requestTimeoutMs: this.timeoutMs,
      retries: 0,
    });
  }

  check(): Promise<KafkaBrokerHealth> {
    const now = Date.now();
    if (this.last !== null && now - this.last.at < (this.options.reuseMs ?? 500)) return this.last.health;
    const health = this.ask();
    this.last = { at: now, health };
    return health;
  }

  async stop(): Promise<void> {
    this.last = null;
    await this.reset();
  }

  private async ask(): Promise<KafkaBrokerHealth> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const { brokers } = await Promise.race([this.describe(), timeout]);
      return { ok: true, detail: `${brokers.length} broker(s) reachable` };
    } catch (error) {
      await this.reset(); // a fresh connection next time, not one kafkajs still thinks is open
      return {
        ok: false,
        detail: `Kafka unreachable: ${error instanceof Error ? error.message : String(error)}`,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private async describe() {
    if (this.admin === null) {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      this.admin = admin;
      await admin.connect();
    }
    return this.admin.describeCluster();
  }

  private async reset(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.disconnect().catch(() => undefined);
  }
}
