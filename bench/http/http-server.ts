/**
 * The server side of bench:http, in its own process (the load generator must not share its event loop): the
 * one-process platform (Nest, every context, demo data) on a fresh PGlite data directory — or PostgreSQL with
 * BENCH_HTTP_DATABASE_URL — and, on a second port of the same process, a bare `node:http` handler that runs the
 * same SQL on the same database connection: the supervisor's inbox page (`listRequestsStatement`: the page query
 * and its capped count), a request's stream (the detail reads the stream and folds it), and a submission's events
 * appended with the store's own append (one statement). Nothing else: no routing library, guard, session,
 * validation or view — the difference is what the HTTP path costs. Prints one JSON line with both addresses.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRequestsStatement } from '@qinqing/appeals/service';
import { enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import type { Actor } from '@qinqing/identity/access';
import type { EventStore, NewEvent, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { UuidV7Generator } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, SQL_DATABASE } from '@qinqing/shared/nest-platform';

const SUPERVISOR: Actor = { kind: 'staff', id: 'bench-supervisor', role: 'supervisor', displayName: 'bench' };
const PAGE_SIZE = 50;
/** Marks this process's lines to the runner among the platform's own JSON log lines. */
const LINE_PREFIX = 'bench-http: ';
const ids = new UuidV7Generator();

const body = async (request: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
};

const answer = (response: ServerResponse, status: number, value: unknown): void => {
  // Global positions are bigints, which the platform's views write as strings too.
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
};

/** The events a submission through the API stored, as the template of the raw appends (fresh ids each time). */
interface SubmissionTemplate {
  readonly events: readonly Omit<NewEvent, 'eventId'>[];
}

const rawHandler =
  (db: SqlDatabase, store: EventStore, template: () => SubmissionTemplate | null) =>
  async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://raw');
    if (request.method === 'GET' && url.pathname === '/requests') {
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const statement = listRequestsStatement(SUPERVISOR, {}, today, { limit: PAGE_SIZE + 1, after: null });
      if (statement === null) return answer(response, 500, { error: 'no statement' });
      const [{ rows }, count] = await Promise.all([
        db.query(statement.sql, statement.params),
        db.query<{ total: string }>(statement.countSql, statement.countParams),
      ]);
      return answer(response, 200, { items: rows.slice(0, PAGE_SIZE), total: Number(count.rows[0]?.total) });
    }
    const detail = /^\/requests\/([0-9a-f-]{36})$/u.exec(url.pathname);
    if (request.method === 'GET' && detail !== null) {
      const events = await store.readStream(enterpriseRequestStreamId(detail[1] as string));
      return events.length === 0 ? answer(response, 404, {}) : answer(response, 200, { events });
    }
    if (request.method === 'POST' && url.pathname === '/requests') {
      await body(request);
      const kept = template();
      if (kept === null) return answer(response, 503, { error: 'no template yet' });
      const requestId = ids.next();
      await store.appendToStream(
        enterpriseRequestStreamId(requestId),
        kept.events.map((event) => ({ ...event, eventId: ids.next() })),
        { expectedRevision: 'no_stream' },
      );
      return answer(response, 201, { requestId });
    }
    return answer(response, 404, {});
  };

const main = async (): Promise<void> => {
  const databaseUrl = process.env['BENCH_HTTP_DATABASE_URL'];
  const config = loadEmbeddedConfig({
    ...(databaseUrl === undefined
      ? { DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-http-')) }
      : { EVENT_STORE: 'postgres', DATABASE_URL: databaseUrl }),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'true',
    APPEALS_SCHEDULER_INTERVAL_MS: '0',
  });
  const app = await createEmbeddedApp(config);
  await app.listen(0, '127.0.0.1');
  const db = app.get<SqlDatabase>(SQL_DATABASE);
  const store = app.get<EventStore>(EVENT_STORE);
  let template: SubmissionTemplate | null = null;
  const raw = createServer((request, response) => {
    rawHandler(
      db,
      store,
      () => template,
    )(request, response).catch((error: unknown) => answer(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const address = raw.address();
  if (address === null || typeof address === 'string') throw new Error('raw server has no port');
  process.stdin.on('data', (line) => {
    // The runner names the request it filed through the API: its stored events become the template.
    void store.readStream(enterpriseRequestStreamId(String(line).trim())).then((events) => {
      template = {
        events: events.map(({ type, schemaVersion, data, metadata }) => ({
          type,
          schemaVersion,
          data,
          metadata,
        })),
      };
      process.stdout.write(`${LINE_PREFIX}${JSON.stringify({ template: events.length })}\n`);
    });
  });
  process.stdout.write(
    `${LINE_PREFIX}${JSON.stringify({
      nest: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
      raw: `http://127.0.0.1:${address.port}`,
      store: store.kind,
    })}\n`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
