import type { RestrictionImposedV1 } from '@qinqing/credit/contracts';
import type { IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  keepImposed,
  keepLifted,
  restrictionInForce,
  restrictionsReplicaTable,
  setupRestrictionsReplica,
} from './restrictions-replica.table';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const CODE = '91330203MA2H5K7P7A';
const TABLE = restrictionsReplicaTable('service-centre');

const imposed: IntegrationEventData<typeof RestrictionImposedV1> = {
  restrictionId: '昆检刑诉〔2026〕7号#1',
  documentNumber: '昆检刑诉〔2026〕7号',
  creditCode: CODE,
  kind: 'bribery',
  severity: 'general',
  purposes: ['honours', 'policy-benefits', 'public-procurement', 'key-enterprise-pairing'],
  startsOn: '2026-05-10',
  endsOn: '2029-05-10',
  issuingAuthority: '昆山市人民法院',
  rule: 'bribery-restrictions',
  ruleSource: {
    zh: '昆山 六(5)；恒口 五(十三)；青岛 五(十五)',
    en: 'Kunshan 6(5); Hengkou 5(13); Qingdao 5(15)',
  },
};

const databaseUrl = inject('databaseUrl');

const backends: { name: string; open(): Promise<{ db: SqlDatabase; drop(): Promise<void> }> }[] = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await openTestPglite();
      return { db, drop: () => db.close() };
    },
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            const db = await openPostgresDatabase(database.url);
            return {
              db,
              drop: async () => {
                await db.close();
                await database.drop();
              },
            };
          },
        },
      ]),
];

/** A context's replica of credit's restrictions: what an imposition and a lift leave, and the check by date. */
describe.each(backends)('the credit restrictions replica on $name', (backend) => {
  let db: SqlDatabase;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, drop } = await backend.open());
    await setupRestrictionsReplica(db, TABLE);
  });
  afterAll(() => drop());

  it('is named for its context', () => {
    expect(TABLE).toBe('service_centre_credit_restrictions');
    expect(restrictionsReplicaTable('liaison')).toBe('liaison_credit_restrictions');
  });

  it('answers whether an enterprise is restricted for a purpose on a date, and by which record', async () => {
    await db.transaction((tx) => keepImposed(tx, TABLE, imposed));
    await db.transaction((tx) => keepImposed(tx, TABLE, imposed)); // redelivered
    const found = await restrictionInForce(db, TABLE, CODE.toLowerCase(), 'policy-benefits', '2026-12-02');
    expect(found).toEqual({
      restrictionId: '昆检刑诉〔2026〕7号#1',
      documentNumber: '昆检刑诉〔2026〕7号',
      creditCode: CODE,
      kind: 'bribery',
      purposes: ['honours', 'policy-benefits', 'public-procurement', 'key-enterprise-pairing'],
      startsOn: '2026-05-10',
      endsOn: '2029-05-10',
      issuingAuthority: '昆山市人民法院',
      rule: 'bribery-restrictions',
      ruleSource: imposed.ruleSource,
    });
    expect(await restrictionInForce(db, TABLE, CODE, 'policy-benefits', '2026-05-09')).toBeNull();
    expect(await restrictionInForce(db, TABLE, CODE, 'policy-benefits', '2029-05-10')).not.toBeNull();
    expect(await restrictionInForce(db, TABLE, CODE, 'policy-benefits', '2029-05-11')).toBeNull();
    expect(await restrictionInForce(db, TABLE, '91350100M000100Y43', 'honours', '2026-12-02')).toBeNull();
  });

  it('a lift ends it from its date; the first lift stands', async () => {
    const lift = {
      restrictionId: imposed.restrictionId,
      documentNumber: imposed.documentNumber,
      creditCode: CODE,
      reason: 'repaired',
      liftedOn: '2026-12-01',
    } as const;
    await db.transaction((tx) => keepLifted(tx, TABLE, lift));
    await db.transaction((tx) => keepLifted(tx, TABLE, { ...lift, liftedOn: '2027-01-01' }));
    expect(await restrictionInForce(db, TABLE, CODE, 'honours', '2026-11-30')).not.toBeNull();
    expect(await restrictionInForce(db, TABLE, CODE, 'honours', '2026-12-01')).toBeNull();
    expect(await restrictionInForce(db, TABLE, CODE, 'honours', '2026-12-31')).toBeNull();
  });

  it('reads the credit-code index, not the table whole', async () => {
    await db.query(
      `INSERT INTO ${TABLE} (restriction_id, document_number, credit_code, kind, purposes, starts_on, ends_on,
         issuing_authority, rule, rule_source_zh, rule_source_en)
       SELECT 'r-' || n, 'd-' || n, 'code-' || (n % 3000), 'bribery', ARRAY['honours'], '2026-01-01', '2029-01-01',
         '法院', 'bribery-restrictions', '昆山', 'Kunshan'
       FROM generate_series(1, 6000) AS n`,
    );
    await db.query(`ANALYZE ${TABLE}`);
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT restriction_id FROM ${TABLE}
       WHERE credit_code = $1 AND $2::text = ANY (purposes) AND starts_on <= $3 AND ends_on >= $3
         AND (lifted_on IS NULL OR lifted_on > $3)
       ORDER BY ends_on DESC, restriction_id LIMIT 1`,
      [CODE, 'honours', '2026-12-02'],
    );
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
  });
});
