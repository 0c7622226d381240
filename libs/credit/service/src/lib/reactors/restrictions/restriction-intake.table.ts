import type { RestrictedRecord } from '@qinqing/credit/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The latest facts of each record the restriction reactor has heard of, waiting to be applied to the record's
 * restriction stream. One row per record: later facts replace earlier ones (`facts_at`; a record's events
 * arrive in order, so of two with the same time the later arrival wins), an older one arriving late changes
 * nothing. Each replacement bumps `version`; `applied_version` says which the restriction stream has seen.
 */
const DDL = [
  `CREATE TABLE IF NOT EXISTS credit_restriction_intake (
     document_key text PRIMARY KEY,
     record jsonb NOT NULL,
     facts_at text NOT NULL,
     correlation_id text NOT NULL,
     causation_id text NOT NULL,
     version integer NOT NULL DEFAULT 1,
     applied_version integer
   )`,
  // A repair (信用修复) or a withdrawal (撤销) ends the record's restriction for good.
  'ALTER TABLE credit_restriction_intake ADD COLUMN IF NOT EXISTS end_reason text',
  'ALTER TABLE credit_restriction_intake ADD COLUMN IF NOT EXISTS ended_on text',
  `CREATE INDEX IF NOT EXISTS credit_restriction_intake_pending
     ON credit_restriction_intake (facts_at) WHERE applied_version IS DISTINCT FROM version`,
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

export interface PendingFactsRow extends PendingFacts {
  readonly version: number;
  /** Set once the record is repaired or withdrawn: the restriction is lifted, whatever the facts. */
  readonly end: { readonly reason: 'repaired' | 'record-withdrawn'; readonly on: string } | null;
}

/**
 * Keeps that the record was repaired or withdrawn (in the consumer's inbox transaction): its restriction is to
 * be lifted for good. The record's facts always arrive first (one topic, one key, in order).
 */
export const keepEnd = async (
  tx: SqlExecutor,
  end: {
    readonly documentKey: string;
    readonly reason: 'repaired' | 'record-withdrawn';
    readonly on: string;
    readonly correlationId: string;
    readonly causationId: string;
  },
): Promise<void> => {
  await tx.query(
    `UPDATE credit_restriction_intake SET end_reason = $2, ended_on = $3, correlation_id = $4, causation_id = $5,
       version = version + 1
     WHERE document_key = $1 AND end_reason IS NULL`,
    [end.documentKey, end.reason, end.on, end.correlationId, end.causationId],
  );
};

/** Keeps the record's facts if they are newer than those kept (in the consumer's inbox transaction). */
export const keepFacts = async (tx: SqlExecutor, facts: PendingFacts): Promise<void> => {
  await tx.query(
    `INSERT INTO credit_restriction_intake (document_key, record, facts_at, correlation_id, causation_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (document_key) DO UPDATE SET record = EXCLUDED.record, facts_at = EXCLUDED.facts_at,
       correlation_id = EXCLUDED.correlation_id, causation_id = EXCLUDED.causation_id,
       version = credit_restriction_intake.version + 1
     WHERE credit_restriction_intake.facts_at <= EXCLUDED.facts_at`,
    [facts.documentKey, JSON.stringify(facts.record), facts.factsAt, facts.correlationId, facts.causationId],
  );
};

/** Facts not yet applied, oldest first, a bounded batch. */
export const pendingFacts = async (db: SqlExecutor, limit: number): Promise<PendingFactsRow[]> => {
  const { rows } = await db.query<{
    document_key: string;
    record: RestrictedRecord | string;
    facts_at: string;
    correlation_id: string;
    causation_id: string;
    version: number;
    end_reason: 'repaired' | 'record-withdrawn' | null;
    ended_on: string | null;
  }>(
    `SELECT document_key, record, facts_at, correlation_id, causation_id, version, end_reason, ended_on
     FROM credit_restriction_intake
     WHERE applied_version IS DISTINCT FROM version ORDER BY facts_at LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    documentKey: row.document_key,
    record: typeof row.record === 'string' ? (JSON.parse(row.record) as RestrictedRecord) : row.record,
    factsAt: row.facts_at,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    version: Number(row.version),
    end:
      row.end_reason === null || row.ended_on === null ? null : { reason: row.end_reason, on: row.ended_on },
  }));
};

/** Marks this version applied; facts kept meanwhile (a higher version) stay pending. */
export const markApplied = async (db: SqlExecutor, documentKey: string, version: number): Promise<void> => {
  await db.query(
    'UPDATE credit_restriction_intake SET applied_version = $2 WHERE document_key = $1 AND version = $2',
    [documentKey, version],
  );
};
