import { createTestDatabase, explainingExecutor } from '@qinqing/shared/event-store-testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CREDIT_CASES_DDL } from '../../projections/credit-cases/credit-cases.schema.sql';
import { INTEGRITY_FILE_DDL } from '../../projections/integrity-file/integrity-file.projection';
import { listObjections, listRepairs, objectionsOf, repairsOf } from './credit-cases.query';

const databaseUrl = inject('databaseUrl');
const suite = databaseUrl === null ? describe.skip : describe;
const ROWS = 60_000;

/**
 * The officer's lists and the enterprise's own view on a city's worth of cases (60,000 objections and as many
 * repair applications, most of them closed, in real PostgreSQL with statistics gathered): every page, first or
 * later, open or decided, is read by an index. A plan that reads a whole table fails the test.
 */
suite(
  `objection and repair list plans${databaseUrl === null ? ' — SKIPPED: DATABASE_URL is not set' : ''}`,
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let client: pg.Client;

    beforeAll(async () => {
      database = await createTestDatabase(databaseUrl as string);
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
      for (const statement of [...INTEGRITY_FILE_DDL, ...CREDIT_CASES_DDL]) await client.query(statement);
      await client.query(
        `INSERT INTO credit_records (document_key, document_number, credit_code, enterprise_name, kind, polarity,
         severity, issuing_authority, decided_on, legal_basis, evidence_reference, source, recorded_at, updated_at)
       SELECT 'doc-' || i, 'doc-' || i, '9133020' || lpad((i % 5000)::text, 10, '0') || 'X', '企业' || i,
              'administrative-penalty', 'negative', 'general', '机关', '2026-01-01', '依据', '证据', 'staff', now(), now()
       FROM generate_series(1, ${ROWS}) AS i`,
      );
      await client.query(
        `INSERT INTO credit_objections (objection_id, document_number, document_key, credit_code, grounds,
         filed_by_role, filed_on, due_on, status, outcome, reasons, decided_on, closed_on, filed_at)
       SELECT 'obj-' || lpad(i::text, 6, '0'), 'doc-' || i, 'doc-' || i, '9133020' || lpad((i % 5000)::text, 10, '0') || 'X',
              '理由', 'kiosk-enterprise', to_char(date '2024-01-01' + (i / 60), 'YYYY-MM-DD'),
              to_char(date '2024-01-10' + (i / 60), 'YYYY-MM-DD'),
              CASE WHEN i % 50 = 0 THEN 'open' ELSE 'decided' END,
              CASE WHEN i % 50 = 0 THEN NULL ELSE 'upheld' END, CASE WHEN i % 50 = 0 THEN NULL ELSE '维持' END,
              CASE WHEN i % 50 = 0 THEN NULL ELSE to_char(date '2024-01-05' + (i / 60), 'YYYY-MM-DD') END,
              CASE WHEN i % 50 = 0 THEN NULL ELSE to_char(date '2024-01-05' + (i / 60), 'YYYY-MM-DD') END,
              now() - (i || ' minutes')::interval
       FROM generate_series(1, ${ROWS}) AS i`,
      );
      await client.query(
        `INSERT INTO credit_repair_applications (application_id, document_number, document_key, credit_code,
         correction_evidence, signatory_name, signatory_position, text_version, applied_by_role, applied_on, due_on,
         outcome, reasons, decided_on, applied_at)
       SELECT 'app-' || lpad(i::text, 6, '0'), 'doc-' || i, 'doc-' || i, '9133020' || lpad((i % 5000)::text, 10, '0') || 'X',
              '凭证', '张伟', '法定代表人', '2026-04', 'kiosk-enterprise', to_char(date '2024-01-01' + (i / 60), 'YYYY-MM-DD'),
              to_char(date '2024-01-08' + (i / 60), 'YYYY-MM-DD'),
              CASE WHEN i % 50 = 0 THEN NULL ELSE 'granted' END, CASE WHEN i % 50 = 0 THEN NULL ELSE '准予' END,
              CASE WHEN i % 50 = 0 THEN NULL ELSE to_char(date '2024-01-05' + (i / 60), 'YYYY-MM-DD') END,
              now() - (i || ' minutes')::interval
       FROM generate_series(1, ${ROWS}) AS i`,
      );
      for (const table of ['credit_records', 'credit_objections', 'credit_repair_applications'])
        await client.query(`ANALYZE ${table}`);
    }, 180_000);
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    it.each([null, { key: '2024-06-01', id: 'x-5000' }])(
      'lists objections open and decided by index (after %j)',
      async (after) => {
        const plans: string[][] = [];
        await listObjections(explainingExecutor(client, plans), 'open', after, 20);
        await listObjections(explainingExecutor(client, plans), 'decided', after, 20);
        await listRepairs(explainingExecutor(client, plans), 'pending', after, 100);
        await listRepairs(explainingExecutor(client, plans), 'decided', after, 100);
        expect(plans).toEqual([[], [], [], []]);
      },
    );

    it('reads one enterprise’s own cases by its index', async () => {
      const plans: string[][] = [];
      await objectionsOf(explainingExecutor(client, plans), '91330200000000042X');
      await repairsOf(explainingExecutor(client, plans), '91330200000000042X');
      expect(plans).toEqual([[], []]);
    });
  },
);
