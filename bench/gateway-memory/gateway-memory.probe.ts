/**
 * Does the gateway keep memory per request it answers 502 (a service down)? Starts the real gateway (identity,
 * sessions, pino, Kafka) with --expose-gc in a child process, sends N requests to a service whose URL refuses
 * connections, and compares heap used after GC, RSS and object counts (heap snapshots) with the same N requests
 * answered by a live service. Needs PostgreSQL and Kafka (npm run kafka:start). Writing a heap snapshot itself
 * raises the gateway's RSS by some 250 MiB: read RSS from a run with PROBE_SNAPSHOTS=0.
 *
 *   npm run probe:gateway-memory   (PROBE_REQUESTS, PROBE_CONCURRENCY, PROBE_ORDER=ok-first, PROBE_SNAPSHOTS=0,
 *   PROBE_NODE_ARGS="--max-semi-space-size=64", LOG_LEVEL)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDatabases, dropDatabases, databaseUrl, freePort } from '@qinqing/tools/distributed';
import { growth, heapSnapshotCounts } from './heap-snapshot-counts';

const N = Number(process.env['PROBE_REQUESTS'] ?? 20_000);
const CONCURRENCY = Number(process.env['PROBE_CONCURRENCY'] ?? 32);
const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BROKERS = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
const OUT = process.env['PROBE_OUT'] ?? '/tmp/gateway-memory-probe';
const SNAPSHOTS = process.env['PROBE_SNAPSHOTS'] !== '0';

interface Measured {
  memory: NodeJS.MemoryUsage;
  heap: { used: number; total: number; malloced: number };
  resources: Record<string, number>;
  peaks: { rss: number; heapUsed: number; heapTotal: number };
  rssAnon: number;
  spaces: Record<string, number>;
  snapshot?: string;
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const measure = (child: ChildProcess, snapshot?: string, gc = true): Promise<Measured> =>
  new Promise((done) => {
    const onMessage = (message: { type: string } & Measured) => {
      if (message.type !== 'measured') return;
      child.off('message', onMessage);
      done(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'measure', snapshot, gc });
  });

const keepAlive = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const closing = new Agent({ keepAlive: false, maxSockets: CONCURRENCY });
const BODY = JSON.stringify({ title: '企业诉求'.repeat(20), detail: 'x'.repeat(1500), items: [1, 2, 3] });

const send = (
  base: string,
  variant: { method: 'GET' | 'POST'; agent: Agent; cookie?: string; path: string },
): Promise<number> =>
  new Promise((done, fail) => {
    const headers: Record<string, string> = {};
    if (variant.cookie !== undefined) headers['cookie'] = variant.cookie;
    if (variant.method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(BODY));
    }
    const req = request(new URL(variant.path, base), {
      method: variant.method,
      agent: variant.agent,
      headers,
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end(variant.method === 'POST' ? BODY : undefined);
  });

/** N requests, `CONCURRENCY` at a time, cycling over GET/POST × keep-alive/close × anonymous/session. */
const load = async (base: string, path: string, cookie: string): Promise<Record<number, number>> => {
  const statuses: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < N) {
      const i = next++;
      const status = await send(base, {
        method: i % 2 === 0 ? 'GET' : 'POST',
        agent: Math.floor(i / 2) % 2 === 0 ? keepAlive : closing,
        ...(Math.floor(i / 4) % 2 === 0 ? { cookie } : {}),
        path: `${path}?i=${i}`,
      }).catch((error: { code?: string }) => -1 * (error.code === 'ECONNRESET' ? 1 : 2));
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return statuses;
};

