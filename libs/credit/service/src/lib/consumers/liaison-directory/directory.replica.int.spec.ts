import { PGlite } from '@electric-sql/pglite';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryReplica } from './directory.replica';

const CODE = '91330203MA2H5K7P7A';
const FACTS = { name: '宁波海曙甬创智能制造有限公司', areaCode: '330203102', industry: 'C3491' };

/** Credit's copy of the enterprise directory: a registration, corrections, redeliveries out of order. */
describe('the credit directory replica', () => {
  let db: PgliteDatabase;
  let replica: DirectoryReplica;

  beforeAll(async () => {
    db = new PgliteDatabase(await PGlite.create('memory://'));
    replica = new DirectoryReplica(db);
    await replica.onModuleInit();
  });
  afterAll(() => db.close());

  it('keeps a registration, then changes only the corrected fields', async () => {
    await db.transaction((tx) => replica.registered(tx, CODE.toLowerCase(), FACTS, '2026-01-01T00:00:00Z'));
    await db.transaction((tx) =>
      replica.corrected(tx, CODE, { name: '宁波甬创智造有限公司' }, '2026-02-01T00:00:00Z'),
    );
    expect(await replica.find(CODE)).toEqual({ creditCode: CODE, ...FACTS, name: '宁波甬创智造有限公司' });
    expect(await replica.find('91330212MA2J1C6T17')).toBeNull();
  });

  it('lets no redelivered older event overwrite a newer one', async () => {
    await db.transaction((tx) => replica.registered(tx, CODE, FACTS, '2026-01-01T00:00:00Z'));
    await db.transaction((tx) =>
      replica.corrected(tx, CODE, { areaCode: '330203004' }, '2026-01-15T00:00:00Z'),
    );
    expect(await replica.find(CODE)).toMatchObject({ name: '宁波甬创智造有限公司', areaCode: '330203102' });
  });
});
