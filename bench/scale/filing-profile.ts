/**
 * `npm run bench:filing-profile` — where filing's time goes on the scale log (issue 17 item 1), in minutes
 * rather than bench:scale's hour: the one-process platform on the PostgreSQL log of BENCH_ENTERPRISES /
 * BENCH_REQUESTS (default 2,000 each; bench:scale's own log when given its sizes), in this process, caught up;
 * then the SQL one filing sends, filing through the API (autocannon in a child process, 20 connections,
 * BENCH_FILING_SECONDS, default 10) and the store's own append of the same events (bench:scale's measurement,
 * own-append.ts's appendFor) one after the other, each under the CPU profiler, summed by owner and by
 * function. Writes each .cpuprofile to BENCH_HTTP_PROFILE_DIR (default: a temporary directory).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import type { EventStore, SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { autocannonChild } from '../http/autocannon-child';
import { logIn } from '../http/api-client';
import { TRACE_HEADER } from '../http/bench-http.protocol';
import { byFunction, byOwner, type CpuProfile } from '../http/cpu-profile';
import { SqlTrace } from '../http/sql-trace';
import { scaleDatabase } from './scale-data';
import { appendFor } from './own-append';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env['BENCH_FILING_SECONDS'] ?? 10);
const OUT = process.env['BENCH_HTTP_PROFILE_DIR'] ?? mkdtempSync(join(tmpdir(), 'filing-profile-'));

/** BENCH_FILING_FOLLOWERS=stopped: projections and consumers stopped before the measurements (a diagnosis). */
const FOLLOWERS = process.env['BENCH_FILING_FOLLOWERS'] !== 'stopped';

/** Counts the statements sent on `db` (in transactions or not). */
const countStatements = (db: SqlDatabase): { count: number } => {
  const counter = { count: 0 };
  const query = db.query.bind(db);
  const transaction = db.transaction.bind(db);
  db.query = ((text: string, params?: readonly unknown[]) => {
    counter.count++;
    return query(text, params);
  }) as SqlDatabase['query'];
  db.transaction = (<T>(work: (tx: SqlExecutor) => Promise<T>) => {
    counter.count += 2;
    return transaction((tx) =>
      work({
        query: ((text: string, params?: readonly unknown[]) => {
          counter.count++;
          return tx.query(text, params);
        }) as SqlExecutor['query'],
      }),
    );
  }) as SqlDatabase['transaction'];
  return counter;
};

/** CPU seconds the local PostgreSQL server's processes have used (user + system), from /proc. */
const postgresCpuSeconds = (): number => {
  const tick = 100;
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
};

