import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  /** Connection string of the new database. */
  readonly url: string;
  /** Drops the database, disconnecting whoever is still connected. */
  drop(): Promise<void>;
}

/** CREATE DATABASE copies template1 and fails while another session is connected to it; that passes. */
const OBJECT_IN_USE = '55006';

const withServer = async <T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const createDatabase = async (client: pg.Client, name: string): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${name}"`);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== OBJECT_IN_USE || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
};

/**
 * A fresh, uniquely named database on the server `databaseUrl` points at, so that PostgreSQL suites
 * running at the same time, or on a server other people use, never see each other's rows.
 */
export const createTestDatabase = async (databaseUrl: string): Promise<TestDatabase> => {
  const name = `test_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  await withServer(databaseUrl, (client) => createDatabase(client, name));
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withServer(databaseUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
};
