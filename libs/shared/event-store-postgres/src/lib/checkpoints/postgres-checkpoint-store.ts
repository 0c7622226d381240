import type { CheckpointStore, LogCursor, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { createTables } from '../sql/create-tables';

/** The cursor in the follower's row, locked until the transaction ends; undefined when there is no row yet. */
const lockRow = async (tx: SqlExecutor, name: string): Promise<LogCursor | null | undefined> => {
  const { rows } = await tx.query<{ cursor: string | null }>(
    'SELECT cursor FROM es_checkpoints WHERE name = $1 FOR UPDATE',
    [name],
  );
  return rows.length === 0 ? undefined : ((rows[0]?.cursor ?? null) as LogCursor | null);
};

/** Checkpoints in `es_checkpoints`, in the same database as the read models whose progress they record. */
export class PostgresCheckpointStore implements CheckpointStore {
  async setup(db: SqlExecutor): Promise<void> {
    await createTables(db, [
      `CREATE TABLE IF NOT EXISTS es_checkpoints (
        name text PRIMARY KEY,
        cursor text NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    ]);
  }

  /**
   * Locks the follower's row, creating it on first use, so there is always a row to lock: the lock is what
   * serialises followers. Once the row exists (every step but a follower's very first), that is one statement.
   */
  async loadForUpdate(tx: SqlExecutor, name: string): Promise<LogCursor | null> {
    const locked = await lockRow(tx, name);
    if (locked !== undefined) return locked;
    await tx.query('INSERT INTO es_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    return (await lockRow(tx, name)) ?? null;
  }

  async save(tx: SqlExecutor, name: string, cursor: LogCursor | null): Promise<void> {
    await tx.query(
      `INSERT INTO es_checkpoints (name, cursor, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
      [name, cursor],
    );
  }
}
