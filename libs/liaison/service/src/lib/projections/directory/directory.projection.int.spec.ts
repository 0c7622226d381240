import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase, expectSecondaryIndexesRoundTrip } from '@qinqing/shared/event-store-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { directoryProjection } from './directory.projection';

const databaseUrl = inject('databaseUrl');

describe.each([
  ['PGlite', null],
  ['PostgreSQL', databaseUrl],
])('the liaison directory’s secondary indexes across a rebuild, on %s', (name, url) => {
  let db: SqlDatabase;
  let drop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (name === 'PostgreSQL') {
      if (url === null) return;
      const database = await createTestDatabase(url);
      db = await openPostgresDatabase(database.url);
      drop = () => database.drop();
    } else db = new PgliteDatabase(await PGlite.create('memory://'));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await drop();
  });

  it.skipIf(name === 'PostgreSQL' && url === null)(
    'its 10 (the GIN one on tags, the one on the name in collation "C") come back exactly, from the catalog and from setup',
    async () => {
      expect(await expectSecondaryIndexesRoundTrip(db, directoryProjection)).toBe(10);
    },
  );
});
