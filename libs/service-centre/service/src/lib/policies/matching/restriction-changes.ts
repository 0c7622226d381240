import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { RESTRICTIONS_TABLE } from './policy-matching.sql';

/** A restriction on policy benefits as credit's public event carries it. */
export interface BenefitRestrictionRecord {
  readonly restrictionId: string;
  readonly creditCode: string;
  readonly documentNumber: string;
  readonly kind: string;
  readonly issuingAuthority: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Moves counts by the rows a statement changed, per policy. */
const shift = async (tx: SqlExecutor, rows: readonly { policy_id: string }[], toExcluded: boolean) => {
  const per = new Map<string, number>();
  for (const row of rows) per.set(row.policy_id, (per.get(row.policy_id) ?? 0) + 1);
  for (const [policyId, n] of per)
    await tx.query(
      `UPDATE service_centre_policies SET matched_count = matched_count + $2, excluded_count = excluded_count + $3
       WHERE policy_id = $1`,
      [policyId, toExcluded ? -n : n, toExcluded ? n : -n],
    );
};

/**
 * A restriction on policy benefits imposed after a policy reached an enterprise: its matches of the policies
 * in force on `today` are excluded from now on, naming the record (the message box then leaves them out).
 * One enterprise's rows, by the credit-code index.
 */
export const excludeRestricted = async (
  tx: SqlExecutor,
  restriction: BenefitRestrictionRecord,
  today: string,
): Promise<void> => {
  if (restriction.startsOn > today || restriction.endsOn < today) return;
  const { rows } = await tx.query<{ policy_id: string }>(
    `UPDATE service_centre_policy_matches m
     SET restriction_id = $2, restriction_document_number = $3, restriction_kind = $4, restriction_authority = $5,
         restriction_ends_on = $6
     FROM service_centre_policies p
     WHERE m.credit_code = $1 AND m.restriction_id IS NULL AND p.policy_id = m.policy_id
       AND p.status = 'published' AND (p.expires_on IS NULL OR p.expires_on >= $7)
     RETURNING m.policy_id`,
    [
      restriction.creditCode.toUpperCase(),
      restriction.restrictionId,
      restriction.documentNumber,
      restriction.kind,
      restriction.issuingAuthority,
      restriction.endsOn,
      today,
    ],
  );
  await shift(tx, rows, true);
};

/**
 * A restriction lifted: the matches it excluded are offered again — unless another restriction on policy
 * benefits of the same enterprise is in force today (as the replica of credit's restrictions holds it), which
 * then becomes the record their exclusion names.
 */
export const readmitLifted = async (tx: SqlExecutor, restrictionId: string, today: string): Promise<void> => {
  const { rows } = await tx.query<{ policy_id: string; readmitted: boolean }>(
    `UPDATE service_centre_policy_matches m
     SET restriction_id = o.restriction_id, restriction_document_number = o.document_number,
         restriction_kind = o.kind, restriction_authority = o.issuing_authority, restriction_ends_on = o.ends_on
     FROM (SELECT m2.policy_id, m2.credit_code, other.*
           FROM service_centre_policy_matches m2
           LEFT JOIN LATERAL (
             SELECT r.restriction_id, r.document_number, r.kind, r.issuing_authority, r.ends_on
             FROM ${RESTRICTIONS_TABLE} r
             WHERE r.credit_code = m2.credit_code AND r.restriction_id <> $1 AND 'policy-benefits' = ANY (r.purposes)
               AND r.starts_on <= $2 AND r.ends_on >= $2 AND (r.lifted_on IS NULL OR r.lifted_on > $2)
             ORDER BY r.ends_on DESC, r.restriction_id LIMIT 1) other ON TRUE
           WHERE m2.restriction_id = $1) o
     WHERE m.policy_id = o.policy_id AND m.credit_code = o.credit_code
     RETURNING m.policy_id, m.restriction_id IS NULL AS readmitted`,
    [restrictionId, today],
  );
  await shift(
    tx,
    rows.filter((row) => row.readmitted),
    false,
  );
};
