import type { ListEnterprisesQuery } from '@qinqing/liaison/contracts';
import { createTestDatabase, explainingExecutor } from '@qinqing/shared/event-store-testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIRECTORY_TABLE_DDL } from '../../projections/directory/directory.schema.sql';
import { findEnterprise, listEnterprises } from './directory.query';

const databaseUrl = inject('databaseUrl');
const suite = databaseUrl === null ? describe.skip : describe;
const ROWS = 40_000;

/**
 * The directory on a city's worth of enterprises (40,000 rows in real PostgreSQL, statistics gathered): the
 * lookup and every filter of the list, alone or combined, first page or later, is served by an index. A plan
 * that reads the whole table fails the test.
 */
suite(`directory query plans${databaseUrl === null ? ' — SKIPPED: DATABASE_URL is not set' : ''}`, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase(databaseUrl as string);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    for (const statement of DIRECTORY_TABLE_DDL) await client.query(statement);
    await client.query(
      `INSERT INTO liaison_enterprises (credit_code, name, area_code, area_province, area_city, area_county, industry,
         industry_group, size, employees, revenue, assets, tags, contact_phone, registered_at, updated_at)
       SELECT '91' || c.county || lpad(i::text, 9, '0') || 'X',
              (ARRAY['宁波','杭州','温州','嘉兴'])[1 + i % 4] || (ARRAY['甬创','东方','华商','远洋'])[1 + (i / 4) % 4] || i || '有限公司',
              CASE WHEN i % 3 = 0 THEN c.county || lpad((1 + i % 20)::text, 3, '0') ELSE c.county END,
              substr(c.county, 1, 2), substr(c.county, 1, 4), c.county, 'C3491',
              (ARRAY['industry','retail','software-it','other','transport','catering','wholesale','construction'])[1 + (i * 7) % 8],
              (ARRAY['large','medium','small','micro'])[1 + (i * 13) % 4], i % 2000, i % 50000, i % 30000,
              CASE WHEN i % 5 = 0 THEN ARRAY[(ARRAY['key-backbone','four-new','high-growth','in-difficulty'])[1 + i % 4]] ELSE '{}'::text[] END,
              '139' || lpad(i::text, 8, '0'), now(), now()
       FROM generate_series(1, ${ROWS}) AS i,
            LATERAL (SELECT (ARRAY['330203','330212','330205','330206','330211','330281','330282','330225'])[1 + i % 8] AS county) AS c`,
    );
    await client.query('ANALYZE liaison_enterprises');
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('finds one enterprise by its credit code through the primary key', async () => {
    const plans: string[][] = [];
    await findEnterprise(explainingExecutor(client, plans), '91330203000000001X');
    expect(plans).toEqual([[]]);
  });

  const AFTER = '91330203000020000X';
  it.each<Partial<ListEnterprisesQuery>>([
    {},
    { area: '330000' },
    { area: '330200' },
    { area: '330212' },
    { area: '330212003' },
    { industryGroup: 'software-it' },
    { size: 'micro' },
    { tag: 'in-difficulty' },
    { name: '宁波甬创' },
    { area: '330212', size: 'large', tag: 'four-new' },
    { area: '330200', industryGroup: 'retail', after: AFTER },
    { name: '杭州', size: 'small', after: AFTER },
  ])('lists %o by indexes only, first and later pages', async (filters) => {
    const plans: string[][] = [];
    await listEnterprises(explainingExecutor(client, plans), { limit: 100, ...filters });
    await listEnterprises(explainingExecutor(client, plans), { limit: 20, after: AFTER, ...filters });
    expect(plans).toEqual([[], []]);
  });
});
