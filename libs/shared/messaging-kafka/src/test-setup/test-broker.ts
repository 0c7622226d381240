import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ConfigResourceTypes } from 'kafkajs';
import { createKafkaClient, type KafkaBrokers } from '../lib/kafka-client';

/**
 * Short consumer-group sessions for tests, so a group notices a killed member in about a second. The dev
 * broker (tools/kafka/start.sh) allows 500 ms; a broker with the stock 6 s minimum gets 6 s (slower, same
 * result) instead of refusing the join.
 */
export const testSessionTimeouts = async (
  brokers: KafkaBrokers,
  wantedMs = 1_500,
): Promise<{ sessionTimeoutMs: number; heartbeatIntervalMs: number }> => {
  const admin = createKafkaClient({ brokers, clientId: 'test-config' }).admin();
  await admin.connect();
  try {
    const { brokers: nodes } = await admin.describeCluster();
    const config = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        {
          type: ConfigResourceTypes.BROKER,
          name: String(nodes[0]?.nodeId ?? 1),
          configNames: ['group.min.session.timeout.ms'],
        },
      ],
    });
    const minimum = Number(config.resources[0]?.configEntries[0]?.configValue ?? 6_000);
    const sessionTimeoutMs = Math.max(wantedMs, minimum);
    return { sessionTimeoutMs, heartbeatIntervalMs: Math.max(100, Math.floor(sessionTimeoutMs / 5)) };
  } finally {
    await admin.disconnect();
  }
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const KAFKA_TOOLS = join(__dirname, '../../../../../tools/kafka');

const run = (script: string, env: Record<string, string>): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('bash', [join(KAFKA_TOOLS, script)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`tools/kafka/${script} exited ${code}:\n${output}`)),
    );
  });

/**
 * A broker of its own that a suite can stop and start again on the same ports and data, through
 * tools/kafka/start.sh and stop.sh (what tools/kafka/kafka-broker.ts runs; importing that module from here
 * would make a cycle: tools/distributed depends on this library).
 */
export interface RestartableBroker {
  readonly brokers: string;
  start(): Promise<void>;
  /** SIGTERM (a clean shutdown, data flushed); the data dir stays. */
  stop(): Promise<void>;
}

export const restartableBroker = async (dataDir: string): Promise<RestartableBroker> => {
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();
  const env = {
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_DATA_DIR: dataDir,
  };
  return {
    brokers: `127.0.0.1:${port}`,
    start: () => run('start.sh', env),
    stop: () => run('stop.sh', env),
  };
};
