import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { openPostgresDatabase } from '../lib/sql/open-postgres-database';
import { openTestPglite } from './test-pglite';

/** The PostgreSQL server of this run, or null: suites then skip loudly. */
export const testDatabaseUrl = (): string | null => inject('databaseUrl');

export interface TestDatabaseHandle {
  readonly db: SqlDatabase;
  /**
   * Another handle on the same database, as a second process would have: its own pool on PostgreSQL,
   * the same instance on PGlite (which is single-process). Closed by dispose().
   */
  connectAgain(): Promise<SqlDatabase>;
  dispose(): Promise<void>;
}

export interface TestBackend {
  readonly name: 'PGlite' | 'PostgreSQL';
  readonly skipReason: string | undefined;
  open(): Promise<TestDatabaseHandle>;
}

const pglite: TestBackend = {
  name: 'PGlite',
  skipReason: undefined,
  open: async () => {
    const db = await openTestPglite();
    return { db, connectAgain: async () => db, dispose: () => db.close() };
  },
};

const postgres = (databaseUrl: string | null): TestBackend => ({
  name: 'PostgreSQL',
  skipReason: databaseUrl === null ? 'DATABASE_URL is not set' : undefined,
  open: async () => {
    if (databaseUrl === null) throw new Error('DATABASE_URL is not set');
    const database = await createTestDatabase(databaseUrl);
    const pools: SqlDatabase[] = [await openPostgresDatabase(database.url)];
    return {
      db: pools[0] as SqlDatabase,
      connectAgain: async () => {
        const pool = await openPostgresDatabase(database.url);
        pools.push(pool);
        return pool;
      },
      dispose: async () => {
        for (const pool of pools) await pool.close();
        await database.drop();
      },
    };
  },
});

/** PGlite always; PostgreSQL when the run has a server (vitest global setup provides `databaseUrl`). */
export const testBackends = (): readonly TestBackend[] => [pglite, postgres(testDatabaseUrl())];

/** For behaviour that needs concurrent connections, which single-connection PGlite cannot have. */
export const postgresOnly = (): readonly TestBackend[] => [postgres(testDatabaseUrl())];

/**
 * Declares `body` once per backend, each on a fresh database opened in beforeAll; a backend that cannot
 * run is listed as skipped, with the reason in its title.
 */
export const describeEachBackend = (
  title: string,
  body: (database: () => TestDatabaseHandle, backend: TestBackend) => void,
  backends: readonly TestBackend[] = testBackends(),
): void => {
  for (const backend of backends) {
    const suite = backend.skipReason === undefined ? describe : describe.skip;
    const suffix = backend.skipReason === undefined ? '' : ` — SKIPPED: ${backend.skipReason}`;
    suite(`${title} on ${backend.name}${suffix}`, () => {
      let handle: TestDatabaseHandle | null = null;
      beforeAll(async () => {
        handle = await backend.open();
      });
      afterAll(async () => {
        await handle?.dispose();
      });
      body(() => {
        if (handle === null) throw new Error('The test database is opened in beforeAll');
        return handle;
      }, backend);
    });
  }
};
