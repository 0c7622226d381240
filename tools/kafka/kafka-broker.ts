import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A real Apache Kafka broker for tests: single-node KRaft (combined broker + controller) on 127.0.0.1,
 * run from Maven Central jars fetched by tools/kafka/pom.xml (see tools/kafka/README.md).
 * No Kafka client library here on purpose: readiness is checked by start.sh with a raw ApiVersions
 * round trip, topics are created with the Kafka CLI classes.
 */

const KAFKA_DIR = __dirname;
const CACHE_DIR = join(KAFKA_DIR, '.cache');
const LIBS_DIR = join(CACHE_DIR, 'libs');
const RUNS_DIR = join(CACHE_DIR, 'runs');

/** The Kafka version pinned in tools/kafka/pom.xml. */
export const KAFKA_VERSION: string =
  /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(join(KAFKA_DIR, 'pom.xml'), 'utf8'))?.[1] ??
  'unknown';

export type KafkaToolingStatus = { ok: true } | { ok: false; reason: string };

export interface KafkaBrokerOptions {
  /** Client (PLAINTEXT) port; a free port when omitted. */
  port?: number;
  /** KRaft controller port; a free port when omitted. */
  controllerPort?: number;
  /** Data dir; a fresh directory under tools/kafka/.cache/runs when omitted (deleted again by stop()). */
  dataDir?: string;
  /** Use KAFKA_BROKERS from the environment instead of starting a broker, when it is set (default true). */
  useEnv?: boolean;
  /** Seconds start.sh waits for the broker to answer (default 90). */
  startTimeoutSeconds?: number;
}

export interface KafkaBroker {
  /** Bootstrap address list, e.g. "127.0.0.1:41234". */
  readonly brokers: string;
  /** True when KAFKA_BROKERS pointed at a broker this helper did not start (stop() then does nothing). */
  readonly external: boolean;
  readonly dataDir: string | null;
  /** Stops the broker (SIGTERM, then SIGKILL after 30 s) and removes a data dir this helper created. Idempotent. */
  stop(): Promise<void>;
}

const javaMajorVersion = (): number | null => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major; // "1.8" style
};

const onPath = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** True when the broker jars are already in tools/kafka/.cache/libs (no Maven or network needed). */
export const kafkaArtifactsCached = (): boolean => existsSync(join(LIBS_DIR, '.stamp'));

/** Whether this machine can run the test broker: Java 17+, and either cached jars or Maven to fetch them. */
export const kafkaToolingAvailable = (): KafkaToolingStatus => {
  const java = javaMajorVersion();
  if (java === null) {
    return {
      ok: false,
      reason: 'java not found on PATH (Kafka 4.x needs Java 17+: apt-get install openjdk-17-jre-headless)',
    };
  }
  if (java < 17) return { ok: false, reason: `java ${java} found, Kafka ${KAFKA_VERSION} needs Java 17+` };
  if (kafkaArtifactsCached()) return { ok: true };
  if (!onPath('mvn')) {
    return {
      ok: false,
      reason:
        'mvn not found on PATH and the Kafka jars are not cached in tools/kafka/.cache/libs (apt-get install maven)',
    };
  }
  return { ok: true };
};

interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const runScript = (script: string, env: Record<string, string>): Promise<ScriptResult> =>
  new Promise((resolvePromise, reject) => {
    const child = spawn('bash', [join(KAFKA_DIR, script)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });

/** Fetches the Kafka jars into tools/kafka/.cache/libs if they are not there yet (Maven; offline first). */
export const ensureKafkaArtifacts = async (): Promise<void> => {
  const result = await runScript('fetch.sh', {});
  if (result.code !== 0) {
    throw new Error(`tools/kafka/fetch.sh failed (exit ${result.code}):\n${result.stderr}${result.stdout}`);
  }
};

const freePort = (): Promise<number> =>
  new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });

const twoFreePorts = async (): Promise<[number, number]> => {
  for (;;) {
    const [a, b] = [await freePort(), await freePort()];
    if (a !== b) return [a, b];
  }
};

/**
 * Starts a broker (or returns KAFKA_BROKERS when set and `useEnv` is not false). Free ports and a fresh data
 * dir unless given. Resolves once the broker answers on its client port; rejects with start.sh's output
 * (including the tail of the broker log) otherwise.
 */
export const startKafkaBroker = async (options: KafkaBrokerOptions = {}): Promise<KafkaBroker> => {
  const fromEnv = process.env['KAFKA_BROKERS']?.trim();
  if (options.useEnv !== false && fromEnv) {
    return { brokers: fromEnv, external: true, dataDir: null, stop: () => Promise.resolve() };
  }

  const ownsDataDir = options.dataDir === undefined;
  const portsGiven = options.port !== undefined || options.controllerPort !== undefined;
  const attempts = portsGiven ? 1 : 3; // an auto-chosen port can be taken between probing and binding
  let lastError: Error | null = null;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const [freeA, freeB] = await twoFreePorts();
    const port = options.port ?? freeA;
    const controllerPort = options.controllerPort ?? (freeB === port ? freeA : freeB);
    let dataDir = options.dataDir;
    if (dataDir === undefined) {
      mkdirSync(RUNS_DIR, { recursive: true });
      dataDir = mkdtempSync(join(RUNS_DIR, `broker-${port}-`));
    }
    const env = {
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_DATA_DIR: dataDir,
      ...(options.startTimeoutSeconds ? { KAFKA_START_TIMEOUT: String(options.startTimeoutSeconds) } : {}),
    };

    const result = await runScript('start.sh', env);
    if (result.code !== 0) {
      lastError = new Error(
        `tools/kafka/start.sh failed (exit ${result.code}):\n${result.stderr}${result.stdout}`,
      );
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      if (/already in use/.test(result.stderr)) continue;
      throw lastError;
    }

    const brokers = /^KAFKA_BROKERS=(.+)$/m.exec(result.stdout)?.[1]?.trim() ?? `127.0.0.1:${port}`;
    const pidFile = join(CACHE_DIR, 'run', `broker-${port}.pid`);
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : NaN;
    // Safety net: if the test process exits without calling stop(), do not leave the JVM behind.
    const killOnExit = (): void => {
      if (!Number.isInteger(pid)) return;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      rmSync(pidFile, { force: true });
      rmSync(pidFile.replace(/\.pid$/, '.env'), { force: true });
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    };
    process.once('exit', killOnExit);

    let stopping: Promise<void> | null = null;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        const stopped = await runScript('stop.sh', { KAFKA_PORT: String(port) });
        if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
        if (stopped.code !== 0) {
          throw new Error(
            `tools/kafka/stop.sh failed (exit ${stopped.code}):\n${stopped.stderr}${stopped.stdout}`,
          );
        }
      })());

    return { brokers, external: false, dataDir, stop };
  }
  throw lastError ?? new Error('could not start a Kafka broker');
};
