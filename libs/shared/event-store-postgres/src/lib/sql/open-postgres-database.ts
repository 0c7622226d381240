import pg from 'pg';
import { PgDatabase } from './pg-database';

export interface PostgresDatabaseOptions {
  /** Pool size; node-postgres defaults to 10. */
  readonly maxConnections?: number;
  /** An idle pooled connection failed (server restart, network); the pool has already discarded it. */
  readonly onIdleConnectionError?: (error: Error) => void;
}

/**
 * Opens a pool on PostgreSQL and checks that the server answers, so a wrong URL fails at start-up rather
 * than at the first request.
 */
export const openPostgresDatabase = async (
  connectionString: string,
  options: PostgresDatabaseOptions = {},
): Promise<PgDatabase> => {
  const pool = new pg.Pool({
    connectionString,
    ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
  });
  // Without a listener an idle client's error event would crash the process.
  pool.on('error', (error) => options.onIdleConnectionError?.(error));
  const db = new PgDatabase(pool);
  try {
    await db.query('SELECT 1');
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
};
