import pg from 'pg';

/** Held while one replica creates its tables; `release` lets the next one start. */
export interface StartupLock {
  release(): Promise<void>;
}

/** How long a replica waits for another's start before it gives up (and its supervisor starts it again). */
const STARTUP_WAIT = '120s';

/**
 * Makes the replicas of one service start one after the other: `pg_advisory_lock` (waiting) on a connection of
 * its own, held from before the migrations until every table the app creates at start exists. PostgreSQL does
 * not let two sessions create the same table at once — of two concurrent `CREATE TABLE IF NOT EXISTS`, one
 * fails on a unique index of its catalog (pg_type) — and compose starts a service's replicas together.
 */
export const holdStartupLock = async (connectionString: string, name: string): Promise<StartupLock> => {
  const client = new pg.Client({ connectionString, application_name: 'qinqing-startup' });
  // An error after the lock is released (the connection ends) has nothing to stop.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`SET lock_timeout = '${STARTUP_WAIT}'`);
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  let released: Promise<void> | null = null;
  // Ending the session releases the lock.
  return { release: () => (released ??= client.end().catch(() => undefined)) };
};
