import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './create-test-database';

const databaseUrl = inject('databaseUrl');
const suite = databaseUrl === null ? describe.skip : describe;

const databaseExists = async (serverUrl: string, url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const name = new URL(url).pathname.slice(1);
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
};

suite(`createTestDatabase${databaseUrl === null ? ' — SKIPPED: DATABASE_URL is not set' : ''}`, () => {
  it('creates a fresh database per call and drops it even while someone is still connected', async () => {
    const serverUrl = databaseUrl as string;
    const [first, second] = await Promise.all([createTestDatabase(serverUrl), createTestDatabase(serverUrl)]);
    expect(first.url).not.toBe(second.url);
    const lingering = new pg.Client({ connectionString: first.url });
    lingering.on('error', () => undefined);
    await lingering.connect();
    await lingering.query('CREATE TABLE mine (id int)');

    await first.drop();
    await second.drop();

    expect(await databaseExists(serverUrl, first.url)).toBe(false);
    expect(await databaseExists(serverUrl, second.url)).toBe(false);
    await lingering.end().catch(() => undefined);
  });
});
