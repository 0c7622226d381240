import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, Server } from 'node:http';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { TRACE_HEADER } from './bench-http.protocol';

/**
 * The SQL statements each traced request sends, by trace id: a request carrying TRACE_HEADER runs, with
 * everything it causes (AsyncLocalStorage follows its promises), in a trace of its own; other work — the
 * projections and relays following the log — is not recorded.
 */
export class SqlTrace {
  private readonly traces = new Map<string, string[]>();
  private readonly current = new AsyncLocalStorage<string[]>();

  /** Records every statement sent on `db`, and inside its transactions, for the traced request that sent it. */
  watch(db: SqlDatabase): void {
    const record = (text: string) => this.current.getStore()?.push(text.replace(/\s+/gu, ' ').trim());
    const query = db.query.bind(db);
    const transaction = db.transaction.bind(db);
    db.query = ((text: string, params?: readonly unknown[]) => {
      record(text);
      return query(text, params);
    }) as SqlDatabase['query'];
    db.transaction = (<T>(work: (tx: SqlExecutor) => Promise<T>) => {
      record('BEGIN');
      return transaction((tx) =>
        work({
          query: ((text: string, params?: readonly unknown[]) => {
            record(text);
            return tx.query(text, params);
          }) as SqlExecutor['query'],
        }),
      );
    }) as SqlDatabase['transaction'];
  }

  /** Starts a trace for each request to `server` that carries the trace header. */
  follow(server: Server): void {
    server.prependListener('request', (request: IncomingMessage) => {
      const id = request.headers[TRACE_HEADER];
      if (typeof id !== 'string') return;
      const statements: string[] = [];
      this.traces.set(id, statements);
      this.current.enterWith(statements);
    });
  }

  /** The statements of a finished traced request (then forgotten); null for an unknown id. */
  take(id: string): string[] | null {
    const statements = this.traces.get(id) ?? null;
    this.traces.delete(id);
    return statements;
  }
}
