/**
 * bench:scale — the one-process platform on the scale log (issue 17 item 1), through HTTP: the console inbox
 * and its searches (target p95 < 100 ms), a year's rates (< 500 ms), publishing a half year's health index
 * (< 1 s), kiosk tracking (p95 < 50 ms), Open311's bounded search, filing through the API against the store's
 * own append rate (≥ 50 %), and the app's resident memory at rest (≤ 400 MB, flat in the number of requests:
 * compare runs of different scales). The log is bench:scale:generate's (BENCH_ENTERPRISES, BENCH_REQUESTS);
 * the app (bench/scale/scale-server.ts, its own process, built JavaScript as `npm start` runs) catches up with all
 * of it before timing.
 * One client, requests in sequence; SAMPLES per case after a warm-up. Writes its section of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { startNodeOptions } from '../start-command';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { buildServer, builtEntry } from '@qinqing/tools/distributed';
import { logIn } from '../http/api-client';
import { writeResultsSection } from '../results-file';
import { loadLine, machineLine } from '../store/report';
import { scaleDatabase, scaleDatabaseName, scaleParameters } from './scale-data';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SAMPLES = Number(process.env['BENCH_SCALE_SAMPLES'] ?? 200);
const WARM_UP = 20;
const FILING_SECONDS = 10;
const CONNECTIONS = 20;
const ROOT = join(__dirname, '..', '..');
const LINE_PREFIX = 'bench-scale: ';

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

/** One HTTP exchange, optionally from a given loopback address (each kiosk caller its own). */
const call = (
  url: string,
  options: { method?: string; body?: unknown; cookie?: string; from?: string } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const start = performance.now();
    const req = httpRequest(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.cookie === undefined ? {} : { cookie: options.cookie }),
        },
        ...(options.from === undefined ? {} : { localAddress: options.from }),
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += String(chunk)));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - start }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });

interface Server {
  readonly nest: string;
  readonly caughtUpSeconds: number;
  readonly rssAfterCatchUp: number;
  ask(line: string): Promise<Record<string, unknown>>;
  stop(): void;
}

/** The scale server is built with the app and run as `npm start` runs it: plain node on the built JavaScript. */
const SCALE_SERVER = [
  'bench/scale/scale-server.ts',
  'bench/scale/own-append.ts',
  'bench/scale/receipt-codes.ts',
];

const startServer = async (databaseUrl: string): Promise<Server> => {
  await buildServer(ROOT, SCALE_SERVER);
  const child = spawn(process.execPath, [...startNodeOptions(), builtEntry(SCALE_SERVER[0] as string)], {
    cwd: ROOT,
    env: { ...process.env, BENCH_SCALE_DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting: ((line: Record<string, unknown>) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith(LINE_PREFIX))
      waiting.shift()?.(JSON.parse(line.slice(LINE_PREFIX.length)) as Record<string, unknown>);
  });
  const next = () => new Promise<Record<string, unknown>>((resolve) => waiting.push(resolve));
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`scale server exited with ${code}`))),
  );
  const ready = await Promise.race([next(), exited]);
  return {
    nest: String(ready['nest']),
    caughtUpSeconds: Number(ready['caughtUpSeconds']),
    rssAfterCatchUp: Number(ready['rss']),
    ask: (line) => {
      const answered = next();
      child.stdin.write(`${line}\n`);
      return Promise.race([answered, exited]);
    },
    stop: () => child.kill('SIGTERM'),
  };
};

interface Sample {
  readonly receipt_code: string;
  readonly contact_phone: string;
  readonly enterprise_credit_code: string;
  readonly enterprise_name: string;
}

/** Whether an earlier run's app has built the read side of this log already (its checkpoints are there). */
const readSideExists = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client
      .query<{ built: boolean }>(
        "SELECT to_regclass('es_checkpoints') IS NOT NULL AND EXISTS (SELECT 1 FROM es_checkpoints) AS built",
      )
      .catch(() => ({ rows: [{ built: false }] }));
    return rows[0]?.built === true;
  } finally {
    await client.end();
  }
};

interface Row {
  readonly name: string;
  readonly times: number[];
  readonly target: number;
  readonly percentile: 95 | 100;
}

