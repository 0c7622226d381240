import {
  EnterpriseDetailsCorrectedV1,
  type EnterpriseDirectoryEvent,
  EnterpriseRegisteredV1,
} from '@qinqing/liaison/contracts';
import { toCloudEvent } from '@qinqing/shared/contracts-kit';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { inRolledBackTransaction } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryReplica } from './directory.replica';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const CODE = '91330203MA2H5K7P7A';
const OTHER = '91330212MA2J1C6T17';
const FACTS = { name: '宁波海曙甬创智能制造有限公司', areaCode: '330203102', industry: 'C3491' };

const registered = (creditCode: string, facts: typeof FACTS, at: string): EnterpriseDirectoryEvent =>
  toCloudEvent(EnterpriseRegisteredV1, {
    id: randomUUID(),
    subject: creditCode,
    time: at,
    data: {
      creditCode,
      ...facts,
      employees: 80,
      revenue: 6_000,
      assets: null,
      chambers: [],
      tags: [],
      size: null,
      registeredAt: at,
    },
  });

const corrected = (
  creditCode: string,
  changes: Partial<typeof FACTS>,
  at: string,
): EnterpriseDirectoryEvent =>
  toCloudEvent(EnterpriseDetailsCorrectedV1, {
    id: randomUUID(),
    subject: creditCode,
    time: at,
    data: { creditCode, changes, size: null, correctedAt: at },
  });

/** Credit's copy of the enterprise directory: a registration, corrections, batches, redeliveries out of order. */
describe('the credit directory replica', () => {
  let db: PgliteDatabase;
  let replica: DirectoryReplica;

  beforeAll(async () => {
    db = await openTestPglite();
    replica = new DirectoryReplica(db);
    await replica.onModuleInit();
  });
  afterAll(() => db.close());

  it('keeps a registration, then changes only the corrected fields', async () => {
    await db.transaction((tx) =>
      replica.apply(tx, [registered(CODE.toLowerCase(), FACTS, '2026-01-01T00:00:00Z')]),
    );
    await db.transaction((tx) =>
      replica.apply(tx, [corrected(CODE, { name: '宁波甬创智造有限公司' }, '2026-02-01T00:00:00Z')]),
    );
    expect(await replica.find(CODE)).toEqual({ creditCode: CODE, ...FACTS, name: '宁波甬创智造有限公司' });
    expect(await replica.find(OTHER)).toBeNull();
  });

  it('lets no redelivered older event overwrite a newer one', async () => {
    await db.transaction((tx) => replica.apply(tx, [registered(CODE, FACTS, '2026-01-01T00:00:00Z')]));
    await db.transaction((tx) =>
      replica.apply(tx, [corrected(CODE, { areaCode: '330203004' }, '2026-01-15T00:00:00Z')]),
    );
    expect(await replica.find(CODE)).toMatchObject({ name: '宁波甬创智造有限公司', areaCode: '330203102' });
  });

  it('applies a batch with two corrections of one enterprise as if one by one, each keeping the other’s fields', async () => {
    await db.transaction((tx) =>
      replica.apply(tx, [
        registered(OTHER, { ...FACTS, name: '宁波北仑港城物流有限公司' }, '2026-03-01T00:00:00Z'),
        corrected(OTHER, { name: '宁波北仑港城供应链有限公司' }, '2026-03-02T00:00:00Z'),
        corrected(CODE, { industry: 'C3492' }, '2026-03-02T00:00:00Z'),
        corrected(OTHER, { areaCode: '330206001' }, '2026-03-03T00:00:00Z'),
      ]),
    );

    expect(await replica.find(OTHER)).toEqual({
      creditCode: OTHER,
      name: '宁波北仑港城供应链有限公司',
      areaCode: '330206001',
      industry: 'C3491',
    });
    expect(await replica.find(CODE)).toMatchObject({ name: '宁波甬创智造有限公司', industry: 'C3492' });
  });

  it('a batch leaves the rows that applying its events one by one leaves', async () => {
    const rows = (work: (tx: SqlExecutor) => Promise<void>) =>
      inRolledBackTransaction(db, async (tx) => {
        await work(tx);
        return (await tx.query('SELECT * FROM credit_directory ORDER BY credit_code')).rows;
      });
    const code = fc.constantFrom(CODE, OTHER, '91330206MA2AB12345');
    const at = fc.integer({ min: 1, max: 28 }).map((d) => `2027-01-${String(d).padStart(2, '0')}T00:00:00Z`);
    const event = fc.oneof(
      fc
        .tuple(code, fc.constantFrom('甲有限公司', '乙有限公司'), at)
        .map(([c, name, time]) => registered(c, { ...FACTS, name }, time)),
      fc
        .tuple(
          code,
          fc.record(
            {
              name: fc.constantFrom('丙有限公司', '丁有限公司'),
              areaCode: fc.constantFrom('330212001', '330206'),
              industry: fc.constantFrom('C3511', 'I6510'),
            },
            { requiredKeys: [] },
          ),
          at,
        )
        .map(([c, changes, time]) => corrected(c, changes, time)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 12 }), async (events) => {
        const together = await rows((tx) => replica.apply(tx, events));
        const oneByOne = await rows(async (tx) => {
          for (const e of events) await replica.apply(tx, [e]);
        });
        expect(together).toEqual(oneByOne);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
