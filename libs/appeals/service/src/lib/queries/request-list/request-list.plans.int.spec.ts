import { createTestDatabase, planOf, rowsReadBy, wholeTableScans } from '@qinqing/shared/event-store-testing';
import type { Actor } from '@qinqing/identity/access';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REQUESTS_TABLE_DDL } from '../../projections/requests/requests.schema.sql';
import { COUNT_CAP, listRequestsStatement } from './request-list.query';

const databaseUrl = inject('databaseUrl');
const ROWS = 40_000;
const TODAY = '2026-12-02';

const staff = (role: 'service-staff' | 'department-handler' | 'supervisor', unit: string | null): Actor =>
  ({
    kind: 'staff',
    id: `staff-${role}`,
    role,
    displayName: role,
    ...(role === 'department-handler' ? { departmentId: unit } : {}),
    ...(role === 'service-staff' ? { centreId: unit } : {}),
  }) as Actor;

/**
 * The inbox on a city's worth of requests (40,000 rows in real PostgreSQL), once with the planner's statistics
 * gathered and once with none (a read side built in bulk that nothing has analysed yet, as on a server with
 * autovacuum off): every query shape the list and the export send — each role's visibility, filters, the
 * searches, later pages — is served by indexes, and reads a bounded number of rows however many there are. A
 * plan that reads the whole table, or walks the deadline index past other units' requests, fails the test.
 */
const suite = databaseUrl === null ? describe.skip : describe;

