import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * What the notices pass has to do, written in the transactions that find it: a sweep per published policy (by
 * the policies projection, with the matches) and the enterprises offered a policy on arrival (by the directory
 * consumer, with their matches). A command cannot append in those transactions (the event store writes in its
 * own), so the pass appends later. The policy's notices stream is the truth of what was listed; `after_code` is
 * the pass's note of where the sweep got to, and an arrival's `batch` the idempotency key of the append that
 * lists it, given before the append so a crash in between appends it again under the same key — once.
 */
export const POLICY_NOTICE_QUEUE_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_policy_notice_sweeps (
     policy_id text PRIMARY KEY,
     after_code text NOT NULL DEFAULT '',
     correlation_id text NOT NULL,
     causation_id text NOT NULL,
     queued_at timestamptz NOT NULL,
     ended_at timestamptz
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_policy_notice_sweeps_open
     ON service_centre_policy_notice_sweeps (queued_at) WHERE ended_at IS NULL`,
  `CREATE TABLE IF NOT EXISTS service_centre_policy_notice_arrivals (
     policy_id text NOT NULL,
     credit_code text NOT NULL,
     correlation_id text NOT NULL,
     causation_id text NOT NULL,
     queued_at timestamptz NOT NULL,
     batch text,
     listed_at timestamptz,
     PRIMARY KEY (policy_id, credit_code)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_policy_notice_arrivals_pending
     ON service_centre_policy_notice_arrivals (batch, queued_at) WHERE listed_at IS NULL`,
];

/** The event that caused the work, for the metadata of what the pass appends. */
export interface NoticeCause {
  readonly correlationId: string;
  readonly causationId: string;
}

/** A published policy's sweep, once (a rebuild of the projection finds it there and leaves it). */
export const queueSweep = async (
  tx: SqlExecutor,
  policyId: string,
  cause: NoticeCause,
  at: string,
): Promise<void> => {
  await tx.query(
    `INSERT INTO service_centre_policy_notice_sweeps (policy_id, correlation_id, causation_id, queued_at)
     VALUES ($1, $2, $3, $4) ON CONFLICT (policy_id) DO NOTHING`,
    [policyId, cause.correlationId, cause.causationId, at],
  );
};

/** The policies an arriving enterprise is newly offered, and the event that caused it. */
export interface Arrival {
  readonly creditCode: string;
  readonly policyIds: readonly string[];
  readonly cause: NoticeCause;
}

/**
 * Enterprises newly offered these policies on arrival, in one statement. Once per (policy, enterprise): a
 * correction that takes it out of a policy's criteria and back in later does not tell it again.
 */
export const queueArrivals = async (
  tx: SqlExecutor,
  arrivals: readonly Arrival[],
  at: string,
): Promise<void> => {
  const rows = arrivals.flatMap((arrival) => arrival.policyIds.map((policyId) => ({ policyId, arrival })));
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO service_centre_policy_notice_arrivals (policy_id, credit_code, correlation_id, causation_id,
       queued_at)
     SELECT policy_id, credit_code, correlation_id, causation_id, $5
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       AS a(policy_id, credit_code, correlation_id, causation_id)
     ON CONFLICT (policy_id, credit_code) DO NOTHING`,
    [
      rows.map((r) => r.policyId),
      rows.map((r) => r.arrival.creditCode),
      rows.map((r) => r.arrival.cause.correlationId),
      rows.map((r) => r.arrival.cause.causationId),
      at,
    ],
  );
};

export interface OpenSweep extends NoticeCause {
  readonly policyId: string;
  readonly after: string;
}

