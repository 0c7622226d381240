import {
  migrateEventStore,
  openPostgresDatabase,
  PostgresEventStore,
} from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { type Ledger, TOTALS_SCHEMA } from './ledger';

/**
 * A fresh PostgreSQL database for a fault suite: the event store the relay reads, and the consumer's
 * totals read model with a zero row per account.
 */
export const openLedgerDatabase = async (serverUrl: string, accounts: readonly string[]) => {
  const database = await createTestDatabase(serverUrl);
  const db = await openPostgresDatabase(database.url);
  await migrateEventStore(db);
  for (const statement of TOTALS_SCHEMA) await db.query(statement);
  for (const account of accounts) await db.query('INSERT INTO totals (account_id) VALUES ($1)', [account]);
  const store = new PostgresEventStore(db);
  const count = async (sql: string): Promise<number> =>
    Number((await db.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  return {
    /** For another process (the consumer child) to connect. */
    url: database.url,
    db,
    store,
    count,
    applied: () => count('SELECT count(*)::text AS n FROM applied'),
    close: async () => {
      await db.close();
      await database.drop();
    },
  };
};

export type LedgerDatabase = Awaited<ReturnType<typeof openLedgerDatabase>>;

/**
 * What the consumer did with the ledger's stream, read from the store and the read model: events it
 * never applied, applied more than once, rows for events the stream does not have, redeliveries the inbox
 * dropped, and the totals next to the fold of the stream (the totals it should hold).
 */
export const auditLedger = async (
  { db, store, count }: Pick<LedgerDatabase, 'db' | 'store' | 'count'>,
  ledger: Ledger,
  accounts: readonly string[],
  total: number,
) => {
  const events = (await store.readAll({ after: null, limit: total * 2 })).filter((e) =>
    e.streamId.startsWith(`${ledger.context}-`),
  );
  const expectedTotals = new Map<string, number>(accounts.map((a) => [a, 0]));
  for (const e of events) {
    const account = e.streamId.slice(ledger.context.length + 1);
    expectedTotals.set(account, (expectedTotals.get(account) ?? 0) + (e.data as { amount: number }).amount);
  }
  const rows = (
    await db.query<{ event_id: string; times: string }>(
      'SELECT event_id, count(*)::text AS times FROM applied GROUP BY event_id',
    )
  ).rows;
  const applied = new Set(rows.map((r) => r.event_id));
  const known = new Set(events.map((e) => e.eventId));
  const totals = new Map(
    (await db.query<{ account_id: string; n: string }>('SELECT account_id, n::text FROM totals')).rows.map(
      (r) => [r.account_id, Number(r.n)],
    ),
  );
  return {
    events: events.length,
    lost: events.filter((e) => !applied.has(e.eventId)).length,
    twice: rows.filter((r) => Number(r.times) > 1).length,
    strangers: rows.filter((r) => !known.has(r.event_id)).length,
    drops: await count('SELECT count(*)::text AS n FROM inbox_drops'),
    totals,
    expectedTotals,
  };
};
