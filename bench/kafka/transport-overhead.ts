/**
 * What the Nest transport adds to each message: the bus calls an `IntegrationEventConsumer`'s `handle`, which
 * under `IntegrationEventsServer` goes through Nest's RPC pipeline (params, interceptors, filters) to the
 * `@EventPattern` method. Measured here without Kafka or SQL, in one process, against calling the same handler
 * body directly, alternating, so only the dispatch differs.
 *
 *   SWC_NODE_PROJECT=tools/tsconfig.runtime.json node -r @swc-node/register bench/kafka/transport-overhead.ts
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type CloudEvent, publicTopic } from '@qinqing/shared/contracts-kit';
import type {
  IntegrationEventConsumer,
  IntegrationEventDelivery,
  SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventsServer,
  type MessagingStatus,
} from '@qinqing/shared/nest-platform';

const TOPIC = publicTopic('bench', 1);
const CALLS = Number(process.env['BENCH_CALLS'] ?? 200_000);
const ROUNDS = 5;

/** The handler body both paths run: a little work on the event, a call on the transaction. */
let sink = 0;
const effect = async (event: CloudEvent, tx: SqlExecutor): Promise<void> => {
  sink += (event.data as { sequence: number }).sequence;
  await tx.query('SELECT 1');
};

@EventConsumer('bench.transport-overhead')
class OverheadConsumer {
  @EventPattern(TOPIC)
  async apply(@Payload() event: CloudEvent, @Ctx() context: IntegrationEventContext): Promise<void> {
    await effect(event, context.getTransaction());
  }
}

/** A transport whose "bus" is this script: it keeps the consumers Nest built, to call them directly. */
class CapturingServer extends IntegrationEventsServer {
  captured: readonly IntegrationEventConsumer[] = [];
  constructor() {
    super(() => true);
  }
  unwrap<T>(): T {
    return this.captured as T;
  }
  async drain(): Promise<void> {
    return;
  }
  consumerStatus(): readonly MessagingStatus[] {
    return [];
  }
  protected async start(consumers: readonly IntegrationEventConsumer[]): Promise<void> {
    this.captured = consumers;
  }
  protected async stop(): Promise<void> {
    return;
  }
}

@Module({ controllers: [OverheadConsumer] })
class OverheadModule {}

const main = async (): Promise<void> => {
  const server = new CapturingServer();
  const app = await NestFactory.createMicroservice(OverheadModule, { strategy: server, logger: false });
  await app.listen();
  const [consumer] = server.captured;
  if (consumer === undefined) throw new Error('no consumer');
  const tx: SqlExecutor = { query: async () => ({ rows: [] }) } as unknown as SqlExecutor;
  const events: CloudEvent[] = Array.from({ length: 1000 }, (_, i) => ({
    specversion: '1.0',
    id: `e${i}`,
    source: '/qinqing/bench',
    type: 'cn.qinqing.bench.item-recorded.v1',
    time: new Date().toISOString(),
    subject: `a${i}`,
    datacontenttype: 'application/json',
    data: { sequence: i },
  }));
  const delivery: IntegrationEventDelivery = {
    consumer: 'bench.transport-overhead',
    topic: TOPIC,
    partition: 0,
    offset: '0',
    attempt: 1,
  };
  const run = async (call: (event: CloudEvent) => Promise<void>): Promise<number> => {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await call(events[i % events.length] as CloudEvent);
    return ((performance.now() - start) * 1000) / CALLS; // µs per call
  };
  const direct = (event: CloudEvent) => effect(event, tx);
  const nest = (event: CloudEvent) => consumer.handle(event, tx, delivery);
  await run(direct);
  await run(nest); // warm-up
  const results: { direct: number; nest: number }[] = [];
  for (let round = 0; round < ROUNDS; round++)
    results.push({ direct: await run(direct), nest: await run(nest) });
  await app.close();
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const d = median(results.map((r) => r.direct));
  const n = median(results.map((r) => r.nest));
  console.log(
    `${CALLS} calls × ${ROUNDS} rounds, medians: direct ${d.toFixed(2)} µs/call, through the Nest transport ` +
      `${n.toFixed(2)} µs/call: +${(n - d).toFixed(2)} µs per message (checksum ${sink})`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