export const openSweeps = async (db: SqlExecutor, limit: number): Promise<OpenSweep[]> => {
  const { rows } = await db.query<{
    policy_id: string;
    after_code: string;
    correlation_id: string;
    causation_id: string;
  }>(
    `SELECT policy_id, after_code, correlation_id, causation_id FROM service_centre_policy_notice_sweeps
     WHERE ended_at IS NULL ORDER BY queued_at, policy_id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    policyId: r.policy_id,
    after: r.after_code,
    correlationId: r.correlation_id,
    causationId: r.causation_id,
  }));
};

/** The pass's note of the sweep after an append (or after finding the stream ahead of its note). */
export const noteSweep = async (
  db: SqlExecutor,
  policyId: string,
  after: string,
  endedAt: string | null,
): Promise<void> => {
  await db.query(
    `UPDATE service_centre_policy_notice_sweeps SET after_code = $2, ended_at = $3 WHERE policy_id = $1`,
    [policyId, after, endedAt],
  );
};

/**
 * A page of the enterprises a policy is offered to now (matched and not excluded), above `after` in credit-code
 * order, by the matches' primary key; one more than `limit` tells whether the page is the last.
 */
export const offeredPage = async (
  db: SqlExecutor,
  policyId: string,
  after: string,
  limit: number,
): Promise<{ readonly creditCodes: string[]; readonly last: boolean }> => {
  const { rows } = await db.query<{ credit_code: string }>(
    `SELECT credit_code FROM service_centre_policy_matches
     WHERE policy_id = $1 AND credit_code > $2 AND restriction_id IS NULL
     ORDER BY credit_code LIMIT $3`,
    [policyId, after, limit + 1],
  );
  return { creditCodes: rows.slice(0, limit).map((r) => r.credit_code), last: rows.length <= limit };
};

export interface ArrivalBatch extends NoticeCause {
  readonly batch: string;
  readonly policyId: string;
  readonly creditCodes: string[];
}

const BATCH_COLUMNS = `batch, policy_id, array_agg(credit_code ORDER BY credit_code) AS credit_codes,
  min(correlation_id) AS correlation_id, min(causation_id) AS causation_id`;

interface BatchRow {
  readonly batch: string;
  readonly policy_id: string;
  readonly credit_codes: string[];
  readonly correlation_id: string;
  readonly causation_id: string;
}

const batchOf = (row: BatchRow): ArrivalBatch => ({
  batch: row.batch,
  policyId: row.policy_id,
  creditCodes: row.credit_codes,
  correlationId: row.correlation_id,
  causationId: row.causation_id,
});

/** A batch given its key before a crash kept it from being listed; null when there is none. */
export const unlistedBatch = async (db: SqlExecutor): Promise<ArrivalBatch | null> => {
  const { rows } = await db.query<BatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM service_centre_policy_notice_arrivals
     WHERE listed_at IS NULL AND batch IS NOT NULL GROUP BY batch, policy_id ORDER BY batch LIMIT 1`,
  );
  return rows[0] === undefined ? null : batchOf(rows[0]);
};

/**
 * Gives `batch` to up to `limit` waiting arrivals of the policy that has waited longest: they are listed together.
 * `batch IS NULL` is checked again on each row, so two passes never take the same arrival.
 */
export const claimArrivals = async (
  db: SqlExecutor,
  batch: string,
  limit: number,
): Promise<ArrivalBatch | null> => {
  const { rows } = await db.query<BatchRow>(
    `WITH oldest AS (
       SELECT policy_id FROM service_centre_policy_notice_arrivals
       WHERE listed_at IS NULL AND batch IS NULL ORDER BY queued_at LIMIT 1),
     claimed AS (
       UPDATE service_centre_policy_notice_arrivals a SET batch = $1
       WHERE a.batch IS NULL AND a.listed_at IS NULL AND (a.policy_id, a.credit_code) IN (
         SELECT w.policy_id, w.credit_code FROM service_centre_policy_notice_arrivals w, oldest
         WHERE w.policy_id = oldest.policy_id AND w.batch IS NULL AND w.listed_at IS NULL
         ORDER BY w.credit_code LIMIT $2)
       RETURNING a.*)
     SELECT ${BATCH_COLUMNS} FROM claimed GROUP BY batch, policy_id`,
    [batch, limit],
  );
  return rows[0] === undefined ? null : batchOf(rows[0]);
};

export const markListed = async (db: SqlExecutor, batch: string, at: string): Promise<void> => {
  await db.query(
    `UPDATE service_centre_policy_notice_arrivals SET listed_at = $2 WHERE batch = $1 AND listed_at IS NULL`,
    [batch, at],
  );
};
