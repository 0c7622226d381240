import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import fc from 'fast-check';
import { inRolledBackTransaction } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCoverage, applyCoverages, COVERAGE_DDL, type CoverageChange } from './enterprise-coverage';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const CODES = ['91330203MA2H5K7P7A', '91330212MA2J1C6T17', '91330206MA2AB12345', '91330281MA2CD67890'];

const change = fc.record<CoverageChange>({
  creditCode: fc.constantFrom(...CODES),
  patch: fc.oneof(
    fc.record({
      directory: fc.record(
        {
          name: fc.constantFrom('宁波甬创智造有限公司', '宁波北仑港城物流有限公司'),
          areaCode: fc.constantFrom('330203102', '330212001', '330206', '330281004'),
          industry: fc.constantFrom('C3491', 'C3511', 'I6510', 'F5123'),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ organisation: fc.record({ organised: fc.boolean(), worked: fc.boolean() }) }),
  ),
});

/** Both tables as they stand, in key order. */
const tables = async (tx: SqlExecutor) => ({
  enterprises: (
    await tx.query(
      `SELECT credit_code, name, county_code, industry_section, in_directory, organised, worked
       FROM party_building_enterprises ORDER BY credit_code`,
    )
  ).rows,
  coverage: (
    await tx.query(
      `SELECT county_code, industry_section, enterprises, organised, worked FROM party_building_coverage
       WHERE enterprises <> 0 OR organised <> 0 OR worked <> 0 ORDER BY county_code, industry_section`,
    )
  ).rows,
});

describe('coverage rows and counts (PGlite)', () => {
  let db: PgliteDatabase;

  /** The tables after `work`, in a transaction then rolled back: each run starts from empty tables. */
  const after = (work: (tx: SqlExecutor) => Promise<void>) =>
    inRolledBackTransaction(db, async (tx) => {
      await work(tx);
      return tables(tx);
    });

  beforeAll(async () => {
    db = await openTestPglite();
    for (const statement of COVERAGE_DDL) await db.query(statement);
  });
  afterAll(() => db.close());

  it('counts an enterprise under its county and section, and moves it when a correction moves it', async () => {
    const [a, b] = CODES as [string, string];
    const result = await after((tx) =>
      applyCoverages(tx, [
        { creditCode: a, patch: { directory: { name: '甲', areaCode: '330203102', industry: 'C3491' } } },
        { creditCode: b, patch: { directory: { name: '乙', areaCode: '330203004', industry: 'C3511' } } },
        { creditCode: a, patch: { organisation: { organised: true, worked: true } } },
        { creditCode: a, patch: { directory: { areaCode: '330212001' } } },
      ]),
    );

    expect(result?.coverage).toEqual([
      { county_code: '330203', industry_section: 'C', enterprises: 1, organised: 0, worked: 0 },
      { county_code: '330212', industry_section: 'C', enterprises: 1, organised: 1, worked: 1 },
    ]);
  });

  it('a batch of changes leaves the rows and counts that applying them one by one leaves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 14 }), async (changes) => {
        const together = await after((tx) => applyCoverages(tx, changes));
        const oneByOne = await after(async (tx) => {
          for (const { creditCode, patch } of changes) await applyCoverage(tx, creditCode, patch);
        });
        expect(together).toEqual(oneByOne);
      }),
      { numRuns: 60, seed: 2026_12_06 },
    );
  });
});
