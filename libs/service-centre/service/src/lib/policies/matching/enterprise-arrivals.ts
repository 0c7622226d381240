import { restrictionInForce } from '@qinqing/credit/replica';
import { type DirectoryEntry, explainMatch, type PolicyCriteria } from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { areaName, RESTRICTIONS_TABLE } from './policy-matching.sql';

/** How an arrival was matched: the policies it matches now, and those offered to it that were not before. */
export interface ArrivalMatches {
  readonly matched: number;
  /** Offered now (matched, not excluded) and not offered before: the policies it should be told of. */
  readonly newlyOffered: readonly string[];
}

/**
 * An enterprise that arrives in the directory (or whose details change) is matched against every policy
 * published and in force on `today`, with the pure predicate: the policies in force are few, the enterprise
 * one. Its earlier matches of those policies are replaced, so a correction that takes it out of a policy's
 * criteria takes the policy out of its message box; each policy's counts follow.
 */
export const matchArrival = async (
  tx: SqlExecutor,
  entry: DirectoryEntry,
  today: string,
  at: string,
): Promise<ArrivalMatches> => {
  const { rows: policies } = await tx.query<{ policy_id: string; criteria: PolicyCriteria }>(
    `SELECT policy_id, criteria FROM service_centre_policies
     WHERE status = 'published' AND (expires_on IS NULL OR expires_on >= $1)`,
    [today],
  );
  if (policies.length === 0) return { matched: 0, newlyOffered: [] };
  const restriction = await restrictionInForce(
    tx,
    RESTRICTIONS_TABLE,
    entry.creditCode,
    'policy-benefits',
    today,
  );
  const ids = policies.map((p) => p.policy_id);
  const { rows: removed } = await tx.query<{ policy_id: string; restriction_id: string | null }>(
    `DELETE FROM service_centre_policy_matches WHERE credit_code = $1 AND policy_id = ANY ($2::text[])
     RETURNING policy_id, restriction_id`,
    [entry.creditCode, ids],
  );
  const delta = new Map<string, { matched: number; excluded: number }>();
  const adjust = (policyId: string, excluded: boolean, by: number) => {
    const d = delta.get(policyId) ?? { matched: 0, excluded: 0 };
    delta.set(policyId, excluded ? { ...d, excluded: d.excluded + by } : { ...d, matched: d.matched + by });
  };
  for (const row of removed) adjust(row.policy_id, row.restriction_id !== null, -1);
  const offeredBefore = new Set(removed.filter((r) => r.restriction_id === null).map((r) => r.policy_id));
  const newlyOffered: string[] = [];
  let matched = 0;
  for (const policy of policies) {
    if (explainMatch(policy.criteria, entry, areaName) === null) continue;
    matched++;
    await tx.query(
      `INSERT INTO service_centre_policy_matches (policy_id, credit_code, enterprise_name, industry, size, area_code,
         tags, matched_at, restriction_id, restriction_document_number, restriction_kind, restriction_authority,
         restriction_ends_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        policy.policy_id,
        entry.creditCode,
        entry.name,
        entry.industry,
        entry.size,
        entry.areaCode,
        [...entry.tags],
        at,
        restriction?.restrictionId ?? null,
        restriction?.documentNumber ?? null,
        restriction?.kind ?? null,
        restriction?.issuingAuthority ?? null,
        restriction?.endsOn ?? null,
      ],
    );
    adjust(policy.policy_id, restriction !== null, 1);
    if (restriction === null && !offeredBefore.has(policy.policy_id)) newlyOffered.push(policy.policy_id);
  }
  for (const [policyId, d] of delta)
    if (d.matched !== 0 || d.excluded !== 0)
      await tx.query(
        `UPDATE service_centre_policies SET matched_count = matched_count + $2, excluded_count = excluded_count + $3
         WHERE policy_id = $1`,
        [policyId, d.matched, d.excluded],
      );
  return { matched, newlyOffered };
};
