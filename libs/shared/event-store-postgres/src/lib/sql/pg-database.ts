import type { Pool, PoolClient, QueryResult } from 'pg';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { statementName } from './named-statements';
import { transactionEndedError } from './transaction-ended.error';

const WRITING_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/**
 * pg's rowCount also counts the rows a SELECT returned; PGlite's affectedRows counts only rows written.
 * Both adapters report the latter so code behaves the same on either driver.
 */
const affectedRows = (result: QueryResult): number =>
  WRITING_COMMANDS.has(result.command) ? (result.rowCount ?? 0) : 0;

const run = async <Row extends object>(
  target: Pool | PoolClient,
  text: string,
  params: readonly unknown[],
): Promise<{ rows: Row[]; affectedRows: number }> => {
  const name = statementName(text);
  const values = [...params];
  const result = await (name === undefined
    ? target.query(text, values)
    : target.query({ name, text, values }));
  return { rows: result.rows as Row[], affectedRows: affectedRows(result) };
};

/**
 * SqlDatabase over a node-postgres pool. A transaction checks out one client and runs BEGIN … COMMIT on it;
 * plain queries take any pooled client, each in its own implicit transaction.
 */
export class PgDatabase implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  private ending: Promise<void> | null = null;

  constructor(private readonly pool: Pool) {}

  query<Row extends object = Record<string, unknown>>(
    text: string,
    params: readonly unknown[] = [],
  ): Promise<{ rows: Row[]; affectedRows: number }> {
    return run<Row>(this.pool, text, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let open = true;
    const tx: SqlExecutor = {
      query: <Row extends object = Record<string, unknown>>(
        text: string,
        params: readonly unknown[] = [],
      ) => {
        // A leaked executor would otherwise run on a client already handed to someone else.
        if (!open) return Promise.reject(transactionEndedError());
        return run<Row>(client, text, params);
      },
    };
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        // The connection is in an unknown state: destroy it instead of returning it to the pool.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      open = false;
      client.release(broken);
    }
  }

  /** Ends the pool; safe to call more than once (pg refuses a second end()). */
  close(): Promise<void> {
    this.ending ??= this.pool.end();
    return this.ending;
  }
}
