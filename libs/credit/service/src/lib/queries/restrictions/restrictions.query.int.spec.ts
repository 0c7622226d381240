import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTRICTIONS_DDL } from '../../projections/restrictions/restrictions.projection';
import { enterpriseRestrictions } from './restrictions.query';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const CODE = '91330203MA2H5K7P7A';

/** The staff query reads one enterprise's rows by the credit-code index, with a million rows behind it. */
describe('the restrictions query', () => {
  let db: PgliteDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
    for (const statement of RESTRICTIONS_DDL) await db.query(statement);
    await db.query(
      `INSERT INTO credit_restrictions (restriction_id, document_key, document_number, credit_code, kind, severity,
         rule, purposes, starts_on, ends_on, issuing_authority, lifted_on, lift_reason, imposed_at)
       SELECT 'doc-' || n || '#1', 'doc-' || n, 'doc-' || n, 'code-' || (n % 2000), 'bribery', 'general',
         'bribery-restrictions', ARRAY['honours', 'policy-benefits'], '2026-01-01', '2028-12-31', '法院',
         NULL, NULL, now()
       FROM generate_series(1, 5000) AS n`,
    );
    await db.query(
      `INSERT INTO credit_restrictions (restriction_id, document_key, document_number, credit_code, kind, severity,
         rule, purposes, starts_on, ends_on, issuing_authority, lifted_on, lift_reason, imposed_at)
       VALUES ('a#1', 'a', 'A号', $1, 'bribery', 'general', 'bribery-restrictions',
               ARRAY['honours', 'key-enterprise-pairing'], '2026-05-10', '2029-05-10', '法院', NULL, NULL, now()),
              ('b#1', 'b', 'B号', $1, 'wage-arrears', 'serious', 'serious-dishonesty-restrictions',
               ARRAY['honours', 'policy-benefits'], '2023-01-01', '2026-01-01', '人社局', NULL, NULL, now()),
              ('c#1', 'c', 'C号', $1, 'tax-evasion', 'serious', 'serious-dishonesty-restrictions',
               ARRAY['honours', 'policy-benefits'], '2026-02-01', '2029-02-01', '税务局', '2026-11-01', 'repaired', now())`,
      [CODE],
    );
    await db.query('ANALYZE credit_restrictions');
  });
  afterAll(() => db.close());

  it('answers newest first, active only when not lifted and within the period, filtered by purpose', async () => {
    const all = await enterpriseRestrictions(db, CODE, undefined, '2026-12-02');
    expect(all.restrictions.map((r) => [r.documentNumber, r.active, r.liftReason])).toEqual([
      ['A号', true, null],
      ['C号', false, 'repaired'],
      ['B号', false, null],
    ]);
    const pairing = await enterpriseRestrictions(db, CODE, 'key-enterprise-pairing', '2026-12-02');
    expect(pairing.restrictions.map((r) => r.documentNumber)).toEqual(['A号']);
  });

  it('reads the credit-code index, not the table whole', async () => {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT restriction_id FROM credit_restrictions
       WHERE credit_code = $1 AND ($2::text IS NULL OR $2::text = ANY (purposes))
       ORDER BY starts_on DESC, restriction_id LIMIT 200`,
      [CODE, 'honours'],
    );
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
  });
});
