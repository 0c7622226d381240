import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import pg from 'pg';

/** Runs `work` on a connection of its own to the server of `serverUrl` (e.g. its maintenance database). */
export const onServer = async <T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const runOnServer = async (serverUrl: string, statement: string): Promise<void> => {
  await onServer(serverUrl, (client) => client.query(statement));
};

/**
 * A fresh, empty database `name` on the server of `serverUrl` (one left by a crashed run is dropped first);
 * `drop()` removes it again.
 */
export const freshDatabase = async (
  serverUrl: string,
  name: string,
): Promise<{ readonly url: string; drop(): Promise<void> }> => {
  const drop = () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await drop();
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
};

/** Server version and the settings that decide what a commit costs, after `prefix` ("PostgreSQL", …). */
export const describePostgresSettings = async (db: SqlDatabase, prefix: string): Promise<string> => {
  const { rows } = await db.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
     WHERE name IN ('server_version', 'fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers')
     ORDER BY name`,
  );
  const setting = (name: string): string => rows.find((row) => row.name === name)?.setting ?? '?';
  return (
    `${prefix} ${setting('server_version')} (fsync=${setting('fsync')}, ` +
    `synchronous_commit=${setting('synchronous_commit')}, wal_sync_method=${setting('wal_sync_method')})`
  );
};