const main = async (): Promise<void> => {
  const log = await scaleDatabase(SERVER, {
    enterprises: Number(process.env['BENCH_ENTERPRISES'] ?? 2_000),
    requests: Number(process.env['BENCH_REQUESTS'] ?? 2_000),
  });
  const started = performance.now();
  const app = await createEmbeddedApp(
    loadEmbeddedConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: log.url,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    }),
  );
  await app.listen(0, '127.0.0.1');
  await app.get(EventSourcingHost).settle();
  process.stdout.write(`Caught up in ${Math.round((performance.now() - started) / 1000)} s\n`);
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const trace = new SqlTrace();
  trace.watch(app.get<SqlDatabase>(SQL_DATABASE));
  trace.follow(app.getHttpServer() as Server);
  const staff = await logIn(base, 'staff.wang');
  const db = app.get<SqlDatabase>(SQL_DATABASE);
  const { rows } = await db.query<{
    enterprise_credit_code: string;
    enterprise_name: string;
    contact_phone: string;
  }>(
    `SELECT enterprise_credit_code, enterprise_name, contact_phone FROM appeals_requests
     WHERE receipt_code LIKE 'S%' LIMIT 1`,
  );
  const sample = rows[0];
  if (sample === undefined) throw new Error('the log has no requests');
  // bench:scale's submission: an enterprise of the directory.
  const submission = JSON.stringify({
    enterprise: { creditCode: sample.enterprise_credit_code, name: sample.enterprise_name },
    contact: { name: '张三', phone: sample.contact_phone },
    category: 'market-order',
    title: '经营场所变更登记',
    description: '企业搬迁后需要办理经营场所变更登记，材料准备情况请部门指导。',
  });
  const url = `${base}/api/appeals/requests`;
  const init = {
    method: 'POST',
    body: submission,
    headers: { 'content-type': 'application/json', cookie: staff },
  };
  const filed = await fetch(url, init);
  if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${await filed.text()}`);
  const { requestId } = (await filed.json()) as { requestId: string };
  const traced = await fetch(url, { ...init, headers: { ...init.headers, [TRACE_HEADER]: 'filing' } });
  await traced.arrayBuffer();
  const filingStatements = trace.take('filing') ?? [];
  process.stdout.write(`\n== one filing: ${filingStatements.length} SQL statements\n`);
  for (const statement of filingStatements) process.stdout.write(`    ${statement.slice(0, 140)}\n`);
  const args = [
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-H',
    `cookie=${staff}`,
    '-b',
    submission,
  ];
  await autocannonChild(['-c', '20', '-d', '2', ...args, url]);
  await app.get(EventSourcingHost).settle();

  const host = app.get(EventSourcingHost);
  const followers = host.followers().length;
  if (!FOLLOWERS) await host.stop();
  const statements = countStatements(db);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  /** Runs `work` under the profiler; what it cost this process and the database server. */
  const measured = async <T>(name: string, work: () => Promise<T>) => {
    const before = { node: process.cpuUsage(), server: postgresCpuSeconds(), statements: statements.count };
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(OUT, `${name}.cpuprofile`), JSON.stringify(profile));
    const node = process.cpuUsage(before.node);
    const settleStart = performance.now();
    if (FOLLOWERS) await host.settle();
    return {
      result,
      profile: profile as unknown as CpuProfile,
      nodeSeconds: (node.user + node.system) / 1e6,
      serverSeconds: postgresCpuSeconds() - before.server,
      statements: statements.count - before.statements,
      settled: (performance.now() - settleStart) / 1000,
    };
  };
  const filing = await measured('filing', async () => {
    const run = JSON.parse(await autocannonChild(['-c', '20', '-d', String(SECONDS), ...args, url])) as {
      requests: { average: number; total: number };
      non2xx: number;
    };
    return run;
  });
  const store = app.get<EventStore>(EVENT_STORE);
  const own = await measured('own-append', () => appendFor(store, requestId, SECONDS));
  const ownPerSecond = own.result.appended / own.result.seconds;

  const show = (m: Awaited<ReturnType<typeof measured>>, done: number): string =>
    `  per request: ${((1000 * m.nodeSeconds) / done).toFixed(2)} ms of this process's CPU, ` +
    `${((1000 * m.serverSeconds) / done).toFixed(2)} ms of PostgreSQL's, ${(m.statements / done).toFixed(1)} statements ` +
    `(followers' included)${FOLLOWERS ? `; the followers settled ${m.settled.toFixed(1)} s after` : ''}\n` +
    `  CPU by owner:\n${byOwner(m.profile)}\n  CPU by function (self):\n${byFunction(m.profile)}\n`;
  const filedPerSecond = filing.result.requests.average;
  process.stdout.write(
    `\n${followers} followers, ${FOLLOWERS ? 'running' : 'STOPPED for the measurement'}\n` +
      `\n== filing through the API: ${Math.round(filedPerSecond)} requests/s, ${filing.result.non2xx} non-2xx\n` +
      show(filing, filing.result.requests.total) +
      `\n== the store's own append: ${Math.round(ownPerSecond)} appends/s\n` +
      show(own, own.result.appended) +
      `\nAPI / store: ${Math.round((100 * filedPerSecond) / ownPerSecond)} %\nProfiles in ${OUT}\n`,
  );
  await app.close();
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
