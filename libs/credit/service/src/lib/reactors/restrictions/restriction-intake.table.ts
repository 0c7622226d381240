import type { RestrictedRecord } from '@qinqing/credit/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The latest facts of each record the restriction reactor has heard of, waiting to be applied to the record's
 * restriction stream. One row per record: a newer fact replaces an older one (`facts_at`), an older one
 * arriving late changes nothing. `applied_facts_at` says which facts the restriction stream has seen.
 */
const DDL = [
  `CREATE TABLE IF NOT EXISTS credit_restriction_intake (
     document_key text PRIMARY KEY,
     record jsonb NOT NULL,
     facts_at text NOT NULL,
     correlation_id text NOT NULL,
     causation_id text NOT NULL,
     applied_facts_at text
   )`,
  `CREATE INDEX IF NOT EXISTS credit_restriction_intake_pending
     ON credit_restriction_intake (facts_at) WHERE applied_facts_at IS DISTINCT FROM facts_at`,
];

export const setupRestrictionIntake = async (db: SqlExecutor): Promise<void> => {
  for (const statement of DDL) await db.query(statement);
};

export interface PendingFacts {
  readonly documentKey: string;
  readonly record: RestrictedRecord;
  readonly factsAt: string;
  readonly correlationId: string;
  readonly causationId: string;
}

/** Keeps the record's facts if they are newer than those kept (in the consumer's inbox transaction). */
export const keepFacts = async (tx: SqlExecutor, facts: PendingFacts): Promise<void> => {
  await tx.query(
    `INSERT INTO credit_restriction_intake (document_key, record, facts_at, correlation_id, causation_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (document_key) DO UPDATE SET record = EXCLUDED.record, facts_at = EXCLUDED.facts_at,
       correlation_id = EXCLUDED.correlation_id, causation_id = EXCLUDED.causation_id
     WHERE credit_restriction_intake.facts_at < EXCLUDED.facts_at`,
    [facts.documentKey, JSON.stringify(facts.record), facts.factsAt, facts.correlationId, facts.causationId],
  );
};

/** Facts not yet applied, oldest first, a bounded batch. */
export const pendingFacts = async (db: SqlExecutor, limit: number): Promise<PendingFacts[]> => {
  const { rows } = await db.query<{
    document_key: string;
    record: RestrictedRecord | string;
    facts_at: string;
    correlation_id: string;
    causation_id: string;
  }>(
    `SELECT document_key, record, facts_at, correlation_id, causation_id FROM credit_restriction_intake
     WHERE applied_facts_at IS DISTINCT FROM facts_at ORDER BY facts_at LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    documentKey: row.document_key,
    record: typeof row.record === 'string' ? (JSON.parse(row.record) as RestrictedRecord) : row.record,
    factsAt: row.facts_at,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
  }));
};

/** Marks these facts applied; newer facts kept meanwhile stay pending. */
export const markApplied = async (db: SqlExecutor, documentKey: string, factsAt: string): Promise<void> => {
  await db.query(
    'UPDATE credit_restriction_intake SET applied_facts_at = $2 WHERE document_key = $1 AND facts_at = $2',
    [documentKey, factsAt],
  );
};
