import { setupRestrictionsReplica } from '@qinqing/credit/replica';
import type { PolicyCriteria } from '@qinqing/service-centre/domain';
import {
  DIRECTORY_REPLICA_DDL,
  matchDirectory,
  POLICIES_DDL,
  RESTRICTIONS_TABLE,
} from '@qinqing/service-centre/service';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';

/** Sends one SQL text straight to the driver (pg.Pool or PGlite), no adapter in between. */
export type RawQuery = (text: string) => Promise<{ readonly rows: readonly unknown[] }>;

const INDUSTRIES = [
  'C3491',
  'C3511',
  'C3512',
  'C1811',
  'C2761',
  'C3899',
  'I6510',
  'I6513',
  'F5123',
  'F5131',
  'E4710',
  'G5431',
  'H6210',
  'K7010',
  'M7320',
  'A0111',
];
const SIZES = ['large', 'medium', 'small', 'micro'];
const TAGS = ['key-backbone', 'four-new', 'high-growth', 'in-difficulty'];
export const PUSH_DATE = '2026-12-03';

/**
 * Fills the service centre's directory replica with `rows` synthetic entries over `counties` (a third in a
 * town of the county), one in 997 under a restriction on policy benefits, then indexes and analyses it:
 * the tables and indexes are the service's own DDL.
 */
export const setUpDirectory = async (
  db: SqlDatabase,
  rows: number,
  counties: readonly string[],
  progress: (filled: number) => void = () => undefined,
): Promise<void> => {
  const [table, ...indexes] = DIRECTORY_REPLICA_DDL;
  await db.query(table as string);
  for (let from = 1; from <= rows; from += 100_000) {
    const to = Math.min(rows, from + 99_999);
    await db.query(
      `INSERT INTO service_centre_directory (credit_code, name, industry, size, area_code, tags, updated_at)
       SELECT '91' || c.county || lpad(i::text, 9, '0') || 'X', '宁波测试' || i || '有限公司',
              ($3::text[])[1 + i % 16],
              CASE WHEN i % 20 = 0 THEN NULL ELSE ($4::text[])[1 + (i / 16) % 4] END,
              CASE WHEN i % 3 = 0 THEN c.county || lpad((1 + i % 20)::text, 3, '0') ELSE c.county END,
              CASE WHEN (i / 7) % 5 = 0 THEN ARRAY[($5::text[])[1 + (i / 11) % 4]] ELSE '{}'::text[] END,
              now()
       FROM generate_series($1::int, $2::int) AS i,
            LATERAL (SELECT ($6::text[])[1 + i % ${counties.length}] AS county) AS c`,
      [from, to, INDUSTRIES, SIZES, TAGS, counties],
    );
    progress(to);
  }
  for (const statement of indexes) await db.query(statement);
  await setupRestrictionsReplica(db, RESTRICTIONS_TABLE);
  await db.query(
    `INSERT INTO ${RESTRICTIONS_TABLE} (restriction_id, document_number, credit_code, kind, purposes, starts_on,
       ends_on, issuing_authority, rule, rule_source_zh, rule_source_en)
     SELECT 'r-' || credit_code, '甬市监罚〔2026〕' || right(credit_code, 5) || '号', credit_code,
            'administrative-penalty', ARRAY['honours', 'policy-benefits'], '2026-01-01', '2028-12-31',
            '宁波市市场监督管理局', 'serious-dishonesty-restrictions', '国办发〔2020〕49号', 'General Office 〔2020〕49'
     FROM (SELECT credit_code, row_number() OVER (ORDER BY credit_code) AS n FROM service_centre_directory) s
     WHERE n % 997 = 0`,
  );
  for (const statement of POLICIES_DDL) await db.query(statement);
  await db.query('ANALYZE service_centre_directory');
  await db.query(`ANALYZE ${RESTRICTIONS_TABLE}`);
};

/** One policy's criteria, and the same filter as one SQL query written by hand. */
export interface PushCase {
  readonly name: string;
  readonly criteria: PolicyCriteria;
  readonly rawSql: string;
}

const RAW_SELECT = `SELECT d.credit_code, d.name, d.industry, d.size, d.area_code, d.tags, r.restriction_id,
         r.document_number, r.kind, r.issuing_authority, r.ends_on
  FROM service_centre_directory d
  LEFT JOIN (SELECT DISTINCT ON (credit_code) credit_code, restriction_id, document_number, kind, issuing_authority,
                    ends_on
             FROM ${RESTRICTIONS_TABLE}
             WHERE 'policy-benefits' = ANY (purposes) AND starts_on <= '${PUSH_DATE}' AND ends_on >= '${PUSH_DATE}'
               AND (lifted_on IS NULL OR lifted_on > '${PUSH_DATE}')
             ORDER BY credit_code, ends_on DESC, restriction_id) r ON r.credit_code = d.credit_code`;

export const pushCases = (county: string): readonly PushCase[] => [
  {
    name: '制造业 C34/C35 · 中型/小型 · 宁波市 330200',
    criteria: { industries: ['C34', 'C35'], sizes: ['medium', 'small'], areas: ['330200'], tags: [] },
    rawSql: `${RAW_SELECT}
  WHERE (d.industry LIKE 'C34%' OR d.industry LIKE 'C35%') AND d.size IN ('medium', 'small')
    AND d.area_code LIKE '3302%'`,
  },
  {
    name: '软件 I65 · 高成长 · 浙江省 330000',
    criteria: { industries: ['I65'], sizes: [], areas: ['330000'], tags: ['high-growth'] },
    rawSql: `${RAW_SELECT}
  WHERE d.industry LIKE 'I65%' AND d.area_code LIKE '33%' AND 'high-growth' = ANY (d.tags)`,
  },
  {
    name: `暂时困难企业 · one county ${county}`,
    criteria: { industries: [], sizes: [], areas: [county], tags: ['in-difficulty'] },
    rawSql: `${RAW_SELECT}
  WHERE d.area_code LIKE '${county}%' AND 'in-difficulty' = ANY (d.tags)`,
  },
];

/** The push of one published policy: every entry matched in SQL, the matches stored with their facts. */
export const pushOnce = (db: SqlDatabase, policyId: string, criteria: PolicyCriteria) =>
  db.transaction((tx) => matchDirectory(tx, policyId, criteria, PUSH_DATE, `${PUSH_DATE}T02:00:00Z`));
