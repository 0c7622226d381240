import {
  dropSecondaryIndexes,
  type LogCursor,
  type RecordedEvent,
  restoreSecondaryIndexes,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { historyScript, REQUEST_ID, runScript } from '@qinqing/appeals/domain/testing';
import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { analyzeStaleTables, BULK_BATCH } from './request-statistics';
import { requestsProjection } from './requests.projection';
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
    // Nothing filters on the documents: no statistics kept of them.
    const { rows } = await db.query<{ attname: string }>(
      `SELECT attname FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'appeals_requests'
         AND attname IN ('clocks', 'provisional', 'status')`,
    );
    expect(rows.map((row) => row.attname)).toEqual(['status']);
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

/** A bulk batch: the submission of a generated history, made `count` requests of their own, recorded in order. */
const submissions = (count: number): RecordedEvent[] => {
  const [script] = fc.sample(historyScript, { numRuns: 1, seed: 17 });
  const submitted = runScript(script as Parameters<typeof runScript>[0])[0]?.events[0];
  if (submitted?.type !== 'RequestSubmitted') throw new Error('a history starts with its submission');
  return Array.from({ length: count }, (_, i) => {
    const requestId = `bulk-${i}`;
    const data = JSON.parse(
      JSON.stringify(submitted.data)
        .replaceAll(`"${REQUEST_ID}`, `"${requestId}`)
        .replaceAll('RC-7F3K9Q', `RC-B${i}`),
    ) as unknown;
    const at = new Date(Date.UTC(2026, 9, 1, 0, 0, i));
    return {
      eventId: `${requestId}-0`,
      type: submitted.type,
      schemaVersion: 1,
      data,
      metadata: {
        correlationId: requestId,
        causationId: null,
        actorId: 'bulk',
        actorRole: 'system',
        occurredAt: at.toISOString(),
      },
      streamId: enterpriseRequestStreamId(requestId),
      streamRevision: 0,
      globalPosition: BigInt(i + 1),
      cursor: String(i + 1) as LogCursor,
      recordedAt: at,
    };
  });
};

describeEachBackend('the requests read model’s statistics after a bulk batch', (database) => {
  let db: SqlDatabase;

  beforeAll(async () => {
    db = database().db;
    await requestsProjection.setup(db);
  });

  it('a bulk batch writes its rows and, in the same round trip, finds the table that was stale and analyses it', async () => {
    await insertRequests(db, 1, 5_300);
    expect(await statisticsRowsOf(db)).toBe(0);
    const batch = submissions(BULK_BATCH);
    await db.transaction((tx) =>
      (requestsProjection.applyBatch as NonNullable<typeof requestsProjection.applyBatch>)(batch, tx),
    );
    expect(await statisticsRowsOf(db)).toBeGreaterThan(0);
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM appeals_requests WHERE request_id LIKE 'bulk-%'`,
    );
    expect(Number(rows[0]?.n)).toBe(BULK_BATCH);
  }, 60_000);
});
