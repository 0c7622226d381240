import type { PolicySummaryView, PolicyView } from '@qinqing/service-centre/contracts';
import {
  type NoticedPolicy,
  type PolicyCriteria,
  type PolicyStatus,
  policyStatusOn,
} from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

export interface PolicyRow {
  readonly policy_id: string;
  readonly title: string;
  readonly issuing_body: string;
  readonly document_number: string;
  readonly effective_on: string;
  readonly expires_on: string | null;
  readonly summary: string;
  readonly full_text: string;
  readonly benefits: readonly string[];
  readonly criteria: PolicyCriteria;
  readonly status: 'draft' | 'published' | 'withdrawn';
  readonly published_on: string | null;
  readonly matched_count: number | null;
  readonly excluded_count: number | null;
}

export const summaryOf = (row: PolicyRow, today: string): PolicySummaryView => ({
  policyId: row.policy_id,
  title: row.title,
  issuingBody: row.issuing_body,
  documentNumber: row.document_number,
  effectiveOn: row.effective_on,
  expiresOn: row.expires_on,
  summary: row.summary,
  benefits: row.benefits,
  status: policyStatusOn(row.status, row.expires_on, today),
  publishedOn: row.published_on,
});

export const viewOf = (row: PolicyRow, today: string): PolicyView => ({
  ...summaryOf(row, today),
  fullText: row.full_text,
  criteria: row.criteria,
  matched: row.matched_count,
  excluded: row.excluded_count,
});

export const findPolicy = async (db: SqlExecutor, policyId: string): Promise<PolicyRow | null> => {
  const { rows } = await db.query<PolicyRow>('SELECT * FROM service_centre_policies WHERE policy_id = $1', [
    policyId,
  ]);
  return rows[0] ?? null;
};

/** What a notice names of a policy, and its status on `today` (only a published one in force is noticed). */
export const findNoticedPolicy = async (
  db: SqlExecutor,
  policyId: string,
  today: string,
): Promise<{ readonly policy: NoticedPolicy; readonly status: PolicyStatus } | null> => {
  const { rows } = await db.query<Pick<PolicyRow, 'title' | 'document_number' | 'status' | 'expires_on'>>(
    'SELECT title, document_number, status, expires_on FROM service_centre_policies WHERE policy_id = $1',
    [policyId],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    policy: { policyId, title: row.title, documentNumber: row.document_number },
    status: policyStatusOn(row.status, row.expires_on, today),
  };
};

const likeOf = (q: string): string => `%${q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

/**
 * A page of the library, newest first. `q` matches title, summary or document number (the library holds
 * hundreds of policies, not millions: the status index bounds the walk and the page stops it).
 */
export const listPolicies = async (
  db: SqlExecutor,
  filter: { readonly q?: string; readonly status?: string; readonly after?: string; readonly limit: number },
  today: string,
): Promise<{ readonly items: PolicySummaryView[]; readonly next: string | null }> => {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  if (filter.after !== undefined) conditions.push(`policy_id < ${param(filter.after)}`);
  if (filter.status === 'published')
    conditions.push(`status = 'published' AND (expires_on IS NULL OR expires_on >= ${param(today)})`);
  else if (filter.status === 'expired')
    conditions.push(`status = 'published' AND expires_on < ${param(today)}`);
  else if (filter.status !== undefined) conditions.push(`status = ${param(filter.status)}`);
  const q = filter.q?.trim();
  if (q !== undefined && q.length > 0) {
    const p = param(likeOf(q));
    conditions.push(
      `(title ILIKE ${p} OR summary ILIKE ${p} OR document_number ILIKE ${p} OR issuing_body ILIKE ${p})`,
    );
  }
  const limit = param(filter.limit + 1);
  const { rows } = await db.query<PolicyRow>(
    `SELECT * FROM service_centre_policies ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
     ORDER BY policy_id DESC LIMIT ${limit}`,
    params,
  );
  const items = rows.slice(0, filter.limit).map((row) => summaryOf(row, today));
  return { items, next: rows.length > filter.limit ? (items.at(-1)?.policyId ?? null) : null };
};
