import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Liaison's record of the policy notices it texts (精准推送's SMS): one row per (policy, enterprise) — the key
 * that keeps an enterprise to one notice per policy however often the service centre lists it — with the
 * outcome, and per policy the title and number the text names and the count of each outcome, kept with every
 * change so staff read a policy's figures without counting its rows. No phone is kept: the number is read from
 * the directory when the text goes, and only its masked form is noted.
 *
 * Outcomes: `pending` (waiting, or waiting to be tried again), `sending` (taken by the sender), `sent`,
 * `no-contact-phone` (the directory holds no mobile for the enterprise), `withheld` (restricted from policy
 * benefits when its text was to go: `withheld_by` names the record), `failed` (the provider refused every try, or
 * the sender stopped mid-send and the outcome is unknown). Totals count `sending` as pending.
 */
export const POLICY_NOTICES_DDL = [
  `CREATE TABLE IF NOT EXISTS liaison_policy_notice_totals (
     policy_id text PRIMARY KEY,
     title text NOT NULL,
     document_number text NOT NULL,
     pending integer NOT NULL DEFAULT 0,
     sent integer NOT NULL DEFAULT 0,
     no_contact_phone integer NOT NULL DEFAULT 0,
     withheld integer NOT NULL DEFAULT 0,
     failed integer NOT NULL DEFAULT 0,
     updated_at timestamptz NOT NULL
   )`,
  'ALTER TABLE liaison_policy_notice_totals ADD COLUMN IF NOT EXISTS withheld integer NOT NULL DEFAULT 0',
  `CREATE TABLE IF NOT EXISTS liaison_policy_notices (
     policy_id text NOT NULL,
     credit_code text NOT NULL,
     outcome text NOT NULL,
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz,
     sent_to text,
     withheld_by text,
     error text,
     due_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     PRIMARY KEY (policy_id, credit_code)
   )`,
  'ALTER TABLE liaison_policy_notices ADD COLUMN IF NOT EXISTS withheld_by text',
  `CREATE INDEX IF NOT EXISTS liaison_policy_notices_due
     ON liaison_policy_notices (next_attempt_at) WHERE outcome = 'pending'`,
  `CREATE INDEX IF NOT EXISTS liaison_policy_notices_sending
     ON liaison_policy_notices (updated_at) WHERE outcome = 'sending'`,
];

export type FinalOutcome = 'sent' | 'no-contact-phone' | 'withheld' | 'failed';

const TOTAL_OF: Record<FinalOutcome, string> = {
  sent: 'sent',
  'no-contact-phone': 'no_contact_phone',
  withheld: 'withheld',
  failed: 'failed',
};

/** Moves `n` of a policy's notices from pending to a final outcome in its totals. */
const countFinal = async (
  tx: SqlExecutor,
  policyId: string,
  outcome: FinalOutcome,
  n: number,
  at: string,
): Promise<void> => {
  const column = TOTAL_OF[outcome];
  await tx.query(
    `UPDATE liaison_policy_notice_totals SET pending = pending - $2, ${column} = ${column} + $2, updated_at = $3
     WHERE policy_id = $1`,
    [policyId, n, at],
  );
};

export interface DueNotices {
  readonly policyId: string;
  readonly title: string;
  readonly documentNumber: string;
  readonly creditCodes: readonly string[];
  readonly dueAt: string;
}

/**
 * The notices a batch makes due, received at `at` and first tried at `firstTryAt`: an enterprise already noticed
 * of the policy (an earlier batch, an arrival after the sweep listed it) is left as it is. Returns how many are new.
 */
export const recordDue = async (
  tx: SqlExecutor,
  due: DueNotices,
  at: string,
  firstTryAt: string,
): Promise<number> => {
  const { rows } = await tx.query<{ added: string | number }>(
    `WITH added AS (
       INSERT INTO liaison_policy_notices (policy_id, credit_code, outcome, next_attempt_at, due_at, updated_at)
       SELECT $1, code, 'pending', $7, $4, $5 FROM unnest($6::text[]) AS code
       ON CONFLICT (policy_id, credit_code) DO NOTHING
       RETURNING 1),
     totals AS (
       INSERT INTO liaison_policy_notice_totals (policy_id, title, document_number, pending, updated_at)
       SELECT $1, $2, $3, count(*), $5 FROM added
       ON CONFLICT (policy_id) DO UPDATE SET title = excluded.title, document_number = excluded.document_number,
         pending = liaison_policy_notice_totals.pending + excluded.pending, updated_at = excluded.updated_at)
     SELECT count(*) AS added FROM added`,
    [due.policyId, due.title, due.documentNumber, due.dueAt, at, [...due.creditCodes], firstTryAt],
  );
  return Number(rows[0]?.added ?? 0);
};

/** A notice the sender has taken, with what the text needs; `contactPhone` is the directory's now. */
export interface TakenNotice {
  readonly policyId: string;
  readonly creditCode: string;
  /** This try's number, from 1. */
  readonly attempt: number;
  readonly title: string;
  readonly documentNumber: string;
  readonly contactPhone: string | null;
}

/**
 * Takes up to `limit` pending notices whose time has come (`sending`, this try counted): a second sender skips
 * what another has taken. Each comes with the enterprise's contact mobile from the directory, read now.
 */
