import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupHealthIndexInputs } from './health-index-inputs.table';
import { repairHealthIndexInputs } from './health-index-repairs';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

/** A database written before corrections counted under their county: repaired once, at start. */
describe('repairs of the health index’s inputs (PGlite)', () => {
  let db: PgliteDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
    await setupHealthIndexInputs(db);
    // Two enterprises in Haishu, one of them moved by a correction to a street of Beilun and kept under its
    // 9-digit code, with a request filed since and a pairing.
    await db.query(`INSERT INTO service_centre_health_enterprises VALUES
      ('91330203MA2H5K7P7A', '330203'), ('91330212MA2J1C6T17', '330206001')`);
    await db.query(
      `INSERT INTO service_centre_health_area_enterprises VALUES ('330203', 1), ('330206001', 1)`,
    );
    await db.query(`INSERT INTO service_centre_health_subjects VALUES ('request:r1', '330206001')`);
    await db.query(
      `INSERT INTO service_centre_health_pairings VALUES ('p1', '330206001', '2026-01-01', NULL)`,
    );
    await db.query(`INSERT INTO service_centre_health_inputs VALUES
      ('2026-H2', '330206', 'repeat-requests', 1, 3), ('2026-H2', '330206001', 'repeat-requests', 0, 1),
      ('2026-H2', '330206001', 'request-timeliness', 1, 1)`);
  });
  afterAll(() => db.close());

  it('moves every town code to its county, adds the counts together, and does it once', async () => {
    await repairHealthIndexInputs(db);
    await db.query(
      `INSERT INTO service_centre_health_inputs VALUES ('2026-H2', '330212001', 'reopen-rate', 0, 1)`,
    );
    await repairHealthIndexInputs(db); // recorded: not applied again

    const rows = async (sql: string) => (await db.query(sql)).rows;
    expect(await rows('SELECT * FROM service_centre_health_enterprises ORDER BY 1')).toEqual([
      { credit_code: '91330203MA2H5K7P7A', area_code: '330203' },
      { credit_code: '91330212MA2J1C6T17', area_code: '330206' },
    ]);
    expect(await rows('SELECT * FROM service_centre_health_area_enterprises ORDER BY 1')).toEqual([
      { area_code: '330203', enterprises: 1 },
      { area_code: '330206', enterprises: 1 },
    ]);
    expect(await rows('SELECT area_code FROM service_centre_health_subjects')).toEqual([
      { area_code: '330206' },
    ]);
    expect(await rows('SELECT area_code FROM service_centre_health_pairings')).toEqual([
      { area_code: '330206' },
    ]);
    expect(
      await rows(
        'SELECT area_code, indicator, numerator, base FROM service_centre_health_inputs ORDER BY 1, 2',
      ),
    ).toEqual([
      { area_code: '330206', indicator: 'repeat-requests', numerator: 1, base: 4 },
      { area_code: '330206', indicator: 'request-timeliness', numerator: 1, base: 1 },
      { area_code: '330212001', indicator: 'reopen-rate', numerator: 0, base: 1 },
    ]);
  });
});