suite.each([
  ['with statistics', true],
  ['without statistics', false],
])(
  `request list query plans, %s${databaseUrl === null ? ' — SKIPPED: DATABASE_URL is not set' : ''}`,
  (_label, analysed) => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let client: pg.Client;

    beforeAll(async () => {
      database = await createTestDatabase(databaseUrl as string);
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
      for (const statement of REQUESTS_TABLE_DDL) await client.query(statement);
      // 40 departments, 8 centres; a spread of names, statuses and due dates (some overdue, some settled).
      await client.query(
        `INSERT INTO appeals_requests (request_id, receipt_code, enterprise_credit_code, enterprise_name, contact_name,
         contact_phone, category, priority, title, channel, receiving_unit_id, owner_unit_id, handed_off_by,
         pending_department_id, department_id, status, paused, clocks, submitted_at, submitted_on, updated_at)
       SELECT format('req-%s', lpad(i::text, 6, '0')), format('R%s', lpad(i::text, 11, '0')),
              format('913302%s', lpad(i::text, 12, '0')),
              (ARRAY['宁波','海曙','鄞州','江北','镇海'])[1 + i % 5] || (ARRAY['甬创','东方','华商','远洋','天一','明州','四明','三江'])[1 + i % 8] || i::text || '有限公司',
              '张三', format('138%s', lpad(i::text, 8, '0')), 'policy', 'normal', format('诉求 %s', i), 'kiosk',
              format('centre-%s', i % 8), format('dept-%s', i % 40), format('centre-%s', i % 8),
              CASE WHEN i % 3 = 0 THEN format('dept-%s', (i + 1) % 40) END,
              CASE WHEN i % 3 = 1 THEN format('dept-%s', i % 40) END,
              (ARRAY['received','awaiting-acceptance','in-progress','answered','rated','closed'])[1 + i % 6],
              i % 17 = 0,
              jsonb_build_object('resolve', jsonb_build_object('due', (DATE '2026-10-01' + (i % 120))::text,
                'status', CASE WHEN i % 6 >= 3 THEN 'met' ELSE 'running' END)),
              now(), DATE '2026-10-01', now()
       FROM generate_series(1, ${ROWS}) AS i`,
      );
      if (analysed) await client.query('ANALYZE appeals_requests');
    }, 120_000);
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    const wholeTableReadsOf = async (
      actor: Actor,
      query: Parameters<typeof listRequestsStatement>[1],
      after: { sortDue: string; requestId: string } | null = null,
    ): Promise<string[]> => {
      const statement = listRequestsStatement(actor, query, TODAY, { limit: 51, after });
      if (statement === null) throw new Error('no statement');
      const scans: string[] = [];
      for (const [sql, params] of [
        [statement.sql, statement.params],
        [statement.countSql, statement.countParams],
      ] as const) {
        scans.push(
          ...wholeTableScans(await planOf(client, sql, params as unknown[])).map(
            (relation) => `${sql === statement.sql ? 'page' : 'count'}: ${relation}`,
          ),
        );
      }
      return scans;
    };

    const rowsReadOf = async (sql: string, params: readonly unknown[]): Promise<number> =>
      rowsReadBy(await planOf(client, sql, params, true));

    const supervisor = staff('supervisor', null);
    const handler = staff('department-handler', 'dept-7');
    const centre = staff('service-staff', 'centre-3');

    it.each([
      ['a supervisor’s first page', supervisor, {}],
      ['a supervisor’s overdue requests', supervisor, { overdue: 'true' as const }],
      ['a supervisor’s requests in one status', supervisor, { status: 'in-progress' as const }],
      ['a department handler’s inbox', handler, {}],
      ['a centre’s inbox', centre, {}],
      ['a search by part of the enterprise name', supervisor, { enterpriseName: '甬创12' }],
      ['a search by one character of the name', handler, { enterpriseName: '甬' }],
      ['a search by credit code', supervisor, { creditCode: '913302000000012345' }],
      ['a search by receipt code at the receiving centre', centre, { receiptCode: 'R00000012347' }],
      ['a search by contact phone by the handling department', handler, { contactPhone: '13800012347' }],
    ])('%s reads no whole table', async (_name, actor, query) => {
      expect(await wholeTableReadsOf(actor, query)).toEqual([]);
    });

    // Bounded: a unit's inbox reads at most its five arms' pages, a count at most five arms of COUNT_CAP + 1
    // rows; a search the rows it finds. The data has 40,000 requests, a department 1,000 to 1,700 of them, a
    // centre 10,000. Without statistics the planner guesses 0.5 % of the table for one unit (200 rows here,
    // under the cap), so a count may sort the unit's own rows: a quarter of the table here, never a walk
    // through every unit's (the deadline index with a filter read 30,000 rows and more). From 200,000 rows
    // the guess is over the cap and the count walks each arm's index to the cap, statistics or not.
    const countBound = analysed ? 5 * (COUNT_CAP + 1) : ROWS / 4;
    it.each([
      ['a supervisor’s first page', supervisor, {}],
      ['a supervisor’s overdue requests', supervisor, { overdue: 'true' as const }],
      ['a department handler’s inbox', handler, {}],
      ['a department handler’s overdue requests', handler, { overdue: 'true' as const }],
      ['a centre’s inbox', centre, {}],
      ['a search by credit code', supervisor, { creditCode: '913302000000012345' }],
      ['a search by receipt code at the receiving centre', centre, { receiptCode: 'R00000012347' }],
      ['a search by contact phone by the handling department', handler, { contactPhone: '13800012347' }],
    ])('%s reads a bounded number of rows', async (_name, actor, query) => {
      for (const after of [null, { sortDue: '2026-11-15', requestId: 'req-020000' }]) {
        const statement = listRequestsStatement(actor, query, TODAY, { limit: 51, after });
        if (statement === null) throw new Error('no statement');
        expect(await rowsReadOf(statement.sql, statement.params)).toBeLessThanOrEqual(5 * 51);
        expect(await rowsReadOf(statement.countSql, statement.countParams)).toBeLessThanOrEqual(countBound);
      }
    });

    it('a later page costs what the first does: the keyset, not an offset', async () => {
      expect(
        await wholeTableReadsOf(supervisor, {}, { sortDue: '2026-11-15', requestId: 'req-020000' }),
      ).toEqual([]);
      expect(
        await wholeTableReadsOf(handler, {}, { sortDue: '2026-11-15', requestId: 'req-020000' }),
      ).toEqual([]);
    });
  },
);
