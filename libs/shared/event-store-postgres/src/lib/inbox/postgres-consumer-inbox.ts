import type { ConsumerInbox, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { createTables } from '../sql/create-tables';

/**
 * Handled messages in `es_inbox`. A redelivery racing the first delivery waits on the primary key until
 * the first transaction ends, then inserts nothing (committed) or takes over (rolled back).
 */
export class PostgresConsumerInbox implements ConsumerInbox {
  async setup(db: SqlExecutor): Promise<void> {
    await createTables(db, [
      `CREATE TABLE IF NOT EXISTS es_inbox (
        consumer text NOT NULL,
        message_id text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`,
    ]);
  }

  async markHandled(tx: SqlExecutor, consumer: string, messageId: string): Promise<boolean> {
    const { affectedRows } = await tx.query(
      'INSERT INTO es_inbox (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [consumer, messageId],
    );
    return affectedRows === 1;
  }

  async markAllHandled(
    tx: SqlExecutor,
    consumer: string,
    messageIds: readonly string[],
  ): Promise<ReadonlySet<string>> {
    if (messageIds.length === 0) return new Set();
    const { rows } = await tx.query<{ message_id: string }>(
      `INSERT INTO es_inbox (consumer, message_id) SELECT $1, id FROM unnest($2::text[]) AS id
       ON CONFLICT DO NOTHING RETURNING message_id`,
      [consumer, messageIds],
    );
    return new Set(rows.map((row) => row.message_id));
  }
}
