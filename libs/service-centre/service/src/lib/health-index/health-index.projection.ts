import { type HealthIndexPublished, periodOfHealthIndexStream } from '@qinqing/service-centre/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Published snapshots: one row per half year and one per area and half year (its figures as published), read
 * by half year in area order and by area newest first. Written only from `HealthIndexPublished`, so a rebuild
 * from the log gives the same rows.
 */
export const HEALTH_INDEX_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_health_index_periods (
     period text PRIMARY KEY,
     methodology_version text NOT NULL,
     published_on text NOT NULL,
     areas integer NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS service_centre_health_index_areas (
     period text NOT NULL,
     area_code text NOT NULL,
     methodology_version text NOT NULL,
     published_on text NOT NULL,
     figures jsonb NOT NULL,
     PRIMARY KEY (period, area_code)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_health_index_by_area
     ON service_centre_health_index_areas (area_code, period DESC)`,
];

export const healthIndexProjection: Projection = {
  name: 'service-centre-health-index',
  eventTypes: ['HealthIndexPublished'],
  setup: async (db) => {
    for (const statement of HEALTH_INDEX_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM service_centre_health_index_areas');
    await tx.query('DELETE FROM service_centre_health_index_periods');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    if (periodOfHealthIndexStream(recorded.streamId) === null || recorded.type !== 'HealthIndexPublished')
      return;
    const { period, methodologyVersion, publishedOn, areas } = recorded.data as HealthIndexPublished['data'];
    await tx.query(
      `INSERT INTO service_centre_health_index_periods (period, methodology_version, published_on, areas)
       VALUES ($1, $2, $3, $4) ON CONFLICT (period) DO NOTHING`,
      [period, methodologyVersion, publishedOn, areas.length],
    );
    for (const area of areas) {
      await tx.query(
        `INSERT INTO service_centre_health_index_areas
           (period, area_code, methodology_version, published_on, figures)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (period, area_code) DO NOTHING`,
        [period, area.areaCode, methodologyVersion, publishedOn, JSON.stringify(area.figures)],
      );
    }
  },
};
