import type { SqlDatabase } from '@qinqing/shared/event-sourcing';

/** A town or street's 9-digit GB/T 2260 code, where the index keeps counties (6 digits). */
const TOWN_CODE = `area_code ~ '^[0-9]{9}$'`;

/**
 * One-off repairs of the health index's inputs, each applied once per database and recorded, at start before
 * the consumer takes events. `2026-12-06-county-of-a-correction`: until then a directory correction that moved an
 * enterprise put it under the correction's code as given — a town or street (9 digits) — where a registration puts
 * it under its county; requests and pairings filed for it since counted under that code too. The repair moves
 * every such row to its county and counts each county's enterprises again.
 */
const REPAIRS: readonly { readonly name: string; readonly statements: readonly string[] }[] = [
  {
    name: '2026-12-06-county-of-a-correction',
    statements: [
      `INSERT INTO service_centre_health_inputs (period, area_code, indicator, numerator, base)
       SELECT period, left(area_code, 6), indicator, sum(numerator), sum(base)
       FROM service_centre_health_inputs WHERE ${TOWN_CODE} GROUP BY 1, 2, 3
       ON CONFLICT (period, area_code, indicator)
       DO UPDATE SET numerator = service_centre_health_inputs.numerator + EXCLUDED.numerator,
                     base = service_centre_health_inputs.base + EXCLUDED.base`,
      `DELETE FROM service_centre_health_inputs WHERE ${TOWN_CODE}`,
      `UPDATE service_centre_health_subjects SET area_code = left(area_code, 6) WHERE ${TOWN_CODE}`,
      `UPDATE service_centre_health_pairings SET area_code = left(area_code, 6) WHERE ${TOWN_CODE}`,
      `UPDATE service_centre_health_enterprises SET area_code = left(area_code, 6) WHERE ${TOWN_CODE}`,
      'DELETE FROM service_centre_health_area_enterprises',
      `INSERT INTO service_centre_health_area_enterprises (area_code, enterprises)
       SELECT area_code, count(*) FROM service_centre_health_enterprises GROUP BY area_code`,
    ],
  },
];

/**
 * Applies the repairs this database has not had, each in one transaction with its record (a second process
 * starting at once waits on the record's key, then finds it there and skips).
 */
export const repairHealthIndexInputs = async (db: SqlDatabase): Promise<void> => {
  await db.query(
    `CREATE TABLE IF NOT EXISTS service_centre_health_repairs (
       name text PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  for (const repair of REPAIRS)
    await db.transaction(async (tx) => {
      const { rows } = await tx.query(
        'INSERT INTO service_centre_health_repairs (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name',
        [repair.name],
      );
      if (rows.length === 0) return;
      for (const statement of repair.statements) await tx.query(statement);
    });
};
