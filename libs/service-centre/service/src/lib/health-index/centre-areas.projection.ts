import type { CentreAreaSet } from '@qinqing/service-centre/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** Each centre's county (from its queue set-up): what the index counts the centre's queue figures under. */
export const CENTRE_AREAS_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_centre_areas (
     centre_id text PRIMARY KEY,
     level text NOT NULL,
     area_code text NOT NULL
   )`,
];

export const centreAreasProjection: Projection = {
  name: 'service-centre-centre-areas',
  eventTypes: ['CentreAreaSet'],
  setup: async (db) => {
    for (const statement of CENTRE_AREAS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM service_centre_centre_areas');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    if (recorded.type !== 'CentreAreaSet') return;
    const { centreId, level, areaCode } = recorded.data as CentreAreaSet['data'];
    await tx.query(
      `INSERT INTO service_centre_centre_areas (centre_id, level, area_code) VALUES ($1, $2, $3)
       ON CONFLICT (centre_id) DO UPDATE SET level = EXCLUDED.level, area_code = EXCLUDED.area_code`,
      [centreId, level, areaCode],
    );
  },
};

export const areaOfCentre = async (db: SqlExecutor, centreId: string): Promise<string | null> => {
  const { rows } = await db.query<{ area_code: string }>(
    'SELECT area_code FROM service_centre_centre_areas WHERE centre_id = $1',
    [centreId],
  );
  return rows[0]?.area_code ?? null;
};
