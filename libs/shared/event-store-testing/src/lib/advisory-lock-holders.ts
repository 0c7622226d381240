import pg from 'pg';

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/**
 * The server processes holding the lease `name` in the database `url` points at, as `pg_locks` shows them: the
 * advisory lock on `hashtextextended(name, 0)`, the key `PostgresAdvisoryLeases` takes (pg_locks splits the
 * 64-bit key into classid, the high half, and objid).
 */
export const advisoryLockHolders = (url: string, name: string): Promise<number[]> =>
  withClient(url, async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND objsubid = 1
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)`,
      [name],
    );
    return rows.map((row) => row.pid);
  });

/** Ends a server process as an operator would (`pg_terminate_backend`): its session and locks go at once. */
export const terminateBackend = (url: string, pid: number): Promise<void> =>
  withClient(url, async (client) => {
    await client.query('SELECT pg_terminate_backend($1)', [pid]);
  });
