import {
  areaPrefixOf,
  type BenefitRestriction,
  type DirectoryEntry,
  exclusionReason,
  explainMatch,
  type PolicyCriteria,
} from '@qinqing/service-centre/domain';
import type { PolicyMatchView } from '@qinqing/service-centre/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { processDivisionDirectory } from '@qinqing/shared/divisions';
import { type DirectoryRow, entryOfRow } from '../directory/directory-replica.table';

/** The service centre's replica of credit's restrictions (consumers/credit-restrictions). */
export const RESTRICTIONS_TABLE = 'service_centre_credit_restrictions';

/** Names an area code for an explanation ("海曙区"), from the GB/T 2260 dataset. */
export const areaName = (code: string): string | null => processDivisionDirectory.lookup(code)?.name ?? null;

/**
 * Criteria compiled to one parameterised WHERE over `service_centre_directory d`, the SQL twin of
 * `explainMatch` (an entry satisfies it exactly when explainMatch explains it; policy-matching.int.spec.ts
 * checks both on generated data). Codes are checked by the decider ([A-T0-9] only), so no LIKE escape is needed.
 */
export const criteriaWhere = (
  criteria: PolicyCriteria,
  firstParameter: number,
): { readonly where: string; readonly params: unknown[] } => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${firstParameter + params.length - 1}`;
  };
  if (criteria.industries.length > 0)
    clauses.push(`d.industry LIKE ANY (${next(criteria.industries.map((p) => `${p}%`))}::text[])`);
  if (criteria.sizes.length > 0) clauses.push(`d.size = ANY (${next([...criteria.sizes])}::text[])`);
  if (criteria.areas.length > 0)
    clauses.push(`d.area_code LIKE ANY (${next(criteria.areas.map((a) => `${areaPrefixOf(a)}%`))}::text[])`);
  if (criteria.tags.length > 0) clauses.push(`d.tags && ${next([...criteria.tags])}::text[]`);
  return { where: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), params };
};

/**
 * The restriction on policy benefits in force on a date for each restricted enterprise (the one ending last), of
 * the enterprises in `codesParameter` when given.
 */
const restrictionsInForce = (dateParameter: string, codesParameter?: string) =>
  `(SELECT DISTINCT ON (credit_code) credit_code, restriction_id, document_number, kind, issuing_authority, ends_on
    FROM ${RESTRICTIONS_TABLE}
    WHERE 'policy-benefits' = ANY (purposes) AND starts_on <= ${dateParameter} AND ends_on >= ${dateParameter}
      AND (lifted_on IS NULL OR lifted_on > ${dateParameter})
      ${codesParameter === undefined ? '' : `AND credit_code = ANY (${codesParameter}::text[])`}
    ORDER BY credit_code, ends_on DESC, restriction_id)`;

/** The restriction on policy benefits in force on `onDate` of each of these enterprises that has one. */
export const restrictionsOf = async (
  tx: SqlExecutor,
  creditCodes: readonly string[],
  onDate: string,
): Promise<Map<string, BenefitRestriction>> => {
  const { rows } = await tx.query<{
    credit_code: string;
    restriction_id: string;
    document_number: string;
    kind: string;
    issuing_authority: string;
    ends_on: string;
  }>(`SELECT * FROM ${restrictionsInForce('$1', '$2')} r`, [onDate, [...creditCodes]]);
  return new Map(
    rows.map((row) => [
      row.credit_code,
      {
        restrictionId: row.restriction_id,
        documentNumber: row.document_number,
        kind: row.kind,
        issuingAuthority: row.issuing_authority,
        endsOn: row.ends_on,
      },
    ]),
  );
};

/**
 * Matches a published policy against the whole directory replica in one statement: every match stored with
 * the facts its explanation is built from, and the restriction that excludes it, if any, as of `onDate`.
 * Returns the counts of matched (offered) and excluded enterprises. A plain INSERT (no ON CONFLICT): a policy
 * is published once (the decider) and the projection applies each event once, so no row can be there yet.
 */
export const matchDirectory = async (
  tx: SqlExecutor,
  policyId: string,
  criteria: PolicyCriteria,
  onDate: string,
  at: string,
): Promise<{ readonly matched: number; readonly excluded: number }> => {
  const { where, params } = criteriaWhere(criteria, 4);
  const { rows } = await tx.query<{ matched: string | number; excluded: string | number }>(
    `WITH inserted AS (
       INSERT INTO service_centre_policy_matches (policy_id, credit_code, enterprise_name, industry, size, area_code,
         tags, matched_at, restriction_id, restriction_document_number, restriction_kind, restriction_authority,
         restriction_ends_on)
       SELECT $1, d.credit_code, d.name, d.industry, d.size, d.area_code, d.tags, $3, r.restriction_id,
              r.document_number, r.kind, r.issuing_authority, r.ends_on
       FROM service_centre_directory d
       LEFT JOIN ${restrictionsInForce('$2')} r ON r.credit_code = d.credit_code
       WHERE ${where}
       RETURNING restriction_id)
     SELECT count(*) FILTER (WHERE restriction_id IS NULL) AS matched,
            count(*) FILTER (WHERE restriction_id IS NOT NULL) AS excluded
     FROM inserted`,
    [policyId, onDate, at, ...params],
  );
  return { matched: Number(rows[0]?.matched ?? 0), excluded: Number(rows[0]?.excluded ?? 0) };
};

interface MatchRow extends DirectoryRow {
  readonly restriction_id: string | null;
  readonly restriction_document_number: string | null;
  readonly restriction_kind: string | null;
  readonly restriction_authority: string | null;
  readonly restriction_ends_on: string | null;
}

/** A match as people read it: the explanation built from the row's fields, the exclusion naming its record. */
export const matchViewOf = (criteria: PolicyCriteria, row: MatchRow): PolicyMatchView => {
  const entry: DirectoryEntry = entryOfRow(row);
  const explanation = explainMatch(criteria, entry, areaName);
  if (explanation === null)
    throw new Error(`Policy matching: SQL kept ${row.credit_code}, which the criteria do not explain`);
  const restriction: BenefitRestriction | null =
    row.restriction_id === null
      ? null
      : {
          restrictionId: row.restriction_id,
          documentNumber: row.restriction_document_number ?? '',
          kind: row.restriction_kind ?? '',
          issuingAuthority: row.restriction_authority ?? '',
          endsOn: row.restriction_ends_on ?? '',
        };
  return {
    creditCode: row.credit_code,
    name: row.name,
    explanation: explanation.text,
    exclusion:
      restriction === null
        ? null
        : {
            documentNumber: restriction.documentNumber,
            issuingAuthority: restriction.issuingAuthority,
            endsOn: restriction.endsOn,
            reason: exclusionReason(restriction),
          },
  };
};

/**
 * Who a draft would reach, as of `onDate`, without storing anything: the counts and the first page of each
 * side, ordered by credit code.
 */
export const previewMatches = async (
  db: SqlExecutor,
  criteria: PolicyCriteria,
  onDate: string,
  pageSize: number,
): Promise<{
  readonly matched: number;
  readonly excluded: number;
  readonly firstMatches: PolicyMatchView[];
  readonly firstExclusions: PolicyMatchView[];
}> => {
  const joined = (where: string) =>
    `FROM service_centre_directory d LEFT JOIN ${restrictionsInForce('$1')} r ON r.credit_code = d.credit_code
     WHERE ${where}`;
  const counted = criteriaWhere(criteria, 2);
  const { rows: counts } = await db.query<{ matched: string | number; excluded: string | number }>(
    `SELECT count(*) FILTER (WHERE r.credit_code IS NULL) AS matched,
            count(*) FILTER (WHERE r.credit_code IS NOT NULL) AS excluded
     ${joined(counted.where)}`,
    [onDate, ...counted.params],
  );
  const { where, params } = criteriaWhere(criteria, 3);
  const page = async (excluded: boolean) =>
    (
      await db.query<MatchRow>(
        `SELECT d.credit_code, d.name, d.industry, d.size, d.area_code, d.tags, r.restriction_id,
                r.document_number AS restriction_document_number, r.kind AS restriction_kind,
                r.issuing_authority AS restriction_authority, r.ends_on AS restriction_ends_on
         ${joined(where)} AND r.credit_code IS ${excluded ? 'NOT NULL' : 'NULL'}
         ORDER BY d.credit_code LIMIT $2`,
        [onDate, pageSize, ...params],
      )
    ).rows.map((row) => matchViewOf(criteria, row));
  return {
    matched: Number(counts[0]?.matched ?? 0),
    excluded: Number(counts[0]?.excluded ?? 0),
    firstMatches: await page(false),
    firstExclusions: await page(true),
  };
};

/** A page of a policy's stored matches (the staff call list), by credit code. */
export const callListPage = async (
  db: SqlExecutor,
  policyId: string,
  criteria: PolicyCriteria,
  excluded: boolean,
  after: string,
  limit: number,
): Promise<{ readonly items: PolicyMatchView[]; readonly next: string | null }> => {
  const { rows } = await db.query<MatchRow>(
    `SELECT credit_code, enterprise_name AS name, industry, size, area_code, tags, restriction_id,
            restriction_document_number, restriction_kind, restriction_authority, restriction_ends_on
     FROM service_centre_policy_matches
     WHERE policy_id = $1 AND credit_code > $2 AND (restriction_id IS NOT NULL) = $3
     ORDER BY credit_code LIMIT $4`,
    [policyId, after, excluded, limit + 1],
  );
  const items = rows.slice(0, limit).map((row) => matchViewOf(criteria, row));
  return { items, next: rows.length > limit ? (items.at(-1)?.creditCode ?? null) : null };
};
