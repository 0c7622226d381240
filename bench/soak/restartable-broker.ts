import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureKafkaArtifacts,
  KAFKA_VERSION,
  type KafkaBroker,
  kafkaToolingAvailable,
  startKafkaBroker,
} from '@qinqing/tools/kafka';
import { freePort } from '@qinqing/tools/distributed';

/** The soak's own broker: stopped and started again on the same ports and data, as an operator restarts one. */
export interface RestartableBroker {
  readonly brokers: string;
  readonly description: string;
  /** Stops the broker cleanly (SIGTERM), keeping its data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  close(): Promise<void>;
}

export const startRestartableBroker = async (): Promise<RestartableBroker> => {
  const tooling = kafkaToolingAvailable();
  if (!tooling.ok) throw new Error(`bench:soak starts a broker of its own: ${tooling.reason}`);
  await ensureKafkaArtifacts();
  const dataDir = mkdtempSync(join(tmpdir(), 'qinqing-soak-kafka-'));
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();
  const start = () => startKafkaBroker({ port, controllerPort, dataDir, useEnv: false });
  let running: KafkaBroker | null = await start();
  const brokers = running.brokers;
  return {
    brokers,
    description: `Kafka ${KAFKA_VERSION} single KRaft node started by the bench at ${brokers}`,
    async stop() {
      await running?.stop();
      running = null;
    },
    async start() {
      running = await start();
    },
    async close() {
      await running?.stop();
      running = null;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
