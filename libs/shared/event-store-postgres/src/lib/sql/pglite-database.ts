import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite, Results } from '@electric-sql/pglite';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { transactionEndedError } from './transaction-ended.error';

interface PgliteQueryable {
  query<T>(text: string, params?: unknown[]): Promise<Results<T>>;
}

const run = async <Row extends object>(
  target: PgliteQueryable,
  text: string,
  params: readonly unknown[],
): Promise<{ rows: Row[]; affectedRows: number }> => {
  const result = await target.query<Row>(text, [...params]);
  return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
};

export interface PgliteDatabaseOptions {
  /** Runs before PGlite closes, e.g. to stop a timer that queries it. */
  readonly beforeClose?: () => void;
  /** Runs after PGlite has closed, e.g. to release the data directory lock. */
  readonly afterClose?: () => void | Promise<void>;
}

/**
 * SqlDatabase over embedded PGlite. PGlite has a single connection and runs one transaction at a time:
 * a query or transaction started on the instance while a transaction is open waits for it to end. Doing
 * that from *inside* the transaction would therefore wait forever, so it is refused with an error instead.
 */
export class PgliteDatabase implements SqlDatabase {
  readonly dialect = 'pglite' as const;
  private readonly insideTransaction = new AsyncLocalStorage<true>();

  constructor(
    private readonly pglite: PGlite,
    private readonly options: PgliteDatabaseOptions = {},
  ) {}

  query<Row extends object = Record<string, unknown>>(
    text: string,
    params: readonly unknown[] = [],
  ): Promise<{ rows: Row[]; affectedRows: number }> {
    const refused = this.refuseInsideTransaction('query');
    if (refused !== null) return Promise.reject(refused);
    return run<Row>(this.pglite, text, params);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const refused = this.refuseInsideTransaction('transaction');
    if (refused !== null) return Promise.reject(refused);
    return this.pglite.transaction((pgliteTx) => {
      const tx: SqlExecutor = {
        query: <Row extends object = Record<string, unknown>>(
          text: string,
          params: readonly unknown[] = [],
        ) => (pgliteTx.closed ? Promise.reject(transactionEndedError()) : run<Row>(pgliteTx, text, params)),
      };
      return this.insideTransaction.run(true, () => work(tx));
    });
  }

  /**
   * A copy of the whole database (PGlite's data directory as an uncompressed tar), taken after a CHECKPOINT and
   * while no other statement or transaction runs: a database opened from it (`loadDataDir`) holds exactly what
   * this one had committed.
   */
  async snapshot(): Promise<Blob> {
    await this.query('CHECKPOINT');
    return this.pglite.transaction(() => this.pglite.dumpDataDir('none'));
  }

  async close(): Promise<void> {
    this.options.beforeClose?.();
    if (!this.pglite.closed) await this.pglite.close();
    await this.options.afterClose?.();
  }

  private refuseInsideTransaction(operation: string): Error | null {
    if (this.insideTransaction.getStore() !== true) return null;
    return new Error(
      `PgliteDatabase.${operation}() was called inside a transaction on the same database. PGlite has one ` +
        'connection, so it would wait for that transaction forever; use the transaction executor instead.',
    );
  }
}
