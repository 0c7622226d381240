import { existsSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../build-server/build-server.ts';
import { ensureKafkaArtifacts, kafkaToolingAvailable, startKafkaBroker } from '../kafka/kafka-broker.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL server for integration suites, or null when none is configured (suites then skip loudly). */
    databaseUrl: string | null;
    /** KurrentDB connection string, or null. */
    kurrentDbConnectionString: string | null;
    /** Debian's Chromium for browser suites, or null when it is not installed (suites then skip loudly). */
    chromiumPath: string | null;
    /** Kafka bootstrap servers ("host:port,…") for the Kafka suites, or null (suites then skip loudly). */
    kafkaBrokers: string | null;
    /**
     * Why this machine cannot start a broker of its own (tools/kafka: Java 17+, Maven or cached jars), or null
     * when it can. Suites that stop and restart a dedicated broker need it, whatever `kafkaBrokers` is.
     */
    kafkaToolingProblem: string | null;
  }
}

const banner = (lines: string[]): void => {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '!'.repeat(width);
  console.warn(['', bar, ...lines.map((l) => `! ${l.padEnd(width - 4)} !`), bar, ''].join('\n'));
};

const reachable = async (url: string): Promise<string | null> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

/**
 * Kafka for this run. KAFKA_BROKERS set: that broker. Otherwise one broker from tools/kafka, started for the
 * whole run (stopped by the returned teardown) whenever this machine can run it (Java 17+, and Maven or the
 * cached jars; a fresh clone fetches the jars here, ~20 s once). Without the tooling the Kafka suites skip
 * loudly (a laptop without Java), unless REQUIRE_KAFKA=1 (CI) or KAFKA_TESTS=1 asked for them: then the run
 * fails. KAFKA_TESTS=0 turns the suites off on purpose.
 */
const kafkaForRun = async (
  env: NodeJS.ProcessEnv,
  tooling: ReturnType<typeof kafkaToolingAvailable>,
): Promise<{ brokers: string | null; stop: () => Promise<void> }> => {
  const none = { brokers: null, stop: () => Promise.resolve() };
  const fromEnv = env['KAFKA_BROKERS']?.trim();
  if (fromEnv) return { brokers: fromEnv, stop: none.stop };
  const requireKafka = env['REQUIRE_KAFKA'] === '1';
  const wanted = requireKafka || env['KAFKA_TESTS'] === '1';
  if (!requireKafka && env['KAFKA_TESTS'] === '0') {
    banner([
      'Kafka suites are SKIPPED: KAFKA_TESTS=0.',
      'Unset it to run them against a broker started for the run (tools/kafka), or set KAFKA_BROKERS=host:port.',
    ]);
    return none;
  }
  if (!tooling.ok) {
    if (wanted) {
      throw new Error(
        `${requireKafka ? 'REQUIRE_KAFKA=1' : 'KAFKA_TESTS=1'} but Kafka cannot run here: ${tooling.reason}`,
      );
    }
    banner([
      'Kafka suites are SKIPPED: no broker can start on this machine.',
      tooling.reason,
      'Install Java 17+ and Maven, or point KAFKA_BROKERS=host:port at a broker. CI sets REQUIRE_KAFKA=1.',
    ]);
    return none;
  }
  await ensureKafkaArtifacts();
  const broker = await startKafkaBroker({ useEnv: false });
  return { brokers: broker.brokers, stop: () => broker.stop() };
};

/**
 * Decides once per run which real infrastructure the integration suites get. CI sets REQUIRE_POSTGRES=1 and
 * REQUIRE_KAFKA=1: a missing service then fails the run instead of skipping suites.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  const databaseUrl = env['DATABASE_URL'] ?? null;
  const requirePostgres = env['REQUIRE_POSTGRES'] === '1';
  if (databaseUrl === null) {
    if (requirePostgres) throw new Error('REQUIRE_POSTGRES=1 but DATABASE_URL is not set');
    banner([
      'PostgreSQL suites are SKIPPED: DATABASE_URL is not set.',
      'Set DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run them (CI does).',
    ]);
  } else {
    const problem = await reachable(databaseUrl);
    if (problem !== null) {
      throw new Error(`DATABASE_URL is set but PostgreSQL does not answer: ${problem}`);
    }
  }
  const kurrent = env['KURRENTDB_CONNECTION_STRING'] ?? null;
  if (kurrent === null) {
    banner([
      'KurrentDB suites are SKIPPED: KURRENTDB_CONNECTION_STRING is not set.',
      'No KurrentDB server can be installed on this machine (no Docker engine, not in Debian or npm).',
    ]);
  }
  const chromium = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
  if (chromium === null) {
    if (env['REQUIRE_BROWSER'] === '1')
      throw new Error('REQUIRE_BROWSER=1 but /usr/bin/chromium is not installed');
    banner([
      'Browser suites are SKIPPED: /usr/bin/chromium is not installed.',
      "Install Debian's Chromium with: apt-get install -y chromium (CI does).",
    ]);
  }
  project.provide('chromiumPath', chromium);
  project.provide('databaseUrl', databaseUrl);
  project.provide('kurrentDbConnectionString', kurrent);
  // Vitest runs this setup once per project (unit, int, e2e) in the same process: one broker for all.
  const shared = globalThis as {
    qinqingKafka?: ReturnType<typeof kafkaForRun>;
    qinqingKafkaUsers?: number;
    qinqingServerBuild?: Promise<number>;
  };
  // The distributed suites run the services' built JavaScript, as production does: built once per run (~2 s).
  shared.qinqingServerBuild ??= buildServer(process.cwd());
  await shared.qinqingServerBuild;
  const tooling = kafkaToolingAvailable();
  shared.qinqingKafka ??= kafkaForRun(env, tooling);
  shared.qinqingKafkaUsers = (shared.qinqingKafkaUsers ?? 0) + 1;
  const kafka = await shared.qinqingKafka;
  project.provide('kafkaBrokers', kafka.brokers);
  project.provide('kafkaToolingProblem', tooling.ok ? null : tooling.reason);
  return async () => {
    shared.qinqingKafkaUsers = (shared.qinqingKafkaUsers ?? 1) - 1;
    if (shared.qinqingKafkaUsers === 0) {
      delete shared.qinqingKafka;
      await kafka.stop();
    }
  };
}
