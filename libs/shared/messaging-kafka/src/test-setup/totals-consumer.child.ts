/**
 * The consumer process of the kill -9 suite (kafka-consumer-crash.int.spec.ts), run as
 *   SWC_NODE_PROJECT=tools/tsconfig.runtime.json node -r @swc-node/register totals-consumer.child.ts '<json>'
 * It loads, connects to PostgreSQL and prints "ready"; on a "start" line on stdin it starts a
 * KafkaIntegrationEventBus with the totals consumer and prints "started"; on "stop" (or stdin closing) it
 * stops the bus, prints its status as JSON and exits 0. The suite mostly ends it with SIGKILL instead.
 * Waiting for "start" lets the suite load the next process while the current one is still consuming.
 */
import { createInterface } from 'node:readline';
import { openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { z } from 'zod';
import { KafkaIntegrationEventBus } from '../lib/kafka-integration-event-bus';
import { countingInbox, totalsConsumer } from './ledger';

const options = z
  .object({
    brokers: z.string(),
    databaseUrl: z.string(),
    topic: z.string(),
    group: z.string(),
    sessionTimeoutMs: z.number().int(),
    heartbeatIntervalMs: z.number().int(),
  })
  .parse(JSON.parse(process.argv[2] ?? '{}'));

const main = async (): Promise<void> => {
  const db = await openPostgresDatabase(options.databaseUrl, { maxConnections: 4 });
  const bus = new KafkaIntegrationEventBus({
    brokers: options.brokers,
    db,
    inbox: countingInbox(db),
    sessionTimeoutMs: options.sessionTimeoutMs,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    retryBackoffMs: 50,
    onError: (consumer, error) => process.stderr.write(`${consumer}: ${String(error)}\n`),
  });
  bus.subscribe(totalsConsumer(options.group, options.topic));
  process.stdout.write('ready\n');

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await bus.stop();
    process.stdout.write(`${JSON.stringify(bus.status())}\n`);
    await db.close();
    process.exit(0);
  };
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line === 'start') {
      void bus.start().then(() => process.stdout.write('started\n'));
    } else if (line === 'stop') void stop();
  });
  lines.on('close', () => void stop());
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