export const takeDue = async (db: SqlExecutor, at: string, limit: number): Promise<TakenNotice[]> => {
  const { rows } = await db.query<{
    policy_id: string;
    credit_code: string;
    attempts: number;
    title: string;
    document_number: string;
    contact_phone: string | null;
  }>(
    `UPDATE liaison_policy_notices n SET outcome = 'sending', attempts = n.attempts + 1, updated_at = $1
     FROM (SELECT policy_id, credit_code FROM liaison_policy_notices
           WHERE outcome = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at, policy_id, credit_code LIMIT $2 FOR UPDATE SKIP LOCKED) due,
          liaison_policy_notice_totals t
     WHERE n.policy_id = due.policy_id AND n.credit_code = due.credit_code AND t.policy_id = n.policy_id
     RETURNING n.policy_id, n.credit_code, n.attempts, t.title, t.document_number,
       (SELECT e.contact_phone FROM liaison_enterprises e WHERE e.credit_code = n.credit_code) AS contact_phone`,
    [at, limit],
  );
  return rows.map((r) => ({
    policyId: r.policy_id,
    creditCode: r.credit_code,
    attempt: r.attempts,
    title: r.title,
    documentNumber: r.document_number,
    contactPhone: r.contact_phone,
  }));
};

/** A taken notice's final outcome, and its policy's totals with it, in one transaction. */
export const settle = async (
  db: SqlDatabase,
  notice: Pick<TakenNotice, 'policyId' | 'creditCode'>,
  outcome: FinalOutcome,
  details: { readonly sentTo?: string; readonly withheldBy?: string; readonly error?: string },
  at: string,
): Promise<void> => {
  await db.transaction(async (tx) => {
    // Still ours: a notice another sender failed as interrupted meanwhile is counted already.
    const { affectedRows } = await tx.query(
      `UPDATE liaison_policy_notices SET outcome = $3, sent_to = $4, error = $5, withheld_by = $7,
         next_attempt_at = NULL, updated_at = $6
       WHERE policy_id = $1 AND credit_code = $2 AND outcome = 'sending'`,
      [
        notice.policyId,
        notice.creditCode,
        outcome,
        details.sentTo ?? null,
        details.error ?? null,
        at,
        details.withheldBy ?? null,
      ],
    );
    if (affectedRows === 1) await countFinal(tx, notice.policyId, outcome, 1, at);
  });
};

/** A taken notice the provider refused, pending again until `retryAt`. */
export const retryLater = async (
  db: SqlExecutor,
  notice: Pick<TakenNotice, 'policyId' | 'creditCode'>,
  error: string,
  retryAt: string,
  at: string,
): Promise<void> => {
  await db.query(
    `UPDATE liaison_policy_notices SET outcome = 'pending', error = $3, next_attempt_at = $4, updated_at = $5
     WHERE policy_id = $1 AND credit_code = $2 AND outcome = 'sending'`,
    [notice.policyId, notice.creditCode, error, retryAt, at],
  );
};

/**
 * Notices taken before `takenBefore` and never settled: the sender stopped mid-send (a crash, a kill), so whether
 * the text went is unknown. They fail rather than go again — a notice is sent at most once. Returns how many.
 */
export const failInterrupted = async (db: SqlDatabase, takenBefore: string, at: string): Promise<number> =>
  db.transaction(async (tx) => {
    const { rows } = await tx.query<{ policy_id: string }>(
      `UPDATE liaison_policy_notices SET outcome = 'failed', next_attempt_at = NULL, updated_at = $2,
         error = 'interrupted while sending: not tried again, the text may or may not have gone'
       WHERE outcome = 'sending' AND updated_at < $1
       RETURNING policy_id`,
      [takenBefore, at],
    );
    const per = new Map<string, number>();
    for (const { policy_id: policyId } of rows) per.set(policyId, (per.get(policyId) ?? 0) + 1);
    for (const [policyId, n] of per) await countFinal(tx, policyId, 'failed', n, at);
    return rows.length;
  });

export interface NoticeTotals {
  readonly pending: number;
  readonly sent: number;
  readonly noContactPhone: number;
  readonly withheld: number;
  readonly failed: number;
  readonly updatedAt: string | null;
}

/** A policy's notice figures: one row by its key; zeros for a policy none of whose notices has arrived. */
export const noticeTotals = async (db: SqlExecutor, policyId: string): Promise<NoticeTotals> => {
  const { rows } = await db.query<{
    pending: number;
    sent: number;
    no_contact_phone: number;
    withheld: number;
    failed: number;
    updated_at: Date | string;
  }>(
    `SELECT pending, sent, no_contact_phone, withheld, failed, updated_at FROM liaison_policy_notice_totals
     WHERE policy_id = $1`,
    [policyId],
  );
  const row = rows[0];
  if (row === undefined)
    return { pending: 0, sent: 0, noContactPhone: 0, withheld: 0, failed: 0, updatedAt: null };
  return {
    pending: row.pending,
    sent: row.sent,
    noContactPhone: row.no_contact_phone,
    withheld: row.withheld,
    failed: row.failed,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
};
