import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { GATEWAY, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { holdStartupLock, type StartupLock } from '@qinqing/shared/event-store-postgres';
import { ensureTopics } from '@qinqing/shared/messaging-kafka';
import {
  createDatabases,
  databaseUrl,
  dropDatabases,
  freePort,
  platformProcesses,
  PUBLIC_TOPICS,
  replicaName,
  spawnPlatformProcess,
  type SupervisedService,
  superviseProcess,
  type SupervisionEvent,
  waitUntilReady,
} from '@qinqing/tools/distributed';

export interface DistributedTestPlatform {
  readonly gatewayUrl: string;
  /**
   * Each context service process's own URL by process name, replicas included ("appeals-service-2"): tests call
   * a service directly, bypassing the gateway.
   */
  readonly serviceUrls: ReadonlyMap<string, string>;
  /** The key the gateway signs identity tokens with (tests forge and verify with it). */
  readonly identityTokenSecret: string;
  /** Each process under its supervisor, as `npm run start:distributed` runs it (restarted when it crashes). */
  readonly services: ReadonlyMap<string, SupervisedService>;
  /**
   * Each process's V8 inspector port by process name, when started with `inspect: true` (a restarted process
   * listens on the same port); empty otherwise.
   */
  readonly inspectorPorts: ReadonlyMap<string, number>;
  /** What the supervisors did: exits and restarts. */
  readonly supervision: readonly SupervisionEvent[];
  /** Connection string of each process's own database. */
  readonly databaseUrls: ReadonlyMap<string, string>;
  /** The last output lines of each process, for failure messages. */
  output(name: string): string;
  /** Every line a process logged at error level or above (pino level ≥ 50), since it started. */
  errorLines(name: string): readonly string[];
  stop(): Promise<void>;
}

interface DistributedTestPlatformOptions {
  readonly brokers: string;
  readonly databaseUrl: string;
  /** Processes per context service by name (default 1); further replicas start once the platform is ready. */
  readonly replicas?: Readonly<Record<string, number>>;
  /**
   * Opens each process's V8 inspector on 127.0.0.1 (a free port per process), for a benchmark that reads a
   * process's heap after a forced collection. Off by default.
   */
  readonly inspect?: boolean;
}

/**
 * The distributed mode as `npm run start:distributed` runs it — gateway and services as separate Node
 * processes, each with its own fresh PostgreSQL database, Kafka between them — on free ports, for tests.
 * One at a time on this machine (`TURN`).
 */
export const startDistributedTestPlatform = async (
  options: DistributedTestPlatformOptions,
): Promise<DistributedTestPlatform> => {
  const turn = await holdStartupLock(options.databaseUrl, TURN);
  try {
    return await startPlatform(options, turn);
  } catch (error) {
    await turn.release();
    throw error;
  }
};

const startPlatform = async (
  options: DistributedTestPlatformOptions,
  turn: StartupLock,
): Promise<DistributedTestPlatform> => {
  const ports: Record<string, number> = {};
  for (const name of [
    GATEWAY.name,
    ...PLATFORM_SERVICES.flatMap((service) =>
      Array.from({ length: options.replicas?.[service.name] ?? 1 }, (_, index) =>
        replicaName(service.name, index + 1),
      ),
    ),
  ])
    ports[name] = await freePort();
  const inspectorPorts = new Map<string, number>();
  if (options.inspect === true)
    for (const name of Object.keys(ports)) inspectorPorts.set(name, await freePort());
  const identityTokenSecret = randomBytes(32).toString('base64url');
  const databasePrefix = `qq_e2e_${process.pid}_${Date.now().toString(36)}`;
  const definitions = platformProcesses({
    brokers: options.brokers,
    postgresUrl: options.databaseUrl,
    databasePrefix,
    identityTokenSecret,
    ports,
    ...(options.replicas === undefined ? {} : { replicas: options.replicas }),
    demoData: true,
    uiDistDir: join(process.cwd(), 'dist', 'apps'),
    extraEnv: { LOG_LEVEL: 'warn', APPEALS_SCHEDULER_INTERVAL_MS: '0', KAFKAJS_NO_PARTITIONER_WARNING: '1' },
  });
  const databases = [...new Set(definitions.map((d) => d.database))];
  await createDatabases(options.databaseUrl, databases);
  await ensureTopics(options.brokers, PUBLIC_TOPICS, 3);
  const lines = new Map<string, string[]>();
  const errors = new Map<string, string[]>();
  const services = new Map<string, SupervisedService>();
  const supervision: SupervisionEvent[] = [];
  const supervise = (definition: (typeof definitions)[number]): void => {
    const inspectorPort = inspectorPorts.get(definition.name);
    const start = () =>
      spawnPlatformProcess({
        name: definition.name,
        entry: definition.entry,
        env:
          inspectorPort === undefined
            ? definition.env
            : { ...definition.env, NODE_OPTIONS: `--inspect=127.0.0.1:${inspectorPort}` },
        onLine: (name, line) => {
          const kept = lines.get(name) ?? [];
          kept.push(line);
          if (kept.length > 40) kept.shift();
          lines.set(name, kept);
          if (/^\{"level":(5|6)\d,/u.test(line)) errors.set(name, [...(errors.get(name) ?? []), line]);
        },
      });
    services.set(
      definition.name,
      superviseProcess(definition.name, start, { onEvent: (event) => supervision.push(event) }),
    );
  };
  // As start:distributed does: further replicas once the first ones are ready (a first start seeds once).
  for (const definition of definitions.filter((d) => d.replica === 1)) supervise(definition);
  const output = (name: string) => (lines.get(name) ?? []).join('\n');
  const stop = async () => {
    try {
      await Promise.all([...services.values()].map((service) => service.stop()));
      await dropDatabases(options.databaseUrl, databases);
    } finally {
      await turn.release();
    }
  };
  const gatewayUrl = `http://127.0.0.1:${ports[GATEWAY.name]}`;
  try {
    await waitUntilReady(`${gatewayUrl}/readyz`, 150_000);
    const further = definitions.filter((d) => d.replica > 1);
    for (const definition of further) supervise(definition);
    for (const definition of further)
      await waitUntilReady(`http://127.0.0.1:${definition.port}/readyz`, 150_000);
  } catch (error) {
    const logs = [...services.keys()].map((name) => `--- ${name}\n${output(name)}`).join('\n');
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`);
  }
  return {
    gatewayUrl,
    serviceUrls: new Map(
      definitions.filter((d) => d.name !== GATEWAY.name).map((d) => [d.name, `http://127.0.0.1:${d.port}`]),
    ),
    identityTokenSecret,
    services,
    inspectorPorts,
    supervision,
    databaseUrls: new Map(definitions.map((d) => [d.name, databaseUrl(options.databaseUrl, d.database)])),
    output,
    errorLines: (name) => errors.get(name) ?? [],
    stop,
  };
};

/**
 * One distributed test platform at a time on this machine, for the test's life: every platform uses the real
 * topics and consumer groups (qinqing.<context>.events.v1, a group per consumer), so two at once on one broker
 * would share out each other's partitions. E2e files run two at a time; a second distributed one waits for this
 * advisory lock — the one that makes a service's replicas start one after the other (`holdStartupLock`: its own
 * connection, so a killed test releases it; at most 120 s, then it fails before starting anything, well within
 * the distributed e2e files' set-up timeouts).
 */
const TURN = 'qinqing-distributed-test-platform';
