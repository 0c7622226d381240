import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase, expectSecondaryIndexesRoundTrip } from '@qinqing/shared/event-store-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { performanceProjection } from './rates/performance.projection';
import { requestsProjection } from './requests/requests.projection';

const databaseUrl = inject('databaseUrl');

describe.each([
  ['PGlite', null],
  ['PostgreSQL', databaseUrl],
])('the appeals read models’ secondary indexes across a rebuild, on %s', (name, url) => {
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
    'the request list’s 15 (the GIN one on name bigrams, the partial ones) come back exactly, from the catalog and from setup',
    async () => {
      expect(await expectSecondaryIndexesRoundTrip(db, requestsProjection)).toBe(15);
    },
  );

  it.skipIf(name === 'PostgreSQL' && url === null)(
    'the rates’ facts tables’ 4 come back exactly, from the catalog and from setup',
    async () => {
      expect(await expectSecondaryIndexesRoundTrip(db, performanceProjection)).toBe(4);
    },
  );
});
