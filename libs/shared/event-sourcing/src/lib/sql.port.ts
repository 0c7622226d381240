/** The SQL a read model or checkpoint needs, independent of the driver (pg pool or embedded PGlite). */
export interface SqlExecutor {
  query<Row extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[]; affectedRows: number }>;
}

/** A statement kept to run later (a projection folding a batch in memory writes its side tables in order). */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** Runs the statements one after the other, in the order given. */
export const runInOrder = async (tx: SqlExecutor, statements: readonly SqlStatement[]): Promise<void> => {
  for (const statement of statements) await tx.query(statement.sql, statement.params);
};

export interface SqlDatabase extends SqlExecutor {
  readonly dialect: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: all its statements commit together or not at all. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
