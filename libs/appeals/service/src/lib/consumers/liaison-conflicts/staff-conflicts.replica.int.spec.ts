import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffConflictsReplica } from './staff-conflicts.replica';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const A = '91350100M000100Y43';
const B = '91350582MA21111143';
const RELATION = '01960000-0000-7000-8000-0000000000d1';
const OTHER_RELATION = '01960000-0000-7000-8000-0000000000d2';
const RECUSAL = '01960000-0000-7000-8000-0000000000e1';
const AT = '2026-09-20T02:00:00.000Z';

/** Appeals' copy of liaison's conflicts: what a declaration, a withdrawal and a recusal leave for one account. */
describe('the staff conflicts replica', () => {
  let db: PgliteDatabase;
  let replica: StaffConflictsReplica;

  beforeAll(async () => {
    db = await openTestPglite();
    replica = new StaffConflictsReplica(db);
    await replica.onModuleInit();
  });
  afterAll(() => db.close());

  it('keeps a declared relation’s enterprises, replaced on redelivery, lifted by its withdrawal only', async () => {
    await db.transaction((tx) => replica.declared(tx, 'h1', RELATION, [A, B.toLowerCase()], AT));
    await db.transaction((tx) => replica.declared(tx, 'h1', RELATION, [A, B], AT));
    await db.transaction((tx) => replica.declared(tx, 'h1', OTHER_RELATION, [A], AT));
    expect(await replica.of('h1')).toEqual([
      { staffId: 'h1', creditCode: A, basis: 'declared-tie' },
      { staffId: 'h1', creditCode: A, basis: 'declared-tie' },
      { staffId: 'h1', creditCode: B, basis: 'declared-tie' },
    ]);
    await db.transaction((tx) => replica.withdrawn(tx, 'h1', RELATION));
    expect(await replica.of('h1')).toEqual([{ staffId: 'h1', creditCode: A, basis: 'declared-tie' }]);
    expect(await replica.of('someone-else')).toEqual([]);
  });

  it('keeps a recusal, which a withdrawal of the same id does not lift', async () => {
    await db.transaction((tx) => replica.recusal(tx, 'h2', RECUSAL, B, AT));
    await db.transaction((tx) => replica.recusal(tx, 'h2', RECUSAL, B, AT));
    await db.transaction((tx) => replica.withdrawn(tx, 'h2', RECUSAL));
    expect(await replica.of('h2')).toEqual([{ staffId: 'h2', creditCode: B, basis: 'recusal' }]);
  });

  it('gives pages a remembered copy that every replicated change replaces at once', async () => {
    expect(await replica.recentOf('h3')).toEqual([]);
    await db.transaction((tx) => replica.declared(tx, 'h3', RELATION, [A], AT));
    expect(await replica.recentOf('h3')).toEqual([{ staffId: 'h3', creditCode: A, basis: 'declared-tie' }]);
    await db.transaction((tx) => replica.recusal(tx, 'h3', RECUSAL, B, AT));
    expect(await replica.recentOf('h3')).toEqual(await replica.of('h3'));
    expect(await replica.recentOf('h3')).toHaveLength(2);
    await db.transaction((tx) => replica.withdrawn(tx, 'h3', RELATION));
    expect(await replica.recentOf('h3')).toEqual([{ staffId: 'h3', creditCode: B, basis: 'recusal' }]);
  });

  it('answers one account from the primary key, without reading the table whole', async () => {
    await db.query(
      `INSERT INTO appeals_staff_conflicts (account_id, credit_code, source_id, basis, since)
       SELECT 'account-' || n, $1, 'source-' || n, 'declared-tie', now() FROM generate_series(1, 5000) AS n`,
      [A],
    );
    await db.query('ANALYZE appeals_staff_conflicts');
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(
      "EXPLAIN SELECT credit_code, basis FROM appeals_staff_conflicts WHERE account_id = 'h1' ORDER BY credit_code",
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).not.toMatch(/Seq Scan/u);
  });
});
