import type { HonourRecommended } from '@qinqing/party-building/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The recommendations as a table, newest first: a recommendation is one event in its own stream, so without
 * this a list would read every stream. `position` is the event's place in the global log — unique and rising,
 * so it orders the page (`position DESC`, the primary key's index) and is the keyset cursor.
 */
export const HONOURS_RECOMMENDATIONS_DDL = [
  `
CREATE TABLE IF NOT EXISTS party_building_honours_recommendations (
  position bigint PRIMARY KEY,
  recommendation_id text NOT NULL UNIQUE,
  credit_code text NOT NULL,
  enterprise_name text NOT NULL,
  honour text NOT NULL,
  nominee text NOT NULL,
  nominee_position text NOT NULL,
  recorded_on text NOT NULL
)`,
];

export const honoursRecommendationsProjection: Projection = {
  name: 'party-building-honours-recommendations',
  eventTypes: ['HonourRecommended'],
  setup: async (db) => {
    for (const statement of HONOURS_RECOMMENDATIONS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM party_building_honours_recommendations');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    if (recorded.type !== 'HonourRecommended') return;
    const d = recorded.data as HonourRecommended['data'];
    await tx.query(
      `INSERT INTO party_building_honours_recommendations (position, recommendation_id, credit_code,
         enterprise_name, honour, nominee, nominee_position, recorded_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        recorded.globalPosition.toString(),
        d.recommendationId,
        d.creditCode,
        d.enterpriseName,
        d.honour,
        d.nominee,
        d.nomineePosition,
        d.recommendedOn,
      ],
    );
  },
};
