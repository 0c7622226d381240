import {
  dropSecondaryIndexes,
  restoreSecondaryIndexes,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import { beforeAll, expect, it } from 'vitest';
import { analyzeStaleTables } from './request-statistics';
import { REQUESTS_TABLE_DDL, REQUESTS_TABLES } from './requests.schema.sql';

/** Requests written in bulk, as a rebuild writes them, with nothing analysing the table. */
const insertRequests = async (db: SqlDatabase, from: number, count: number): Promise<void> => {
  await db.query(
    `INSERT INTO appeals_requests (request_id, receipt_code, enterprise_credit_code, enterprise_name, contact_name,
       contact_phone, category, priority, title, channel, receiving_unit_id, owner_unit_id, status, clocks,
       submitted_at, submitted_on, updated_at)
     SELECT format('req-%s', i), format('R%s', i), format('9133%s', i), format('宁波甬创%s有限公司', i), '张三',
            format('138%s', i), 'policy', 'normal', repeat('诉求', 40), 'kiosk', 'centre-1', format('dept-%s', i % 40),
            'in-progress', jsonb_build_object('resolve', jsonb_build_object('due', '2026-12-01', 'status', 'running')),
            now(), DATE '2026-10-01', now()
     FROM generate_series($1::int, $2::int) AS i`,
    [from, from + count - 1],
  );
};

const statisticsRowsOf = async (db: SqlDatabase): Promise<number> => {
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'appeals_requests'`,
  );
  return Number(rows[0]?.n ?? 0);
};

describeEachBackend('the requests read model’s statistics', (database) => {
  let db: SqlDatabase;

  beforeAll(async () => {
    db = database().db;
    for (const statement of REQUESTS_TABLE_DDL) await db.query(statement);
  });

  it('a table built in bulk and never analysed is analysed once, then not again until much of it has changed', async () => {
    await insertRequests(db, 1, 300);
    expect(await analyzeStaleTables(db)).toEqual([]); // small: the planner's defaults do no harm
    await insertRequests(db, 301, 5_000);
    expect(await statisticsRowsOf(db)).toBe(0);
    expect(await analyzeStaleTables(db)).toEqual(['appeals_requests']);
    expect(await statisticsRowsOf(db)).toBeGreaterThan(0);
    expect(await analyzeStaleTables(db)).toEqual([]);
  }, 60_000);
});

describeEachBackend('the requests read model’s statistics during a rebuild', (database) => {
  let db: SqlDatabase;

  beforeAll(async () => {
    db = database().db;
    for (const statement of REQUESTS_TABLE_DDL) await db.query(statement);
  });

  it('a table whose secondary indexes a rebuild has set aside is not analysed by bulk batches; the rebuild’s end analyses it', async () => {
    const dropped = await db.transaction((tx) => dropSecondaryIndexes(tx, REQUESTS_TABLES));
    expect(dropped.length).toBeGreaterThan(0);
    await insertRequests(db, 1, 5_300);
    expect(await analyzeStaleTables(db)).toEqual([]);
    expect(await statisticsRowsOf(db)).toBe(0);
    await restoreSecondaryIndexes(db, dropped, REQUESTS_TABLES);
    expect(await statisticsRowsOf(db)).toBeGreaterThan(0);
    expect(await analyzeStaleTables(db)).toEqual([]);
  }, 60_000);
});
