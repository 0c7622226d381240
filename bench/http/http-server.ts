/**
 * The server side of bench:http, in its own process (the load generator must not share its event loop): the
 * one-process platform (Nest, every context, demo data) on a fresh PGlite data directory — or PostgreSQL with
 * BENCH_HTTP_DATABASE_URL — and, on a second port of the same process, a bare `node:http` handler that sends the
 * same SQL statements as the platform on the same database connection, through the same functions:
 * - every request: the staff session behind the cookie (`SessionStore.use`), whose actor the answer is for;
 * - the list: the caller's inbox page (`listRequestsStatement`: the page query and its capped count);
 * - the detail: the request's stream;
 * - a submission: the append of the events an API submission stored (fresh ids each time), to a new stream that
 *   is not read first, and no conflicts of interest (a filing reads neither: CommandHandler.handleNew).
 * Nothing else: no routing library, access check, validation, view or command decision — the difference is what
 * the HTTP path costs. Both sides trace the statements of a request sent with `x-bench-trace: <id>`; the runner
 * asks for them (`{"trace": id}` on stdin) and refuses to compare sides whose statements differ.
 * Prints JSON lines prefixed with LINE_PREFIX: the addresses first, then one answer per stdin command.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { listRequestsStatement } from '@qinqing/appeals/service';
import { chinaDateOf, enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import { SESSION_COOKIES, SessionStore } from '@qinqing/identity/service';
import type { Clock, EventStore, NewEvent, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { UuidV7Generator } from '@qinqing/shared/event-sourcing';
import { CLOCK, EVENT_STORE, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { receiptCodeOf } from '../scale/receipt-codes';
import { LINE_PREFIX, type ServerCommand } from './bench-http.protocol';
import { SqlTrace } from './sql-trace';

const PAGE_SIZE = 50;
const ids = new UuidV7Generator();
const firstReceipt = Date.now() * 1000;
let appended = 0;

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

const cookieValue = (request: IncomingMessage, name: string): string | null => {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, value] = part.trim().split('=');
    if (key === name && value !== undefined) return decodeURIComponent(value);
  }
  return null;
};

/** The events a submission through the API stored, as the template of the raw appends (fresh ids each time). */
interface SubmissionTemplate {
  readonly events: readonly Omit<NewEvent, 'eventId'>[];
}

interface RawDependencies {
  readonly db: SqlDatabase;
  readonly store: EventStore;
  readonly sessions: SessionStore;
  readonly clock: Clock;
  template(): SubmissionTemplate | null;
}

const rawHandler =
  ({ db, store, sessions, clock, template }: RawDependencies) =>
  async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://raw');
    const now = clock.now();
    const token = cookieValue(request, SESSION_COOKIES.staff);
    const session = token === null ? null : await sessions.use(token, 'staff', now);
    if (session?.status !== 'active') return answer(response, 401, {});
    const { actor } = session.session;
    if (request.method === 'GET' && url.pathname === '/requests') {
      const statement = listRequestsStatement(actor, {}, chinaDateOf(now), {
        limit: PAGE_SIZE + 1,
        after: null,
      });
      if (statement === null) return answer(response, 200, { items: [], total: 0 });
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
      // A request of its own, with its own id and receipt code: copies of one receipt code would stop the
      // request list's projection on its unique index ("R" and 11 characters counted from the run's start).
      const requestId = ids.next();
      const receiptCode = `R${receiptCodeOf(firstReceipt + appended++).slice(1)}`;
      await store.appendToStream(
        enterpriseRequestStreamId(requestId),
        kept.events.map((event) => ({
          ...event,
          eventId: ids.next(),
          data:
            event.type === 'RequestSubmitted'
              ? { ...(event.data as object), requestId, receiptCode }
              : event.data,
        })),
        { expectedRevision: 'no_stream' },
      );
      return answer(response, 201, { requestId });
    }
    return answer(response, 404, {});
  };

const say = (value: unknown): void => {
  process.stdout.write(`${LINE_PREFIX}${JSON.stringify(value)}\n`);
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
  const trace = new SqlTrace();
  trace.watch(db);
  trace.follow(app.getHttpServer() as Server);
  let template: SubmissionTemplate | null = null;
  const handle = rawHandler({
    db,
    store,
    sessions: app.get(SessionStore),
    clock: app.get<Clock>(CLOCK),
    template: () => template,
  });
  const raw = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => answer(response, 500, { error: String(error) }));
  });
  trace.follow(raw);
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const address = raw.address();
  if (address === null || typeof address === 'string') throw new Error('raw server has no port');
  createInterface({ input: process.stdin }).on('line', (line) => {
    const command = JSON.parse(line) as ServerCommand;
    if ('trace' in command) {
      say({ statements: trace.take(command.trace) });
      return;
    }
    void store.readStream(enterpriseRequestStreamId(command.template)).then((events) => {
      template = {
        events: events.map(({ type, schemaVersion, data, metadata }) => ({
          type,
          schemaVersion,
          data,
          metadata,
        })),
      };
      say({ template: events.length });
    });
  });
  say({
    nest: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    raw: `http://127.0.0.1:${address.port}`,
    store: store.kind,
  });
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
