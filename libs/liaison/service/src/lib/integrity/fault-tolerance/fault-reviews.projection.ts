import { faultReviewIdOfStream, type FaultToleranceReviewRecorded } from '@qinqing/liaison/domain';
import type { Projection } from '@qinqing/shared/event-sourcing';

export const FAULT_REVIEWS_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS liaison_fault_reviews (
    review_id TEXT PRIMARY KEY,
    official_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    review JSONB NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS liaison_fault_reviews_by_official ON liaison_fault_reviews (official_id, recorded_at DESC, review_id DESC)',
];

/** Reviews by official, newest first: what the official sees of their own and oversight of anyone's. */
export const faultReviewsProjection: Projection = {
  name: 'liaison-fault-reviews',
  eventTypes: ['FaultToleranceReviewRecorded'],
  setup: async (db) => {
    for (const statement of FAULT_REVIEWS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM liaison_fault_reviews');
  },
  apply: async (recorded, tx) => {
    const reviewId = faultReviewIdOfStream(recorded.streamId);
    if (reviewId === null || recorded.type !== 'FaultToleranceReviewRecorded') return;
    const data = recorded.data as FaultToleranceReviewRecorded['data'];
    await tx.query(
      `INSERT INTO liaison_fault_reviews (review_id, official_id, recorded_at, review) VALUES ($1, $2, $3, $4)
       ON CONFLICT (review_id) DO NOTHING`,
      [reviewId, data.officialId, data.recordedAt, JSON.stringify(data)],
    );
  },
};
