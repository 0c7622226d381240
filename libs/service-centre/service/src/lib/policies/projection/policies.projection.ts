import { policyIdOfStream, type PolicyDetails, type PolicyEvent } from '@qinqing/service-centre/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { matchDirectory } from '../matching/policy-matching.sql';
import { POLICY_NOTICE_QUEUE_DDL, queueSweep } from '../notices/policy-notice-queue.table';

/**
 * The policy library as tables: one row per policy (newest first by id, which sorts by creation), and one row
 * per (policy, enterprise) match — the push's delivery record, read as the enterprise's message box (by credit
 * code) and as the staff call list (by policy). A match keeps the directory facts it was made on, so its
 * explanation is built from the row; an excluded match keeps the restriction record that left it out. A
 * publication also queues the sweep that lists the offered enterprises for their SMS notice (notices/).
 */
export const POLICIES_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_policies (
     policy_id text PRIMARY KEY,
     title text NOT NULL,
     issuing_body text NOT NULL,
     document_number text NOT NULL,
     effective_on text NOT NULL,
     expires_on text,
     summary text NOT NULL,
     full_text text NOT NULL,
     benefits jsonb NOT NULL,
     criteria jsonb NOT NULL,
     status text NOT NULL,
     published_on text,
     matched_count integer,
     excluded_count integer,
     updated_at timestamptz NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_policies_by_status ON service_centre_policies (status, policy_id)`,
  `CREATE TABLE IF NOT EXISTS service_centre_policy_matches (
     policy_id text NOT NULL,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     industry text NOT NULL,
     size text,
     area_code text NOT NULL,
     tags text[] NOT NULL,
     matched_at timestamptz NOT NULL,
     restriction_id text,
     restriction_document_number text,
     restriction_kind text,
     restriction_authority text,
     restriction_ends_on text,
     PRIMARY KEY (policy_id, credit_code)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_policy_matches_by_enterprise
     ON service_centre_policy_matches (credit_code, policy_id)`,
  ...POLICY_NOTICE_QUEUE_DDL,
];

const writeDetails = (tx: SqlExecutor, policyId: string, details: PolicyDetails, at: string) =>
  tx.query(
    `INSERT INTO service_centre_policies (policy_id, title, issuing_body, document_number, effective_on, expires_on,
       summary, full_text, benefits, criteria, status, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', $11)
     ON CONFLICT (policy_id) DO UPDATE SET title = excluded.title, issuing_body = excluded.issuing_body,
       document_number = excluded.document_number, effective_on = excluded.effective_on,
       expires_on = excluded.expires_on, summary = excluded.summary, full_text = excluded.full_text,
       benefits = excluded.benefits, criteria = excluded.criteria, updated_at = excluded.updated_at`,
    [
      policyId,
      details.title,
      details.issuingBody,
      details.documentNumber,
      details.effectiveOn,
      details.expiresOn,
      details.summary,
      details.fullText,
      JSON.stringify(details.benefits),
      JSON.stringify(details.criteria),
      at,
    ],
  );

export const policiesProjection: Projection = {
  name: 'service-centre-policies',
  eventTypes: ['PolicyDrafted', 'PolicyEdited', 'PolicyPublished', 'PolicyWithdrawn'],
  setup: async (db) => {
    for (const statement of POLICIES_DDL) await db.query(statement);
  },
  // The notice queue stays: what was listed is in the notices streams, and a sweep queued again would list nothing.
  reset: async (tx) => {
    await tx.query('DELETE FROM service_centre_policy_matches');
    await tx.query('DELETE FROM service_centre_policies');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const policyId = policyIdOfStream(recorded.streamId);
    if (policyId === null) return;
    const event = { type: recorded.type, data: recorded.data } as PolicyEvent;
    switch (event.type) {
      case 'PolicyDrafted':
        await writeDetails(tx, policyId, event.data.details, event.data.draftedAt);
        return;
      case 'PolicyEdited':
        await writeDetails(tx, policyId, event.data.details, event.data.editedAt);
        return;
      case 'PolicyPublished': {
        const { details, publishedOn, publishedAt } = event.data;
        await writeDetails(tx, policyId, details, publishedAt);
        const counts = await matchDirectory(tx, policyId, details.criteria, publishedOn, publishedAt);
        await tx.query(
          `UPDATE service_centre_policies SET status = 'published', published_on = $2, matched_count = $3,
             excluded_count = $4 WHERE policy_id = $1`,
          [policyId, publishedOn, counts.matched, counts.excluded],
        );
        const cause = { correlationId: recorded.metadata.correlationId, causationId: recorded.eventId };
        await queueSweep(tx, policyId, cause, publishedAt);
        return;
      }
      case 'PolicyWithdrawn':
        await tx.query(
          `UPDATE service_centre_policies SET status = 'withdrawn', updated_at = $2 WHERE policy_id = $1`,
          [policyId, event.data.withdrawnAt],
        );
        return;
      default:
        return;
    }
  },
};
