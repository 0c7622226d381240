import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describePostgresSettings, freshDatabase } from '../postgres-server';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  createPostgresEventStoreStack,
  openEmbeddedDatabase,
  openPostgresDatabase,
  type PostgresEventStore,
} from '@qinqing/shared/event-store-postgres';

/** One database the benchmark writes to, through the adapter and through plain SQL. */
export interface BenchTarget {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** Server version and the settings that decide what a commit costs. */
  readonly description: string;
  /** How the writers reach the database; printed next to the figures. */
  connectionNote(writers: number): string;
  readonly store: PostgresEventStore;
  /** The database the store writes to. */
  readonly db: SqlDatabase;
  /** Plain SQL straight to the driver, autocommit, no event-store code in between. */
  raw(text: string, params: readonly unknown[]): Promise<unknown>;
  /** Flushes dirty pages between cells so a checkpoint does not land in the middle of one. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/** Embedded PGlite on a fresh on-disk data directory, removed again by close(). */
export const openPgliteTarget = async (pgliteVersion: string): Promise<BenchTarget> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-store-pglite-'));
  try {
    const db = await openEmbeddedDatabase({ dataDir });
    const stack = await createPostgresEventStoreStack(db);
    return {
      name: 'PGlite',
      description: await describePostgresSettings(db, `PGlite ${pgliteVersion} = PostgreSQL`),
      connectionNote: (writers) => (writers > 1 ? `${writers} writers share PGlite's one connection` : ''),
      store: stack.store,
      db,
      // PGlite has one connection, so plain SQL has to go through the same instance as the adapter.
      raw: (text, params) => db.query(text, params),
      checkpoint: async () => {
        await db.query('CHECKPOINT');
      },
      close: async () => {
        try {
          await stack.close();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
};

/** POOL_SIZE connections for the adapter and as many for plain SQL: more than the 8 writers need. */
const POOL_SIZE = 10;

/** A fresh database bench_store_<pid> on the server of `serverUrl`, dropped again by close(). */
export const openPostgresTarget = async (serverUrl: string): Promise<BenchTarget> => {
  const name = `bench_store_${process.pid}`;
  const { url, drop } = await freshDatabase(serverUrl, name);
  try {
    const db = await openPostgresDatabase(url, { maxConnections: POOL_SIZE });
    const stack = await createPostgresEventStoreStack(db);
    const rawPool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
    rawPool.on('error', () => undefined);
    return {
      name: 'PostgreSQL',
      description: await describePostgresSettings(db, `PostgreSQL`),
      connectionNote: (writers) => `pool of ${POOL_SIZE}, ${writers} busy`,
      store: stack.store,
      db,
      raw: (text, params) => rawPool.query(text, [...params]),
      checkpoint: async () => {
        // Needs superuser (or pg_checkpoint); without it the cells simply run without the flush.
        await rawPool.query('CHECKPOINT').catch(() => undefined);
      },
      close: async () => {
        try {
          await rawPool.end();
          await stack.close();
        } finally {
          await drop();
        }
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
};