const main = async (): Promise<void> => {
  const started = Date.now();
  const loadBefore = loadLine();
  const parameters = scaleParameters();
  const log = await scaleDatabase(SERVER, parameters);
  const readSideBuilt = await readSideExists(log.url);
  process.stdout.write('Starting the app on the log and catching up…\n');
  const server = await startServer(log.url);
  const db = new pg.Pool({ connectionString: log.url, max: 2 });
  try {
    const { rows: counts } = await db.query<{ requests: string; events: string }>(
      `SELECT (SELECT count(*) FROM appeals_requests) AS requests, (SELECT count(*) FROM es_events) AS events`,
    );
    const requests = Number(counts[0]?.requests);
    const events = Number(counts[0]?.events);
    const { rows: samples } = await db.query<Sample>(
      `SELECT receipt_code, contact_phone, enterprise_credit_code, enterprise_name FROM appeals_requests
       TABLESAMPLE SYSTEM (5) WHERE receipt_code LIKE 'S%' LIMIT $1`,
      [SAMPLES + WARM_UP],
    );
    const sample = (i: number): Sample => samples[i % samples.length] as Sample;
    const supervisor = await logIn(server.nest, 'supervisor.chen');
    const staff = await logIn(server.nest, 'staff.wang');
    const handler = await logIn(server.nest, 'handler.li');
    const api = `${server.nest}/api`;

    const time = async (name: string, target: number, one: (i: number) => Promise<Answer>): Promise<Row> => {
      process.stdout.write(`Timing ${name}…\n`);
      for (let i = 0; i < WARM_UP; i++) await one(i);
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const answer = await one(WARM_UP + i);
        if (answer.status >= 300) throw new Error(`${name}: ${answer.status} ${answer.body.slice(0, 300)}`);
        times.push(answer.ms);
      }
      const sorted = times.sort((a, b) => a - b);
      process.stdout.write(
        `  p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms\n`,
      );
      return { name, times: sorted, target, percentile: 95 };
    };
    let cursor: string | null = null;
    const rows: Row[] = [
      await time('inbox: supervisor, first page of 50', 100, () =>
        call(`${api}/appeals/requests?pageSize=50`, { cookie: supervisor }),
      ),
      await time('inbox: supervisor, next pages (keyset)', 100, async () => {
        const answer = await call(
          `${api}/appeals/requests?pageSize=50${cursor === null ? '' : `&after=${encodeURIComponent(cursor)}`}`,
          { cookie: supervisor },
        );
        cursor = (JSON.parse(answer.body) as { nextCursor: string | null }).nextCursor;
        return answer;
      }),
      await time('inbox: department handler, first page', 100, () =>
        call(`${api}/appeals/requests?pageSize=50`, { cookie: handler }),
      ),
      await time('inbox: supervisor, overdue filter', 100, () =>
        call(`${api}/appeals/requests?pageSize=50&overdue=true`, { cookie: supervisor }),
      ),
      await time('search: receipt code (centre staff)', 100, (i) =>
        call(`${api}/appeals/requests?receiptCode=${sample(i).receipt_code}`, { cookie: staff }),
      ),
      await time('search: credit code', 100, (i) =>
        call(`${api}/appeals/requests?creditCode=${sample(i).enterprise_credit_code}`, {
          cookie: supervisor,
        }),
      ),
      await time('search: part of the enterprise name', 100, (i) =>
        call(
          `${api}/appeals/requests?enterpriseName=${encodeURIComponent(sample(i).enterprise_name.slice(2, 8))}`,
          { cookie: supervisor },
        ),
      ),
      await time('search: contact phone', 100, (i) =>
        call(`${api}/appeals/requests?contactPhone=${sample(i).contact_phone}`, { cookie: staff }),
      ),
      // Each tracking caller from its own loopback address: the per-address lookup budget is 20 in 10 minutes.
      await time('kiosk tracking (receipt code + last four digits)', 50, (i) =>
        call(`${api}/appeals/track`, {
          method: 'POST',
          body: { receiptCode: sample(i).receipt_code, phoneLast4: sample(i).contact_phone.slice(-4) },
          from: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
        }),
      ),
      await time('Open311 requests.json (90 days, ≤ 1000)', 100, () =>
        call(`${api}/appeals/open311/requests.json`),
      ),
    ];
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() + 8 * 3_600_000 - 365 * 86_400_000).toISOString().slice(0, 10);
    const rates: number[] = [];
    for (let i = 0; i < 6; i++) {
      const answer = await call(`${api}/appeals/rates?from=${yearAgo}&to=${today}`, { cookie: supervisor });
      if (answer.status !== 200) throw new Error(`rates: ${answer.status} ${answer.body.slice(0, 300)}`);
      if (i > 0) rates.push(answer.ms);
    }
    rows.push({
      name: `a year's rates (${yearAgo} to ${today}), 5 times`,
      times: rates.sort((a, b) => a - b),
      target: 500,
      percentile: 100,
    });
    const period = `${Number(today.slice(0, 4)) - (today.slice(5, 7) <= '06' ? 1 : 0)}-${today.slice(5, 7) <= '06' ? 'H2' : 'H1'}`;
    const published = await call(`${api}/service-centre/health-index`, {
      method: 'POST',
      body: { period },
      cookie: supervisor,
    });
    if (published.status === 201)
      rows.push({
        name: `publishing ${period}'s health index (once: a half year is published once)`,
        times: [published.ms],
        target: 1_000,
        percentile: 100,
      });
    else if (published.status !== 409)
      throw new Error(`health index: ${published.status} ${published.body.slice(0, 300)}`);
    const healthNote =
      published.status === 201
        ? ''
        : `Publishing ${period}'s health index was not timed: an earlier run on this log published it (409); run with BENCH_SCALE_FRESH=true to time it.`;
    // The published snapshot reaches its read model through the projection: wait for it, untimed.
    for (let waited = 0; ; waited += 100) {
      const answer = await call(`${api}/service-centre/health-index/${period}`);
      if (answer.status === 200) break;
      if (waited > 60_000) throw new Error(`health index read: ${answer.status} after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const readIndex: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await call(`${api}/service-centre/health-index/${period}`);
      if (answer.status !== 200) throw new Error(`health index read: ${answer.status}`);
      readIndex.push(answer.ms);
    }
    rows.push({
      name: `reading ${period}'s published index, 5 times`,
      times: readIndex.sort((a, b) => a - b),
      target: 1_000,
      percentile: 100,
    });
    const rssAtRest = Number((await server.ask('rss'))['rss']);
    process.stdout.write('Filing through the API…\n');
    const submission = (i: number) =>
      JSON.stringify({
        enterprise: { creditCode: sample(i).enterprise_credit_code, name: sample(i).enterprise_name },
        contact: { name: '张三', phone: sample(i).contact_phone },
        category: 'market-order',
        title: '经营场所变更登记',
        description: '企业搬迁后需要办理经营场所变更登记，材料准备情况请部门指导。',
      });
    const probe = await call(`${api}/appeals/requests`, {
      method: 'POST',
      body: JSON.parse(submission(0)),
      cookie: staff,
    });
    if (probe.status !== 201) throw new Error(`filing: ${probe.status} ${probe.body.slice(0, 300)}`);
    const { requestId } = JSON.parse(probe.body) as { requestId: string };
    // Filing and the store's own append alternate in halves (API, store, store, API), each from a settled read
    // side: the followers' work on one stretch's events does not land in the other's, and a drift of the machine
    // over the run weighs on both sides alike.
    const halves = { api: { done: 0, seconds: 0 }, store: { done: 0, seconds: 0 } };
    const halfRates: string[] = [];
    const settledSeconds: number[] = [];
    for (const side of ['api', 'store', 'store', 'api'] as const) {
      settledSeconds.push(Number((await server.ask('settle'))['settledSeconds']));
      if (side === 'api') {
        const result = await new Promise<Result>((resolve, reject) =>
          autocannon(
            {
              url: `${api}/appeals/requests`,
              method: 'POST',
              connections: CONNECTIONS,
              duration: FILING_SECONDS / 2,
              headers: { 'content-type': 'application/json', cookie: staff },
              body: submission(1),
            },
            (error, answer) => (error ? reject(error) : resolve(answer)),
          ),
        );
        if (result.non2xx > 0) throw new Error(`${result.non2xx} filings refused`);
        halves.api.done += result.requests.total;
        halves.api.seconds += result.duration;
        halfRates.push(`API ${fmt(result.requests.total / result.duration)}/s`);
      } else {
        const stretch = await server.ask(`append ${requestId} ${FILING_SECONDS / 2}`);
        halves.store.done += Number(stretch['appended']);
        halves.store.seconds += Number(stretch['seconds']);
        halfRates.push(`store ${fmt(Number(stretch['appended']) / Number(stretch['seconds']))}/s`);
      }
    }
    const filedPerSecond = halves.api.done / halves.api.seconds;
    const appendRate = halves.store.done / halves.store.seconds;
    const filingRatio = filedPerSecond / appendRate;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const rssAfterLoad = Number((await server.ask('rss'))['rss']);

    const tableRows = rows.map((r) => {
      const p50 = percentile(r.times, 50);
      const measured = percentile(r.times, r.percentile);
      const label = r.percentile === 95 ? 'p95' : 'max';
      return `| ${r.name} | ${r.times.length} | ${p50.toFixed(1)} | ${label} ${measured.toFixed(1)} | < ${r.target} ms | ${measured < r.target ? 'PASS' : 'FAIL'} |`;
    });
    const runText = [
      `### Run ${new Date().toISOString().replace(/\.\d+Z$/u, 'Z')}`,
      '',
      `- Machine: ${machineLine()}`,
      `- Log: \`${scaleDatabaseName(parameters)}\`, ${fmt(events)} events, ${fmt(requests)} requests in \`appeals_requests\` (${fmt(parameters.enterprises)} enterprises; ${log.fresh ? `generated in this run in ${Math.round(log.seconds)} s` : `generated ${log.generatedAt}`})`,
      `- Command: \`BENCH_ENTERPRISES=${parameters.enterprises} BENCH_REQUESTS=${parameters.requests} npm run bench:scale\`; run took ${Math.round((Date.now() - started) / 1000)} s, load average ${loadBefore} before, ${loadLine()} after`,
      readSideBuilt
        ? `- The read side was built by an earlier run on this log; the app started and caught up in ${Math.round(server.caughtUpSeconds)} s`
        : `- The app's catch-up with the whole log (every projection and embedded consumer from an empty read side, at start): ${Math.round(server.caughtUpSeconds)} s, ${fmt(events / server.caughtUpSeconds)} events/s`,
      '',
      '| query (one client, in sequence) | samples | p50 ms | measured ms | target | |',
      '| --- | ---: | ---: | ---: | --- | --- |',
      ...tableRows,
      '',
      '| filing | requests/s | target |',
      '| --- | ---: | --- |',
      `| through the API (POST /api/appeals/requests, ${CONNECTIONS} connections, 2 × ${FILING_SECONDS / 2} s) | ${fmt(filedPerSecond)} | |`,
      `| the store's own append of the same events (appendToStream, ${CONNECTIONS} at once, 2 × ${FILING_SECONDS / 2} s) | ${fmt(appendRate)} | |`,
      `| API / store | ${Math.round(filingRatio * 100)} % | ≥ 50 % ${filingRatio >= 0.5 ? 'PASS' : 'FAIL'} |`,
      '',
      `Filing and the store's own append alternated in halves (${halfRates.join(', ')}), each from a read side that had taken the whole log (the followers took ${settledSeconds.map((s) => s.toFixed(1)).join(' / ')} s to settle before each half).`,
      '',
      ...(healthNote === '' ? [] : [healthNote, '']),
      `Resident memory of the app: ${mb(server.rssAfterCatchUp)} after catching up, ${mb(rssAtRest)} at rest after the queries, ${mb(rssAfterLoad)} 5 s after the filing load (target ≤ 400 MB at rest: ${rssAtRest <= 400 * 2 ** 20 ? 'PASS' : 'FAIL'}).`,
      '',
    ].join('\n');
    process.stdout.write(`${runText}\n`);
    writeResultsSection(
      join(ROOT, 'bench', 'RESULTS.md'),
      '## Data at scale (`npm run bench:scale`)',
      [
        '',
        'The one-process platform (bench/scale/scale-server.ts, built and run with plain node as `npm start` runs',
        'the app) on the PostgreSQL log of `bench:scale:generate`',
        '(bench/scale/scale-data.ts: directory enterprises registered through `CommandHandler.handleMany`, requests',
        'with a year of histories decided by the appeals decider and appended with `appendMany`), caught up with it',
        'from an empty read side at start, then timed through HTTP by one client in sequence. Kiosk tracking',
        'callers each come from their own loopback address (the lookup budget is per address). Filing is',
        'autocannon against the store appending the same events itself, in the same run, in alternating halves',
        'each from a settled read side (since 2026-12-06; before, the store appended once, right after the API).',
        '',
      ].join('\n'),
      runText,
    );
  } finally {
    await db.end();
    server.stop();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
