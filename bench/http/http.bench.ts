/**
 * bench:http — the HTTP path against raw, in the same run (issue 17 item 2): the supervisor's request list, one
 * request's detail and a submission, through Nest (the one-process platform: routing, session, guard,
 * validation, command handler, views) and through a bare `node:http` handler in the same process running the
 * same SQL statements on the same database (bench/http/http-server.ts); before timing a path, one traced request
 * per side proves both send the same statements (the run stops if they do not). autocannon drives both sides
 * from this process.
 * Throughput: 20 connections, BENCH_HTTP_SECONDS (default 10) per side after a 3 s warm-up, sides alternated
 * twice; target Nest ≥ 70 % of raw. Latency: Nest at a fixed 200 requests/s for the same time, evenly spaced and
 * open loop (bench/http/paced-load.ts); target p99 < 50 ms.
 * Before timing, BENCH_HTTP_REQUESTS (default 2,000) requests are filed through the API, so the list has rows.
 * Writes its section of bench/RESULTS.md. Not in the test gate.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { writeResultsSection } from '../results-file';
import { logIn, SUBMISSION } from './api-client';
import { pacedLoad } from './paced-load';
import { loadLine, machineLine } from '../store/report';
import { LINE_PREFIX, type ServerCommand, TRACE_HEADER } from './bench-http.protocol';

const SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);
const REQUESTS = Number(process.env['BENCH_HTTP_REQUESTS'] ?? 2_000);
const CONNECTIONS = 20;
const THROUGHPUT_TARGET = 0.7;
const P99_TARGET_MS = 50;
const PACED_RATE = 200;
const ROOT = join(__dirname, '..', '..');
/** Traced requests per side and path; the statements most of them sent are compared. */
const TRACED = 3;

interface Servers {
  readonly nest: string;
  readonly raw: string;
  readonly store: string;
  ask(command: ServerCommand): Promise<Record<string, unknown>>;
  stop(): void;
}

const startServers = async (): Promise<Servers> => {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'bench/http/http-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.runtime.json' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: Record<string, unknown>) => void)[] = [];
  lines.on('line', (line) => {
    if (!line.startsWith(LINE_PREFIX)) return;
    waiting.shift()?.(JSON.parse(line.slice(LINE_PREFIX.length)) as Record<string, unknown>);
  });
  const next = () => new Promise<Record<string, unknown>>((resolve) => waiting.push(resolve));
  const ready = await next();
  return {
    nest: String(ready['nest']),
    raw: String(ready['raw']),
    store: String(ready['store']),
    ask: async (command) => {
      const answered = next();
      child.stdin.write(`${JSON.stringify(command)}\n`);
      return answered;
    },
    stop: () => child.kill('SIGTERM'),
  };
};

const run = (options: Options): Promise<Result> =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });

interface Case {
  readonly name: string;
  readonly nest: Options;
  readonly raw: Options;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The statements one request sent, traced by the server. */
const tracedStatements = async (servers: Servers, options: Options, id: string): Promise<string[]> => {
  const headers = { ...(options.headers as Record<string, string> | undefined), [TRACE_HEADER]: id };
  const answer = await fetch(options.url, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body === undefined ? {} : { body: options.body as string }),
  });
  await answer.arrayBuffer();
  const { statements } = (await servers.ask({ trace: id })) as { statements: string[] | null };
  if (statements === null) throw new Error(`no statements traced for ${options.url}`);
  return statements;
};

/**
 * The statements a path sends per request, the same on both sides or the run stops: what most of TRACED requests
 * sent (a remembered read-model row is re-read every few seconds, so one request may send one more).
 */
