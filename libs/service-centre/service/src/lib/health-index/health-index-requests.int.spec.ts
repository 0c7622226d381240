import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import fc from 'fast-check';
import { inRolledBackTransaction } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateEnterprises, setupHealthIndexInputs } from './health-index-inputs.table';
import { countRequests, type RequestFact } from './health-index-requests';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const CODES = ['91330203MA2H5K7P7A', '91330212MA2J1C6T17', '91330206MA2AB12345'];
const REQUESTS = ['r1', 'r2', 'r3', 'r4'];
const DAYS = ['2026-03-01', '2026-05-20', '2026-06-30', '2026-07-01', '2026-11-02'];

const fact: fc.Arbitrary<RequestFact> = fc.oneof(
  fc.record({
    kind: fc.constant('submitted' as const),
    requestId: fc.constantFrom(...REQUESTS),
    creditCode: fc.constantFrom(...CODES),
    category: fc.constantFrom('labour', 'finance'),
    on: fc.constantFrom(...DAYS),
  }),
  fc.record({
    kind: fc.constant('answered' as const),
    requestId: fc.constantFrom(...REQUESTS),
    on: fc.constantFrom(...DAYS),
    onTime: fc.boolean(),
    resolved: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('reopened' as const),
    requestId: fc.constantFrom(...REQUESTS),
    on: fc.constantFrom(...DAYS),
  }),
  fc.record({
    kind: fc.constant('rated' as const),
    requestId: fc.constantFrom(...REQUESTS),
    on: fc.constantFrom(...DAYS),
    score: fc.constantFrom(100, 80, 60, 0),
  }),
);

/** The health index's request counts: a batch of appeals' events against the same events one by one. */
describe('the health index’s request counts (PGlite)', () => {
  let db: PgliteDatabase;

  const after = (work: (tx: SqlExecutor) => Promise<void>) =>
    inRolledBackTransaction(db, async (tx) => {
      // The first enterprise is in the directory (Beilun); the others count under their credit code's area.
      await locateEnterprises(tx, [{ creditCode: CODES[0] as string, areaCode: '330206' }]);
      await work(tx);
      const rows = async (sql: string) => (await tx.query(sql)).rows;
      return {
        inputs: await rows(
          'SELECT * FROM service_centre_health_inputs ORDER BY period, area_code, indicator',
        ),
        subjects: await rows('SELECT * FROM service_centre_health_subjects ORDER BY subject_id'),
        lasts: await rows('SELECT * FROM service_centre_health_last_requests ORDER BY credit_code, category'),
      };
    });

  beforeAll(async () => {
    db = await openTestPglite();
    await setupHealthIndexInputs(db);
  });
  afterAll(() => db.close());

  it('counts a repeat within the window, the answer’s timeliness and resolution, and the rating, under the filing’s area', async () => {
    const [beilun, zhenhai] = CODES as [string, string];
    expect(
      await after((tx) =>
        countRequests(tx, [
          { kind: 'submitted', requestId: 'r1', creditCode: beilun, category: 'labour', on: '2026-03-01' },
          { kind: 'submitted', requestId: 'r2', creditCode: beilun, category: 'labour', on: '2026-05-20' },
          { kind: 'answered', requestId: 'r1', on: '2026-03-05', onTime: true, resolved: true },
          { kind: 'rated', requestId: 'r1', on: '2026-03-06', score: 100 },
          { kind: 'submitted', requestId: 'r3', creditCode: zhenhai, category: 'labour', on: '2026-07-01' },
          { kind: 'reopened', requestId: 'r9', on: '2026-07-02' },
        ]),
      ),
    ).toMatchObject({
      inputs: [
        { period: '2026-H1', area_code: '330206', indicator: 'reopen-rate', numerator: 0, base: 1 },
        { period: '2026-H1', area_code: '330206', indicator: 'repeat-requests', numerator: 1, base: 2 },
        { period: '2026-H1', area_code: '330206', indicator: 'request-resolution', numerator: 1, base: 1 },
        {
          period: '2026-H1',
          area_code: '330206',
          indicator: 'request-satisfaction',
          numerator: 100,
          base: 1,
        },
        { period: '2026-H1', area_code: '330206', indicator: 'request-timeliness', numerator: 1, base: 1 },
        { period: '2026-H2', area_code: '330212', indicator: 'repeat-requests', numerator: 0, base: 1 },
      ],
    });
  });

  it('a batch counts what its events one by one count, after whatever came before', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fact, { maxLength: 8 }),
        fc.array(fact, { maxLength: 14 }),
        async (earlier, batch) => {
          const together = await after(async (tx) => {
            await countRequests(tx, earlier);
            await countRequests(tx, batch);
          });
          const oneByOne = await after(async (tx) => {
            await countRequests(tx, earlier);
            for (const one of batch) await countRequests(tx, [one]);
          });
          expect(together).toEqual(oneByOne);
        },
      ),
      { numRuns: 80, seed: 20261206 },
    );
  });
});
