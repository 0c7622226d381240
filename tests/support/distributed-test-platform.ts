import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureTopics } from '@qinqing/shared/messaging-kafka';
import {
  createDatabases,
  dropDatabases,
  platformProcesses,
  PUBLIC_TOPICS,
  spawnPlatformProcess,
  stopProcess,
  type SupervisedProcess,
  waitUntilReady,
} from '@qinqing/tools/distributed';

export interface DistributedTestPlatform {
  readonly gatewayUrl: string;
  readonly appealsUrl: string;
  readonly serviceCentreUrl: string;
  /** The key the gateway signs identity tokens with (tests forge and verify with it). */
  readonly identityTokenSecret: string;
  readonly processes: ReadonlyMap<string, SupervisedProcess>;
  /** The last output lines of each process, for failure messages. */
  output(name: string): string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * The distributed mode as `npm run start:distributed` runs it — gateway and services as separate Node
 * processes, each with its own fresh PostgreSQL database, Kafka between them — on free ports, for tests.
 */
export const startDistributedTestPlatform = async (options: {
  readonly brokers: string;
  readonly databaseUrl: string;
}): Promise<DistributedTestPlatform> => {
  const [gatewayPort, appealsPort, serviceCentrePort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const identityTokenSecret = randomBytes(32).toString('base64url');
  const databasePrefix = `qq_e2e_${process.pid}_${Date.now().toString(36)}`;
  const definitions = platformProcesses({
    brokers: options.brokers,
    postgresUrl: options.databaseUrl,
    databasePrefix,
    identityTokenSecret,
    gatewayPort,
    appealsPort,
    serviceCentrePort,
    demoData: true,
    uiDistDir: join(process.cwd(), 'dist', 'apps'),
    extraEnv: { LOG_LEVEL: 'warn', APPEALS_SCHEDULER_INTERVAL_MS: '0', KAFKAJS_NO_PARTITIONER_WARNING: '1' },
  });
  const databases = definitions.map((d) => d.database);
  await createDatabases(options.databaseUrl, databases);
  await ensureTopics(options.brokers, PUBLIC_TOPICS, 3);
  const lines = new Map<string, string[]>();
  const processes = new Map<string, SupervisedProcess>();
  for (const definition of definitions) {
    processes.set(
      definition.name,
      spawnPlatformProcess({
        name: definition.name,
        entry: definition.entry,
        env: definition.env,
        onLine: (name, line) => {
          const kept = lines.get(name) ?? [];
          kept.push(line);
          if (kept.length > 40) kept.shift();
          lines.set(name, kept);
        },
      }),
    );
  }
  const output = (name: string) => (lines.get(name) ?? []).join('\n');
  const stop = async () => {
    await Promise.all([...processes.values()].map((p) => stopProcess(p)));
    await dropDatabases(options.databaseUrl, databases);
  };
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  try {
    await waitUntilReady(`${gatewayUrl}/readyz`, 150_000);
  } catch (error) {
    const logs = [...processes.keys()].map((name) => `--- ${name}\n${output(name)}`).join('\n');
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`);
  }
  return {
    gatewayUrl,
    appealsUrl: `http://127.0.0.1:${appealsPort}`,
    serviceCentreUrl: `http://127.0.0.1:${serviceCentrePort}`,
    identityTokenSecret,
    processes,
    output,
    stop,
  };
};
