import { createTestDatabase, type TestDatabase } from '@qinqing/shared/event-store-testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../test-setup/test-backends';
import { holdStartupLock } from './startup-lock';

const databaseUrl = testDatabaseUrl();
const NAME = 'qinqing.test-service.startup';

/** What a replica does at start: create its tables, `IF NOT EXISTS`, on a connection of its own. */
const createTables = async (url: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 20; i++)
      await client.query(`CREATE TABLE IF NOT EXISTS started_${i} (id int PRIMARY KEY, note text)`);
  } finally {
    await client.end();
  }
};

describe.skipIf(databaseUrl === null)('holdStartupLock on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(databaseUrl as string);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('lets the second replica start only once the first has released it', async () => {
    const first = await holdStartupLock(database.url, NAME);
    let secondHolds = false;
    const second = holdStartupLock(database.url, NAME).then((lock) => {
      secondHolds = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(secondHolds).toBe(false);

    await first.release();
    await (await second).release();
    expect(secondHolds).toBe(true);
  });

  it('makes two replicas that start together create the same tables one after the other, without a failure', async () => {
    const start = async () => {
      const lock = await holdStartupLock(database.url, NAME);
      try {
        await createTables(database.url);
      } finally {
        await lock.release();
      }
    };
    const results = await Promise.allSettled([start(), start()]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