const main = async () => {
  const live = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, padding: 'y'.repeat(200) }));
    });
  });
  await new Promise<void>((ready) => live.listen(0, '127.0.0.1', ready));
  const liveUrl = `http://127.0.0.1:${(live.address() as AddressInfo).port}`;
  const deadUrl = `http://127.0.0.1:${await freePort()}`; // nothing listens: connections are refused
  const port = await freePort();
  const database = `qq_gwmem_${process.pid}`;
  await createDatabases(SERVER, [database]);
  const child = fork(join(__dirname, 'gateway-under-probe.ts'), [], {
    execArgv: [
      '--expose-gc',
      '-r',
      '@swc-node/register',
      ...(process.env['PROBE_NODE_ARGS']?.split(' ') ?? []),
    ],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl(SERVER, database),
      EVENT_STORE: 'postgres',
      KAFKA_BROKERS: BROKERS,
      IDENTITY_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      DEMO_DATA: 'true',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      // The appeals service answers; the credit service is down.
      APPEALS_SERVICE_URL: liveUrl,
      SERVICE_CENTRE_SERVICE_URL: deadUrl,
      LIAISON_SERVICE_URL: deadUrl,
      CREDIT_SERVICE_URL: deadUrl,
      PARTY_BUILDING_SERVICE_URL: deadUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let logLines = 0;
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    if (stream !== null)
      createInterface({ input: stream }).on('line', (line) => {
        logLines++;
        tail.push(line);
        if (tail.length > 20) tail.shift();
      });
  await new Promise<void>((ready, fail) => {
    child.on('message', (m: { type: string }) => m.type === 'ready' && ready());
    child.once('exit', (code) => fail(new Error(`gateway exited ${code}\n${tail.join('\n')}`)));
    child.on('exit', (code, signal) => console.log(`gateway exited ${code} ${signal}\n${tail.join('\n')}`));
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Demo!2026' }),
    });
    if (login.status !== 200) throw new Error(`login ${login.status}: ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    console.log(`session cookie names: ${cookie.replace(/=[^;]*/gu, '=…')}`);

    const rows: string[] = [];
    const row = (label: string, m: Measured, statuses?: Record<number, number>) => {
      const line = `${label.padEnd(52)} heapUsed ${mib(m.heap.used).padStart(6)} MiB  heapTotal ${mib(m.heap.total).padStart(6)}  rss ${mib(m.memory.rss).padStart(6)} MiB  rssAnon ${mib(m.rssAnon).padStart(6)}  peak rss/heapUsed/heapTotal ${mib(m.peaks.rss)}/${mib(m.peaks.heapUsed)}/${mib(m.peaks.heapTotal)}  external ${mib(m.memory.external).padStart(5)}  arrayBuffers ${mib(m.memory.arrayBuffers).padStart(5)}  malloced ${mib(m.heap.malloced).padStart(5)}  handles ${JSON.stringify(m.resources)}${statuses === undefined ? '' : `  statuses ${JSON.stringify(statuses)}`}  logLines ${logLines}`;
      rows.push(line);
      console.log(line);
    };
    const snap = (name: string) => (SNAPSHOTS ? join(OUT, `${name}.heapsnapshot`) : undefined);
    if (SNAPSHOTS) await import('node:fs').then((fs) => fs.mkdirSync(OUT, { recursive: true }));

    // Warm up both paths (JIT, lazy modules, pools) before the baseline.
    const savedN = N;
    const warm = async (path: string) => {
      for (let i = 0; i < 400; i++)
        await send(base, { method: i % 2 ? 'POST' : 'GET', agent: keepAlive, cookie, path });
    };
    await warm('/api/credit/restrictions');
    await warm('/api/appeals/requests');
    void savedN;

    const baseline = await measure(child, snap('0-baseline'));
    row('baseline (after warm-up)', baseline);
    // PROBE_ORDER=ok-first: the successful burst first, so neither is measured on the other's high-water mark.
    const phases =
      process.env['PROBE_ORDER'] === 'ok-first'
        ? [
            ['/api/appeals/requests', '1-after-ok', `after ${N} × proxied (200)`],
            ['/api/appeals/requests', '2-after-ok-again', `after ${N} more × proxied (200)`],
            ['/api/credit/restrictions', '3-after-failed', `after ${N} × refused (502)`],
          ]
        : [
            ['/api/credit/restrictions', '1-after-failed', `after ${N} × refused (502)`],
            ['/api/credit/restrictions', '2-after-failed-again', `after ${N} more × refused (502)`],
            ['/api/appeals/requests', '3-after-ok', `after ${N} × proxied (200)`],
          ];
    const names = ['0-baseline'];
    for (const [path, name, label] of phases as [string, string, string][]) {
      const statuses = await load(base, path, cookie);
      // As a process manager sees it (nothing forces a collection), then after a forced full GC.
      row(`${label}, no forced GC`, await measure(child, undefined, false));
      row(`${label}, after forced GC`, await measure(child, snap(name)), statuses);
      names.push(name);
    }
    await new Promise((idle) => setTimeout(idle, Number(process.env['PROBE_IDLE_MS'] ?? 30_000)));
    row('after 30 s idle, no forced GC', await measure(child, undefined, false));
    row('after 30 s idle, after forced GC', await measure(child));

    if (SNAPSHOTS) {
      const counts = names.map((name) => heapSnapshotCounts(join(OUT, `${name}.heapsnapshot`)));
      for (let i = 1; i < names.length; i++) {
        const [before, after] = [counts[i - 1], counts[i]];
        if (before === undefined || after === undefined) continue;
        console.log(`\n-- top growth by count, ${names[i - 1]} → ${names[i]}`);
        for (const g of growth(before, after, 20))
          console.log(`${String(g.count).padStart(8)}  ${String(g.size).padStart(10)} B  ${g.key}`);
      }
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    live.close();
    keepAlive.destroy();
    await dropDatabases(SERVER, [database]);
  }
};
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