const sameStatements = async (servers: Servers, c: Case): Promise<number> => {
  const usual = async (side: 'nest' | 'raw'): Promise<string[]> => {
    const seen = new Map<string, number>();
    for (let i = 0; i < TRACED; i++) {
      const key = JSON.stringify(await tracedStatements(servers, c[side], `${side}-${c.name}-${i}`));
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const [key] = [...seen.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
    return JSON.parse(key) as string[];
  };
  const nest = await usual('nest');
  const raw = await usual('raw');
  const sorted = (statements: string[]) => JSON.stringify([...statements].sort());
  if (sorted(nest) !== sorted(raw))
    throw new Error(
      `${c.name}: the sides send different SQL, so their rates do not compare.\n` +
        `Nest:\n  ${nest.join('\n  ')}\nraw:\n  ${raw.join('\n  ')}`,
    );
  return nest.length;
};

const main = async (): Promise<void> => {
  const started = Date.now();
  const loadBefore = loadLine();
  const servers = await startServers();
  try {
    const supervisor = await logIn(servers.nest, 'supervisor.chen');
    const staff = await logIn(servers.nest, 'staff.wang');
    const post = {
      method: 'POST' as const,
      body: SUBMISSION,
      headers: { 'content-type': 'application/json' },
    };
    const probe = await fetch(`${servers.nest}/api/appeals/requests`, {
      ...post,
      headers: { ...post.headers, cookie: staff },
    });
    if (probe.status !== 201)
      throw new Error(`filing through the API: ${probe.status} ${await probe.text()}`);
    const { requestId } = (await probe.json()) as { requestId: string };
    await servers.ask({ template: requestId });
    process.stdout.write(`Filing ${fmt(REQUESTS)} requests through the API…\n`);
    const seeding = await run({
      url: `${servers.nest}/api/appeals/requests`,
      connections: CONNECTIONS,
      amount: REQUESTS,
      ...post,
      headers: { ...post.headers, cookie: staff },
    });
    if (seeding.non2xx > 0) throw new Error(`${seeding.non2xx} filings were refused`);
    const cases: Case[] = [
      {
        name: 'request list (supervisor inbox, 50 per page)',
        nest: { url: `${servers.nest}/api/appeals/requests?pageSize=50`, headers: { cookie: supervisor } },
        raw: { url: `${servers.raw}/requests`, headers: { cookie: supervisor } },
      },
      {
        name: 'request detail',
        nest: { url: `${servers.nest}/api/appeals/requests/${requestId}`, headers: { cookie: supervisor } },
        raw: { url: `${servers.raw}/requests/${requestId}`, headers: { cookie: supervisor } },
      },
      {
        name: 'submit a request',
        nest: {
          url: `${servers.nest}/api/appeals/requests`,
          ...post,
          headers: { ...post.headers, cookie: staff },
        },
        raw: { url: `${servers.raw}/requests`, ...post, headers: { ...post.headers, cookie: staff } },
      },
    ];
    const rows: string[] = [];
    const lateSends: string[] = [];
    for (const c of cases) {
      process.stdout.write(`Timing ${c.name}…\n`);
      const side = async (options: Options, seconds: number) => {
        const result = await run({ ...options, connections: CONNECTIONS, duration: seconds });
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors at ${options.url}`);
        return result;
      };
      await side(c.raw, 3);
      await side(c.nest, 3);
      const statements = await sameStatements(servers, c);
      const raw: number[] = [];
      const nest: number[] = [];
      for (let round = 0; round < 2; round++) {
        raw.push((await side(c.raw, SECONDS / 2)).requests.average);
        nest.push((await side(c.nest, SECONDS / 2)).requests.average);
      }
      const rawRate = raw.reduce((a, b) => a + b, 0) / raw.length;
      const nestRate = nest.reduce((a, b) => a + b, 0) / nest.length;
      const paced = await pacedLoad(
        {
          url: c.nest.url,
          method: c.nest.method ?? 'GET',
          headers: (c.nest.headers ?? {}) as Record<string, string>,
          ...(c.nest.body === undefined ? {} : { body: c.nest.body as string }),
        },
        PACED_RATE,
        SECONDS,
      );
      if (paced.failed > 0) throw new Error(`${c.name}: ${paced.failed} paced requests failed`);
      lateSends.push(`${c.name} ${paced.late}`);
      const ratio = nestRate / rawRate;
      rows.push(
        `| ${c.name} | ${statements} | ${fmt(rawRate)} | ${fmt(nestRate)} | ${Math.round(ratio * 100)} % | ${ratio >= THROUGHPUT_TARGET ? 'PASS' : 'FAIL'} | ${fmt(paced.requestsPerSecond)} | ${paced.p50.toFixed(1)} | ${paced.p99.toFixed(1)} | ${paced.p99 < P99_TARGET_MS ? 'PASS' : 'FAIL'} |`,
      );
      process.stdout.write(`${rows.at(-1)}\n`);
    }
    const run2 = [
      `### Run ${new Date().toISOString().replace(/\.\d+Z$/u, 'Z')}`,
      '',
      `- Machine: ${machineLine()}`,
      `- Store: ${servers.store} (one-process platform with demo data and ${fmt(REQUESTS + 1)} requests filed through the API before timing)`,
      `- ${CONNECTIONS} connections; ${SECONDS} s per side in two alternating halves after a 3 s warm-up; then Nest at ${PACED_RATE} requests/s for ${SECONDS} s, evenly spaced and open loop, each timed from when it was due (sends more than 10 ms late: ${lateSends.join(', ')}); run took ${Math.round((Date.now() - started) / 1000)} s, load average ${loadBefore} before, ${loadLine()} after`,
      `- Filing through the API before timing: ${fmt(seeding.requests.average)} requests/s with ${CONNECTIONS} in flight`,
      '',
      '| path | SQL statements per request (both sides) | raw req/s | Nest req/s | Nest/raw | target ≥ 70 % | paced req/s | p50 ms | p99 ms | p99 < 50 ms |',
      '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n');
    writeResultsSection(
      join(ROOT, 'bench', 'RESULTS.md'),
      '## HTTP path vs raw (`npm run bench:http`)',
      [
        '',
        'The supervisor’s request list, one request’s detail and a submission through Nest (the one-process',
        'platform) against a bare `node:http` handler in the same process sending the same SQL statements on the',
        'same database: the session lookup, then `listRequestsStatement` (page and capped count), the stream read,',
        'or the store’s own append of the events an API submission stored (a filing reads neither its new stream',
        'nor conflicts since 2026-12-05; runs before that read both on both sides). A traced request per side',
        'proves the statements are the same before each path is timed. Target: Nest ≥ 70 % of raw throughput, and',
        'p99 < 50 ms at 200 requests/s. Runs whose table has no statements column compared against a raw side',
        'without the session lookup (and, for submit, without the conflicts and the stream read): their ratios',
        'are lower than like for like. The paced phase sends its requests evenly spaced and open loop, each timed',
        'from when it was due (bench/http/paced-load.ts), since 2026-12-06; before, autocannon’s `overallRate` sent each',
        'connection’s share of a second back to back at the second’s start and counted a slow answer many times',
        '(its coordinated-omission correction assumes 1 ms between requests), so earlier p99s are not comparable.',
        '',
      ].join('\n'),
      run2,
    );
    process.stdout.write(`${run2}\n`);
  } finally {
    servers.stop();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
