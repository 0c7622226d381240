import 'reflect-metadata';
import { ensureTopics } from '@qinqing/shared/messaging-kafka';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { GATEWAY, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { buildServer, SERVER_DIST } from '../build-server/build-server';
import { ensureKafkaArtifacts, startKafkaBroker } from '../kafka/kafka-broker';
import {
  createDatabases,
  type DistributedTopology,
  platformProcesses,
  PUBLIC_TOPICS,
} from './distributed-topology';
import {
  spawnPlatformProcess,
  type SupervisedService,
  superviseProcess,
  waitUntilReady,
} from './process-supervisor';

/**
 * `npm run start:distributed`: the distributed run mode on this machine. Starts a Kafka broker unless one
 * answers (KAFKA_BROKERS, or 127.0.0.1:9092 from `npm run kafka:start`), creates each process's database
 * on the machine's PostgreSQL and the public topics, then the services and the gateway as separate
 * processes, each supervised: one that crashes is started again with back-off while the others keep
 * serving. `REPLICAS=2` runs two processes of every context service (the second on its port + 100), started
 * once the first ones are ready; the gateway takes them in turn. Ctrl-C stops them all (and the broker, when
 * this script started it).
 */
const ROOT = join(__dirname, '..', '..');
const log = (line: string) => process.stdout.write(`[distributed] ${line}\n`);
const env = process.env;

const portAnswers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const kafkaBrokers = async (): Promise<{ brokers: string; stop: () => Promise<void> }> => {
  const given = env['KAFKA_BROKERS']?.trim();
  if (given) return { brokers: given, stop: async () => undefined };
  if (await portAnswers(9092)) {
    log('using the Kafka broker already listening on 127.0.0.1:9092');
    return { brokers: '127.0.0.1:9092', stop: async () => undefined };
  }
  log('starting a Kafka broker on 127.0.0.1:9092 (tools/kafka; the first run fetches it from Maven Central)');
  await ensureKafkaArtifacts();
  const broker = await startKafkaBroker({
    port: 9092,
    controllerPort: 9093,
    dataDir: join(ROOT, 'tools', 'kafka', '.cache', 'data-9092'),
    useEnv: false,
  });
  return { brokers: broker.brokers, stop: () => broker.stop() };
};

/** REPLICAS: processes per context service, 1 to 8. */
const replicasWanted = (): number => {
  const value = Number(env['REPLICAS'] ?? '1');
  if (!Number.isInteger(value) || value < 1 || value > 8)
    throw new Error(`REPLICAS=${env['REPLICAS']}: expected a whole number from 1 to 8`);
  return value;
};

const main = async (): Promise<void> => {
  const replicas = replicasWanted();
  if (!existsSync(join(ROOT, 'dist', 'apps', 'kiosk', 'index.html'))) {
    log('building the kiosk and console (npm run build:ui)');
    const build = spawnSync('npm', ['run', 'build:ui', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:ui failed');
  }
  log(`built the services: ${await buildServer(ROOT)} files in ${SERVER_DIST}`);
  const kafka = await kafkaBrokers();
  const topology: DistributedTopology = {
    brokers: kafka.brokers,
    postgresUrl: env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    databasePrefix: env['DATABASE_PREFIX'] ?? 'qinqing',
    // One key per launch unless given: the gateway signs identity tokens with it, the services verify.
    identityTokenSecret: env['IDENTITY_TOKEN_SECRET'] ?? randomBytes(32).toString('base64url'),
    // PORT for the gateway, <SERVICE>_PORT (e.g. APPEALS_SERVICE_PORT) for a service.
    ports: Object.fromEntries(
      [
        [GATEWAY.name, env['PORT']] as const,
        ...PLATFORM_SERVICES.map(
          (service) => [service.name, env[service.urlVariable.replace(/_URL$/u, '_PORT')]] as const,
        ),
      ].flatMap(([name, port]) => (port === undefined ? [] : [[name, Number(port)]])),
    ),
    replicas: Object.fromEntries(PLATFORM_SERVICES.map((service) => [service.name, replicas])),
    demoData: (env['DEMO_DATA'] ?? 'true') === 'true',
    uiDistDir: join(ROOT, 'dist', 'apps'),
    extraEnv: {
      LOG_LEVEL: env['LOG_LEVEL'] ?? 'info',
      // Settings a service requires when DEMO_DATA is false (e.g. the appeals 兜底责任单位), passed on when set.
      ...Object.fromEntries(
        PLATFORM_SERVICES.flatMap((service) => Object.keys(service.requiredSettings ?? {})).flatMap(
          (variable) => (env[variable] === undefined ? [] : [[variable, env[variable]]]),
        ),
      ),
    },
  };
  const processes = platformProcesses(topology);
  const databases = [...new Set(processes.map((p) => p.database))];
  const created = await createDatabases(topology.postgresUrl, databases);
  log(`databases: ${databases.join(', ')}${created.length > 0 ? ` (created ${created.join(', ')})` : ''}`);
  await ensureTopics(topology.brokers, PUBLIC_TOPICS, 3);
  log(`topics: ${PUBLIC_TOPICS.join(', ')} on ${topology.brokers}`);

  const running: SupervisedService[] = [];
  const stopAll = async (): Promise<never> => {
    log('stopping…');
    await Promise.all(running.map((service) => service.stop()));
    await kafka.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stopAll());
  process.once('SIGTERM', () => void stopAll());

  const supervise = (definition: (typeof processes)[number]): void => {
    running.push(
      superviseProcess(
        definition.name,
        () => spawnPlatformProcess({ name: definition.name, entry: definition.entry, env: definition.env }),
        {
          onEvent: (event) =>
            log(
              event.kind === 'exited'
                ? `${event.name} exited (${event.code}); restarting it in ${event.restartInMs} ms, the others keep serving`
                : `${event.name} started again (restart ${event.restarts})`,
            ),
        },
      ),
    );
  };
  // Further replicas start once the first ones are ready: a first start then migrates and seeds once.
  for (const definition of processes.filter((p) => p.replica === 1)) supervise(definition);
  const gateway = processes.find((p) => p.name === GATEWAY.name);
  await waitUntilReady(`http://127.0.0.1:${gateway?.port}/readyz`, 120_000);
  const further = processes.filter((p) => p.replica > 1);
  for (const definition of further) supervise(definition);
  for (const definition of further)
    await waitUntilReady(`http://127.0.0.1:${definition.port}/readyz`, 120_000);
  if (further.length > 0) log(`${replicas} replicas of each service; each /readyz says which one leads`);
  log(`ready: http://127.0.0.1:${gateway?.port}/ (kiosk /kiosk/, console /console/)`);
  log(
    `services (behind the gateway): ${processes
      .filter((p) => p !== gateway)
      .map((p) => `${p.name} http://127.0.0.1:${p.port}`)
      .join(', ')}`,
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
