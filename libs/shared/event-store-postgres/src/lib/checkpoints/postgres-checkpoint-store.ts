import type { CheckpointStore, LogCursor, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { createTables } from '../sql/create-tables';

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

  /** Creates the row on first use, so there is always a row to lock: the lock is what serialises followers. */
  async loadForUpdate(tx: SqlExecutor, name: string): Promise<LogCursor | null> {
    await tx.query('INSERT INTO es_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    const { rows } = await tx.query<{ cursor: string | null }>(
      'SELECT cursor FROM es_checkpoints WHERE name = $1 FOR UPDATE',
      [name],
    );
    return (rows[0]?.cursor ?? null) as LogCursor | null;
  }

  async save(tx: SqlExecutor, name: string, cursor: LogCursor | null): Promise<void> {
    await tx.query(
      `INSERT INTO es_checkpoints (name, cursor, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
      [name, cursor],
    );
  }
}
