import { createTestDatabase, planOf, wholeTableScans } from '@qinqing/shared/event-store-testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BOARDS_DDL } from '../projections/boards/boards.projection';
import { CLEAN_ENTERPRISE_DDL } from '../projections/clean-enterprise/clean-enterprise.projection';
import { INTEGRITY_FILE_DDL } from '../projections/integrity-file/integrity-file.projection';
import { PLEDGES_DDL } from '../projections/pledges/pledges.projection';
import { BOARD_CANDIDATE_STATEMENTS, RECORDS_OF_YEAR_STATEMENT } from './boards/board-records.query';
import { CURRENT_BOARD_STATEMENT, listPublishedBoardsStatement } from './boards/boards.query';
import { listEvaluationsStatement } from './clean-enterprise/clean-enterprise.query';
import { PLEDGES_OF_ENTERPRISE_STATEMENT } from './pledges/pledges.query';

const databaseUrl = inject('databaseUrl');
const suite = databaseUrl === null ? describe.skip : describe;
const ROWS = 100_000;

/**
 * The credit context's board, pledge and 清廉企业 reads on a city's worth of rows (real PostgreSQL, statistics
 * gathered): every statement is served by an index. A plan that reads a whole table fails the test.
 */
suite(
  `credit board, pledge and evaluation query plans${databaseUrl === null ? ' — SKIPPED: DATABASE_URL is not set' : ''}`,
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let client: pg.Client;

    beforeAll(async () => {
      database = await createTestDatabase(databaseUrl as string);
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
      for (const statement of [
        ...INTEGRITY_FILE_DDL,
        ...BOARDS_DDL,
        ...PLEDGES_DDL,
        ...CLEAN_ENTERPRISE_DDL,
      ]) {
        await client.query(statement);
      }
      // Records over ten years, a tenth positive; 20,000 enterprises.
      await client.query(
        `INSERT INTO credit_records (document_key, document_number, credit_code, enterprise_name, kind, polarity, severity,
         issuing_authority, decided_on, legal_basis, evidence_reference, disclosure, source, public_until,
         recorded_at, updated_at)
       SELECT format('D%s', i), format('D%s', i), format('9133%s', lpad((i % 20000)::text, 14, '0')), '企业',
              CASE WHEN i % 10 = 0 THEN 'honour' ELSE 'administrative-penalty' END,
              CASE WHEN i % 10 = 0 THEN 'positive' ELSE 'negative' END,
              CASE WHEN i % 10 = 0 THEN NULL ELSE 'general' END, '机关',
              (DATE '2017-01-01' + (i % 3650))::text, '依据', '证据', NULL, 'staff',
              CASE WHEN i % 10 = 0 THEN NULL ELSE (DATE '2018-01-01' + (i % 3650))::text END, now(), now()
       FROM generate_series(1, ${ROWS}) AS i`,
      );
      // Forty years of quarterly boards, most published.
      await client.query(
        `INSERT INTO credit_boards (board_id, period, first_day, last_day, status, as_of, approved_on, red, black,
         red_count, black_count, updated_at)
       SELECT format('board-%s-Q%s', 1990 + i / 4, 1 + i % 4), format('%s-Q%s', 1990 + i / 4, 1 + i % 4),
              (DATE '1990-01-01' + i * 91)::text, (DATE '1990-03-31' + i * 91)::text,
              CASE WHEN i % 50 = 49 THEN 'draft' ELSE 'published' END, '2000-01-01', '2000-01-01', '[]', '[]', 0, 0, now()
       FROM generate_series(0, 4000) AS i`,
      );
      await client.query(
        `INSERT INTO credit_pledges (pledge_id, credit_code, signatory_name, signatory_position, text_version, signed_on, signed_at)
       SELECT format('p-%s', i), format('9133%s', lpad((i % 20000)::text, 14, '0')), '张三', '董事长', '2026.1',
              '2026-01-01', now() FROM generate_series(1, ${ROWS}) AS i`,
      );
      await client.query(
        `INSERT INTO credit_clean_enterprise_evaluations (year, credit_code, evaluation_id, enterprise_name, passed, items, evaluated_on)
       SELECT 2016 + i % 10, format('9133%s', lpad(i::text, 14, '0')), format('e-%s', i), '企业', true, '[]', '2026-01-01'
       FROM generate_series(1, ${ROWS}) AS i`,
      );
      for (const table of [
        'credit_records',
        'credit_boards',
        'credit_pledges',
        'credit_clean_enterprise_evaluations',
      ]) {
        await client.query(`ANALYZE ${table}`);
      }
    }, 120_000);

    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    const first = listPublishedBoardsStatement(undefined, 20);
    const later = listPublishedBoardsStatement('board-2000-Q1', 20);
    const evaluations = listEvaluationsStatement(2020, undefined, 20);
    const laterEvaluations = listEvaluationsStatement(2020, '913300000000005000', 20);

    it.each([
      ['the first page of published boards', first.sql, first.params],
      ['a later page of published boards', later.sql, later.params],
      ['the current board', CURRENT_BOARD_STATEMENT, []],
      ['the black list’s candidates', BOARD_CANDIDATE_STATEMENTS.negative, ['2026-12-31']],
      ['the red list’s candidates', BOARD_CANDIDATE_STATEMENTS.positive, ['2026-01-01', '2026-12-31']],
      [
        'an enterprise’s records of a year',
        RECORDS_OF_YEAR_STATEMENT,
        ['913300000000000042', '2025-01-01', '2025-12-31'],
      ],
      ['an enterprise’s pledges', PLEDGES_OF_ENTERPRISE_STATEMENT, ['913300000000000042']],
      ['a year’s evaluations', evaluations.sql, evaluations.params],
      ['a later page of a year’s evaluations', laterEvaluations.sql, laterEvaluations.params],
    ])('%s reads no whole table', async (_name, sql, params) => {
      expect(wholeTableScans(await planOf(client, sql, params))).toEqual([]);
    });
  },
);
