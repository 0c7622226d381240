/**
 * `npm run bench:http-replicas` — issue 17 item 8's measure: does the HTTP path's throughput grow from one replica
 * of every service to two? Runs the distributed mode (`start:distributed`: gateway, each context service,
 * PostgreSQL, Kafka at KAFKA_BROKERS — start one with `npm run kafka:start`) with REPLICAS=1, then REPLICAS=2, on
 * databases of their own (prefix `qqbench`, dropped before and after) and ports 3700+, and drives the supervisor's inbox and
 * one request's detail through the gateway with autocannon: 20 connections, BENCH_HTTP_SECONDS (default 10) per
 * path after a 3 s warm-up. Target: two replicas ≥ 1.6× one. Prints the table; the reading goes into
 * bench/RESULTS.md by hand, under bench:http's section (the run needs the machine to itself for minutes).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon, { type Options, type Result } from 'autocannon';
import { GATEWAY, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { dropDatabases } from '@qinqing/tools/distributed';
import { logIn } from './api-client';

const SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);
const CONNECTIONS = 20;
const TARGET = 1.6;
const ROOT = join(__dirname, '..', '..');
const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'qqbench';
const GATEWAY_PORT = 3700;
/** Each service on 3701…; a second replica on its first's port + 100. */
const SERVICE_PORTS = Object.fromEntries(
  PLATFORM_SERVICES.map((service, i) => [
    service.urlVariable.replace(/_URL$/u, '_PORT'),
    String(GATEWAY_PORT + 1 + i),
  ]),
);

interface Platform {
  readonly base: string;
  stop(): Promise<void>;
}

const startPlatform = (replicas: number): Promise<Platform> =>
  new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/distributed/start-distributed.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          SWC_NODE_PROJECT: 'tools/tsconfig.runtime.json',
          REPLICAS: String(replicas),
          PORT: String(GATEWAY_PORT),
          ...SERVICE_PORTS,
          DATABASE_PREFIX: PREFIX,
          POSTGRES_URL,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.once('exit', (code) => reject(new Error(`start:distributed exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (!line.startsWith('[distributed]')) return;
      process.stdout.write(`${line}\n`);
      if (line.startsWith('[distributed] ready:'))
        resolve({
          base: `http://127.0.0.1:${GATEWAY_PORT}`,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
    });
  });

const run = (options: Options): Promise<Result> =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });

const rate = async (options: Options): Promise<number> => {
  await run({ ...options, connections: CONNECTIONS, duration: 3 });
  const result = await run({ ...options, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
};

const measure = async (replicas: number): Promise<{ list: number; detail: number }> => {
  const platform = await startPlatform(replicas);
  try {
    const supervisor = await logIn(platform.base, 'supervisor.chen');
    const headers = { cookie: supervisor };
    const inbox = await fetch(`${platform.base}/api/appeals/requests?pageSize=50`, { headers });
    const { items } = (await inbox.json()) as { items: { requestId: string }[] };
    const requestId = items[0]?.requestId;
    if (requestId === undefined) throw new Error('the demo data has no request to show');
    return {
      list: await rate({ url: `${platform.base}/api/appeals/requests?pageSize=50`, headers }),
      detail: await rate({ url: `${platform.base}/api/appeals/requests/${requestId}`, headers }),
    };
  } finally {
    await platform.stop();
  }
};

const main = async (): Promise<void> => {
  if (process.env['KAFKA_BROKERS'] === undefined)
    throw new Error('Set KAFKA_BROKERS (a broker of its own: npm run kafka:start prints it)');
  const databases = [GATEWAY, ...PLATFORM_SERVICES].map((process) => `${PREFIX}_${process.database}`);
  await dropDatabases(POSTGRES_URL, databases);
  let one: { list: number; detail: number };
  let two: { list: number; detail: number };
  try {
    one = await measure(1);
    two = await measure(2);
  } finally {
    await dropDatabases(POSTGRES_URL, databases);
  }
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const row = (path: string, a: number, b: number) =>
    `| ${path} | ${fmt(a)} | ${fmt(b)} | ${(b / a).toFixed(2)}× | ${b / a >= TARGET ? 'PASS' : 'FAIL'} |`;
  process.stdout.write(
    [
      '',
      `Through the gateway, ${CONNECTIONS} connections, ${SECONDS} s per path after a 3 s warm-up:`,
      '',
      '| path | 1 replica req/s | 2 replicas req/s | 2 / 1 | target ≥ 1.6× |',
      '| --- | ---: | ---: | ---: | --- |',
      row('request list (supervisor inbox, 50 per page)', one.list, two.list),
      row('request detail', one.detail, two.detail),
      '',
    ].join('\n'),
  );
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
