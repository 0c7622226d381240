import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import fc from 'fast-check';
import { inRolledBackTransaction } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EnterpriseLocation,
  locateEnterprises,
  setupHealthIndexInputs,
} from './health-index-inputs.table';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const CODES = ['91330203MA2H5K7P7A', '91330212MA2J1C6T17', '91330206MA2AB12345'];
const COUNTIES = ['330203', '330212', '330206'];

/** Where the health index counts enterprises: a batch of the directory against the same events one by one. */
describe('the health index’s enterprise counties (PGlite)', () => {
  let db: PgliteDatabase;

  /** Both tables after `work`, rolled back: each run starts from empty tables. */
  const after = (work: (tx: SqlExecutor) => Promise<void>) =>
    inRolledBackTransaction(db, async (tx) => {
      await work(tx);
      return {
        enterprises: (await tx.query('SELECT * FROM service_centre_health_enterprises ORDER BY credit_code'))
          .rows,
        counties: (
          await tx.query(
            'SELECT * FROM service_centre_health_area_enterprises WHERE enterprises <> 0 ORDER BY area_code',
          )
        ).rows,
      };
    });

  beforeAll(async () => {
    db = await openTestPglite();
    await setupHealthIndexInputs(db);
  });
  afterAll(() => db.close());

  it('counts each enterprise in its county, and moves the count when it moves', async () => {
    const [a, b] = CODES as [string, string];
    expect(
      await after((tx) =>
        locateEnterprises(tx, [
          { creditCode: a, areaCode: '330203' },
          { creditCode: b, areaCode: '330203' },
          { creditCode: a, areaCode: '330212' },
          { creditCode: b, areaCode: '330203' },
        ]),
      ),
    ).toMatchObject({
      counties: [
        { area_code: '330203', enterprises: 1 },
        { area_code: '330212', enterprises: 1 },
      ],
    });
  });

  it('a batch leaves what locating its enterprises one by one leaves', async () => {
    const location = fc.record<EnterpriseLocation>({
      creditCode: fc.constantFrom(...CODES),
      areaCode: fc.constantFrom(...COUNTIES),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(location, { maxLength: 12 }), async (locations) => {
        const together = await after((tx) => locateEnterprises(tx, locations));
        const oneByOne = await after(async (tx) => {
          for (const one of locations) await locateEnterprises(tx, [one]);
        });
        expect(together).toEqual(oneByOne);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
