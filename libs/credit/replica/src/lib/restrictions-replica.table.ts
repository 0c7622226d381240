import type {
  CreditRestrictionPurpose,
  RestrictionImposedV1,
  RestrictionLiftedV1,
} from '@qinqing/credit/contracts';
import type { IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/** A restriction in force, as a context's check needs it to refuse and say why: the record, the rule, its source. */
export interface RestrictionInForce {
  readonly restrictionId: string;
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly kind: string;
  readonly purposes: readonly CreditRestrictionPurpose[];
  readonly startsOn: string;
  readonly endsOn: string;
  readonly issuingAuthority: string;
  readonly rule: string;
  readonly ruleSource: { readonly zh: string; readonly en: string };
}

/** The consuming context's own table: `service_centre_credit_restrictions`, `liaison_credit_restrictions`, … */
export const restrictionsReplicaTable = (context: string): string => {
  const table = `${context.replace(/-/gu, '_')}_credit_restrictions`;
  if (!/^[a-z][a-z0-9_]*$/u.test(table)) throw new Error(`Unsafe replica table name: ${table}`);
  return table;
};

const ddl = (table: string) => [
  `CREATE TABLE IF NOT EXISTS ${table} (
     restriction_id text PRIMARY KEY,
     document_number text NOT NULL,
     credit_code text NOT NULL,
     kind text NOT NULL,
     purposes text[] NOT NULL,
     starts_on text NOT NULL,
     ends_on text NOT NULL,
     issuing_authority text NOT NULL,
     rule text NOT NULL,
     rule_source_zh text NOT NULL,
     rule_source_en text NOT NULL,
     lifted_on text,
     lift_reason text
   )`,
  `CREATE INDEX IF NOT EXISTS ${table}_by_enterprise ON ${table} (credit_code, starts_on DESC)`,
];

export const setupRestrictionsReplica = async (db: SqlExecutor, table: string): Promise<void> => {
  for (const statement of ddl(table)) await db.query(statement);
};

/** Keeps an imposed restriction; the same event again (or its restriction id) changes nothing. */
export const keepImposed = async (
  tx: SqlExecutor,
  table: string,
  data: IntegrationEventData<typeof RestrictionImposedV1>,
): Promise<void> => {
  await tx.query(
    `INSERT INTO ${table} (restriction_id, document_number, credit_code, kind, purposes, starts_on, ends_on,
       issuing_authority, rule, rule_source_zh, rule_source_en)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (restriction_id) DO NOTHING`,
    [
      data.restrictionId,
      data.documentNumber,
      data.creditCode.toUpperCase(),
      data.kind,
      [...data.purposes],
      data.startsOn,
      data.endsOn,
      data.issuingAuthority,
      data.rule,
      data.ruleSource.zh,
      data.ruleSource.en,
    ],
  );
};

/** Records the lift (the first one stands: a redelivery changes nothing). */
export const keepLifted = async (
  tx: SqlExecutor,
  table: string,
  data: IntegrationEventData<typeof RestrictionLiftedV1>,
): Promise<void> => {
  await tx.query(
    `UPDATE ${table} SET lifted_on = $2, lift_reason = $3 WHERE restriction_id = $1 AND lifted_on IS NULL`,
    [data.restrictionId, data.liftedOn, data.reason],
  );
};

interface ReplicaRow {
  readonly restriction_id: string;
  readonly document_number: string;
  readonly credit_code: string;
  readonly kind: string;
  readonly purposes: readonly CreditRestrictionPurpose[];
  readonly starts_on: string;
  readonly ends_on: string;
  readonly issuing_authority: string;
  readonly rule: string;
  readonly rule_source_zh: string;
  readonly rule_source_en: string;
}

/**
 * Is this enterprise restricted for `purpose` on `date` (YYYY-MM-DD), and by which record? The restriction in
 * force that ends last, or null: within [startsOn, endsOn] and not lifted on or before `date`. Reads the
 * enterprise's few rows by the credit-code index.
 */
export const restrictionInForce = async (
  db: SqlExecutor,
  table: string,
  creditCode: string,
  purpose: CreditRestrictionPurpose,
  date: string,
): Promise<RestrictionInForce | null> => {
  const { rows } = await db.query<ReplicaRow>(
    `SELECT restriction_id, document_number, credit_code, kind, purposes, starts_on, ends_on, issuing_authority,
            rule, rule_source_zh, rule_source_en
     FROM ${table}
     WHERE credit_code = $1 AND $2::text = ANY (purposes) AND starts_on <= $3 AND ends_on >= $3
       AND (lifted_on IS NULL OR lifted_on > $3)
     ORDER BY ends_on DESC, restriction_id LIMIT 1`,
    [creditCode.trim().toUpperCase(), purpose, date],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    restrictionId: row.restriction_id,
    documentNumber: row.document_number,
    creditCode: row.credit_code,
    kind: row.kind,
    purposes: [...row.purposes],
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    issuingAuthority: row.issuing_authority,
    rule: row.rule,
    ruleSource: { zh: row.rule_source_zh, en: row.rule_source_en },
  };
};
