import type {
  CreditRestrictionPurpose,
  EnterpriseRestrictions,
  RestrictionEntry,
} from '@qinqing/credit/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

interface RestrictionRow {
  readonly restriction_id: string;
  readonly document_number: string;
  readonly kind: RestrictionEntry['kind'];
  readonly severity: RestrictionEntry['severity'];
  readonly purposes: readonly CreditRestrictionPurpose[];
  readonly starts_on: string;
  readonly ends_on: string;
  readonly issuing_authority: string;
  readonly lifted_on: string | null;
  readonly lift_reason: RestrictionEntry['liftReason'];
}

/** The most restrictions one answer holds: an enterprise has few; a bound keeps an answer bounded anyway. */
export const RESTRICTIONS_PER_ANSWER = 200;

/**
 * One enterprise's restrictions, newest first, from the credit-code index; `purpose` keeps those that restrict
 * it. Active: not lifted and `asOf` within [startsOn, endsOn].
 */
export const enterpriseRestrictions = async (
  db: SqlExecutor,
  creditCode: string,
  purpose: CreditRestrictionPurpose | undefined,
  asOf: string,
): Promise<EnterpriseRestrictions> => {
  const { rows } = await db.query<RestrictionRow>(
    `SELECT restriction_id, document_number, kind, severity, purposes, starts_on, ends_on, issuing_authority,
            lifted_on, lift_reason
     FROM credit_restrictions
     WHERE credit_code = $1 AND ($2::text IS NULL OR $2::text = ANY (purposes))
     ORDER BY starts_on DESC, restriction_id LIMIT $3`,
    [creditCode, purpose ?? null, RESTRICTIONS_PER_ANSWER],
  );
  return {
    creditCode,
    asOf,
    restrictions: rows.map((row) => ({
      restrictionId: row.restriction_id,
      documentNumber: row.document_number,
      kind: row.kind,
      severity: row.severity,
      purposes: [...row.purposes],
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      active: row.lifted_on === null && row.starts_on <= asOf && asOf <= row.ends_on,
      liftedOn: row.lifted_on,
      liftReason: row.lift_reason,
      issuingAuthority: row.issuing_authority,
    })),
  };
};
