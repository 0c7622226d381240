import { type DirectoryEntry, explainMatch, type PolicyCriteria } from '@qinqing/service-centre/domain';
import { type SqlExecutor, SumsByKey, textArrayOfJson } from '@qinqing/shared/event-sourcing';
import { areaName, restrictionsOf } from './policy-matching.sql';

/** How an arrival was matched: the policies it matches now, and those offered to it that were not before. */
export interface ArrivalMatches {
  readonly matched: number;
  /** Offered now (matched, not excluded) and not offered before: the policies it should be told of. */
  readonly newlyOffered: readonly string[];
}

/** A policy's counts of matches, offered and excluded, as a batch changes them. */
const policyCounts = () =>
  new SumsByKey<{ policyId: string }, 'matched' | 'excluded'>(['matched', 'excluded']);

/** One match more (1) or fewer (-1) of a policy, offered or excluded by a restriction. */
const countMatch = (
  counts: ReturnType<typeof policyCounts>,
  policyId: string,
  excluded: boolean,
  by: number,
) => counts.add(policyId, { policyId }, excluded ? { excluded: by } : { matched: by });

/**
 * Enterprises that arrive in the directory (or whose details change), each at most once, are matched against
 * every policy published and in force on `today`, with the pure predicate: the policies in force are few. Their
 * earlier matches of those policies are replaced, so a correction that takes one out of a policy's criteria
 * takes the policy out of its message box; each policy's counts follow. A statement per step for the whole batch
 * (policies, restrictions, old matches, new matches, counts), so a city's directory does not cost five statements
 * an enterprise. Answers each enterprise's matches by credit code.
 */
export const matchArrivals = async (
  tx: SqlExecutor,
  entries: readonly DirectoryEntry[],
  today: string,
  at: string,
): Promise<Map<string, ArrivalMatches>> => {
  const results = new Map<string, ArrivalMatches>(
    entries.map((entry) => [entry.creditCode, { matched: 0, newlyOffered: [] }]),
  );
  if (entries.length === 0) return results;
  const { rows: policies } = await tx.query<{ policy_id: string; criteria: PolicyCriteria }>(
    `SELECT policy_id, criteria FROM service_centre_policies
     WHERE status = 'published' AND (expires_on IS NULL OR expires_on >= $1)`,
    [today],
  );
  if (policies.length === 0) return results;
  const codes = entries.map((entry) => entry.creditCode);
  const restrictions = await restrictionsOf(tx, codes, today);
  const { rows: removed } = await tx.query<{
    credit_code: string;
    policy_id: string;
    restriction_id: string | null;
  }>(
    `DELETE FROM service_centre_policy_matches
     WHERE credit_code = ANY ($1::text[]) AND policy_id = ANY ($2::text[])
     RETURNING credit_code, policy_id, restriction_id`,
    [codes, policies.map((p) => p.policy_id)],
  );
  const counts = policyCounts();
  const offeredBefore = new Set<string>();
  for (const row of removed) {
    countMatch(counts, row.policy_id, row.restriction_id !== null, -1);
    if (row.restriction_id === null) offeredBefore.add(`${row.credit_code} ${row.policy_id}`);
  }
  const inserted: { policyId: string; entry: DirectoryEntry }[] = [];
  for (const entry of entries) {
    const restriction = restrictions.get(entry.creditCode) ?? null;
    const newlyOffered: string[] = [];
    let matched = 0;
    for (const policy of policies) {
      if (explainMatch(policy.criteria, entry, areaName) === null) continue;
      matched++;
      inserted.push({ policyId: policy.policy_id, entry });
      countMatch(counts, policy.policy_id, restriction !== null, 1);
      if (restriction === null && !offeredBefore.has(`${entry.creditCode} ${policy.policy_id}`))
        newlyOffered.push(policy.policy_id);
    }
    results.set(entry.creditCode, { matched, newlyOffered });
  }
  if (inserted.length > 0) {
    const restrictionOf = ({ entry }: (typeof inserted)[number]) => restrictions.get(entry.creditCode);
    await tx.query(
      `INSERT INTO service_centre_policy_matches (policy_id, credit_code, enterprise_name, industry, size, area_code,
         tags, matched_at, restriction_id, restriction_document_number, restriction_kind, restriction_authority,
         restriction_ends_on)
       SELECT m.policy_id, m.credit_code, m.name, m.industry, m.size, m.area_code, ${textArrayOfJson('m.tags')}, $13::timestamptz,
              m.restriction_id, m.document_number, m.kind, m.authority, m.ends_on
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         AS m(policy_id, credit_code, name, industry, size, area_code, tags, restriction_id, document_number, kind,
              authority, ends_on)`,
      [
        inserted.map((m) => m.policyId),
        inserted.map((m) => m.entry.creditCode),
        inserted.map((m) => m.entry.name),
        inserted.map((m) => m.entry.industry),
        inserted.map((m) => m.entry.size),
        inserted.map((m) => m.entry.areaCode),
        inserted.map((m) => JSON.stringify(m.entry.tags)),
        inserted.map((m) => restrictionOf(m)?.restrictionId ?? null),
        inserted.map((m) => restrictionOf(m)?.documentNumber ?? null),
        inserted.map((m) => restrictionOf(m)?.kind ?? null),
        inserted.map((m) => restrictionOf(m)?.issuingAuthority ?? null),
        inserted.map((m) => restrictionOf(m)?.endsOn ?? null),
        at,
      ],
    );
  }
  const changed = counts.changed();
  if (changed.length > 0)
    await tx.query(
      `UPDATE service_centre_policies p
       SET matched_count = matched_count + c.matched, excluded_count = excluded_count + c.excluded
       FROM unnest($1::text[], $2::integer[], $3::integer[]) AS c(policy_id, matched, excluded)
       WHERE p.policy_id = c.policy_id`,
      [changed.map((c) => c.policyId), changed.map((c) => c.matched), changed.map((c) => c.excluded)],
    );
  return results;
};
