import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { isConcurrentCreateError } from './sql-error';

/**
 * Runs idempotent `CREATE … IF NOT EXISTS` statements. Two processes setting up at the same moment can
 * still collide inside PostgreSQL's catalog; the loser's retry then finds the object and does nothing.
 */
export const createTables = async (db: SqlExecutor, statements: readonly string[]): Promise<void> => {
  for (const statement of statements) {
    try {
      await db.query(statement);
    } catch (error) {
      if (!isConcurrentCreateError(error)) throw error;
      await db.query(statement);
    }
  }
};
