/**
 * `npm run bench:http-profile` — where the HTTP path's time goes (issue 17 item 2): the one-process platform on a
 * fresh PGlite (or PostgreSQL), with 200 requests filed through the API; for bench:http's three paths through Nest,
 * the SQL statements one request sends and a CPU profile under load (autocannon in a child process, so its own CPU is not
 * in the profile), summed by owner: the package, or our project, whose code a sample was in (Node's internals
 * count for their caller). Writes each .cpuprofile to BENCH_HTTP_PROFILE_DIR (default: a temporary directory)
 * for a closer look in Chrome's DevTools. BENCH_HTTP_SECONDS (default 8) of load per path. BENCH_HTTP_DATABASE_URL,
 * as for bench:http: the platform on that empty PostgreSQL database instead.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { autocannonChild } from './autocannon-child';
import { logIn, SUBMISSION } from './api-client';
import { TRACE_HEADER } from './bench-http.protocol';
import { byOwner, type CpuProfile } from './cpu-profile';
import { SqlTrace } from './sql-trace';

const SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 8);
/** As bench:http: the platform on this (empty) PostgreSQL database instead of PGlite on a fresh directory. */
const DATABASE_URL = process.env['BENCH_HTTP_DATABASE_URL'];
const OUT = process.env['BENCH_HTTP_PROFILE_DIR'] ?? mkdtempSync(join(tmpdir(), 'http-profile-'));

const main = async (): Promise<void> => {
  const app = await createEmbeddedApp(
    loadEmbeddedConfig({
      ...(DATABASE_URL === undefined
        ? { DATA_DIR: mkdtempSync(join(tmpdir(), 'http-profile-data-')) }
        : { EVENT_STORE: 'postgres', DATABASE_URL }),
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    }),
  );
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const trace = new SqlTrace();
  trace.watch(app.get<SqlDatabase>(SQL_DATABASE));
  trace.follow(app.getHttpServer() as Server);
  const supervisor = await logIn(base, 'supervisor.chen');
  const staff = await logIn(base, 'staff.wang');
  const submit = {
    method: 'POST',
    body: SUBMISSION,
    headers: { 'content-type': 'application/json', cookie: staff },
  };
  const filed = await fetch(`${base}/api/appeals/requests`, submit);
  const { requestId } = (await filed.json()) as { requestId: string };
  const submitArgs = [
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-H',
    `cookie=${staff}`,
    '-b',
    SUBMISSION,
  ];
  await autocannonChild(['-c', '10', '-a', '200', ...submitArgs, `${base}/api/appeals/requests`]);
  const read = { headers: { cookie: supervisor } };
  const paths = [
    {
      name: 'list',
      url: `${base}/api/appeals/requests?pageSize=50`,
      init: read,
      args: ['-H', `cookie=${supervisor}`],
    },
    {
      name: 'detail',
      url: `${base}/api/appeals/requests/${requestId}`,
      init: read,
      args: ['-H', `cookie=${supervisor}`],
    },
    { name: 'submit', url: `${base}/api/appeals/requests`, init: submit, args: submitArgs },
  ];
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  for (const path of paths) {
    await (await fetch(path.url, path.init)).arrayBuffer();
    const traced = await fetch(path.url, {
      ...path.init,
      headers: { ...path.init.headers, [TRACE_HEADER]: path.name },
    });
    await traced.arrayBuffer();
    const statements = trace.take(path.name) ?? [];
    process.stdout.write(`\n== ${path.name}: ${statements.length} SQL statements\n`);
    for (const statement of statements) process.stdout.write(`    ${statement.slice(0, 120)}\n`);
    await session.post('Profiler.start');
    const result = JSON.parse(
      await autocannonChild(['-c', '20', '-d', String(SECONDS), ...path.args, path.url]),
    ) as {
      requests: { average: number };
      non2xx: number;
    };
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(OUT, `${path.name}.cpuprofile`), JSON.stringify(profile));
    process.stdout.write(
      `  under load (profiler on): ${Math.round(result.requests.average)} requests/s, ${result.non2xx} non-2xx\n` +
        `  CPU by owner:\n${byOwner(profile as unknown as CpuProfile)}\n`,
    );
  }
  process.stdout.write(`\nProfiles in ${OUT}\n`);
  await app.close();
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
