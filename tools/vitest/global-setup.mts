import { existsSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
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
 * Kafka for this run: KAFKA_BROKERS when set; else, with KAFKA_TESTS=1 or REQUIRE_KAFKA=1, one broker
 * started for the whole run (stopped by the returned teardown); else null. Opt-in for now so CI time does
 * not change; the next step runs CI with REQUIRE_KAFKA=1, which fails the run when Kafka cannot start.
 */
const kafkaForRun = async (
  env: NodeJS.ProcessEnv,
): Promise<{ brokers: string | null; stop: () => Promise<void> }> => {
  const none = { brokers: null, stop: () => Promise.resolve() };
  const fromEnv = env['KAFKA_BROKERS']?.trim();
  if (fromEnv) return { brokers: fromEnv, stop: none.stop };
  const requireKafka = env['REQUIRE_KAFKA'] === '1';
  if (!requireKafka && env['KAFKA_TESTS'] !== '1') {
    // Opt-in until CI sets REQUIRE_KAFKA=1 (next step): then a missing broker fails the run instead.
    banner([
      'Kafka suites are SKIPPED: set KAFKA_TESTS=1 (needs Java + Maven) or KAFKA_BROKERS=host:port.',
      'KAFKA_TESTS=1 starts one Apache Kafka broker (tools/kafka) for the run; REQUIRE_KAFKA=1 also fails if it cannot.',
    ]);
    return none;
  }
  const tooling = kafkaToolingAvailable();
  if (!tooling.ok) {
    if (requireKafka) throw new Error(`REQUIRE_KAFKA=1 but Kafka cannot run here: ${tooling.reason}`);
    banner(['Kafka suites are SKIPPED: KAFKA_TESTS=1 but Kafka cannot run here.', tooling.reason]);
    return none;
  }
  await ensureKafkaArtifacts();
  const broker = await startKafkaBroker({ useEnv: false });
  return { brokers: broker.brokers, stop: () => broker.stop() };
};

/**
 * Decides once per run which real infrastructure the integration suites get. CI sets REQUIRE_POSTGRES=1
 * (and later REQUIRE_KAFKA=1): a missing service then fails the run instead of skipping suites.
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
  const shared = globalThis as { qinqingKafka?: ReturnType<typeof kafkaForRun>; qinqingKafkaUsers?: number };
  shared.qinqingKafka ??= kafkaForRun(env);
  shared.qinqingKafkaUsers = (shared.qinqingKafkaUsers ?? 0) + 1;
  const kafka = await shared.qinqingKafka;
  project.provide('kafkaBrokers', kafka.brokers);
  return async () => {
    shared.qinqingKafkaUsers = (shared.qinqingKafkaUsers ?? 1) - 1;
    if (shared.qinqingKafkaUsers === 0) {
      delete shared.qinqingKafka;
      await kafka.stop();
    }
  };
}
