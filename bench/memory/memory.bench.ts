/**
 * bench:memory — the one-process app's resident memory at rest (issue 17 item 1: ≤ 400 MB, flat in the number of
 * requests). Starts the built app exactly as `npm start` does (the node command of package.json's start script,
 * PGlite on a new data directory, demo data), waits until it listens, lets it rest 30 s, and samples its resident
 * set (VmRSS of /proc/<pid>/status) several times: at rest after the first start (a new cluster and the demo data),
 * at rest after each of two rounds of requests (filings and inbox reads: the second round must not leave more
 * behind than the first), and at rest after a restart on the same directory.
 *
 *   npm run bench:memory
 *
 * Environment (all optional):
 *   MEMORY_ROUND_FILINGS   filings per round (default 300); MEMORY_ROUND_READS inbox reads per round (default 1500).
 *   BENCH_WRITE_RESULTS=0  print only, leave bench/RESULTS.md alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@qinqing/tools/distributed';
import { logIn } from '../http/api-client';
import { writeResultsSection } from '../results-file';
import { cpuTicks, rssKib, TICKS_PER_SECOND } from '../soak/procfs';
import { loadLine, machineLine } from '../store/report';
import { START_SCRIPT, startCommand } from '../start-command';

const ROOT = resolve(__dirname, '../..');
const SECTION_HEADING = '## Memory of the one-process app at rest (`npm run bench:memory`)';
const SECTION_INTRO = `The built one-process app started as \`npm start\` starts it (the node command of package.json's start
script: PGlite on a new data directory, demo data), measured from outside through /proc/<pid>/status. "At
rest" is 30 s after the app listens or after the last request of a round, with no requests in between (the
followers still poll, so the app is not idle: its CPU share while sampled is in the table); each figure is the
median of six samples 2 s apart. Each round of requests files requests through the API and reads the
supervisor's inbox, one client in sequence. Target (issue 17 item 1): ≤ 400 MB at rest, and flat in the number
of requests (the rest after round 2 within 5 % of the rest after round 1).`;

const env = (name: string, fallback: number): number => {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? fallback : Number(value);
};
const FILINGS = env('MEMORY_ROUND_FILINGS', 300);
const READS = env('MEMORY_ROUND_READS', 1_500);
const WRITE_RESULTS = process.env['BENCH_WRITE_RESULTS']?.trim() !== '0';
const REST_S = 30;
const SAMPLES = 6;
const SAMPLE_EVERY_MS = 2_000;
const LIMIT_MB = 400;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const mb = (kib: number): number => kib / 1024;

interface Rest {
  readonly label: string;
  readonly medianMb: number;
  readonly minMb: number;
  readonly maxMb: number;
  readonly peakMb: number;
  /** CPU the app used while it was sampled, in cores. */
  readonly cpuShare: number;
}

const statusField = (pid: number, field: string): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'mu').exec(
    readFileSync(`/proc/${pid}/status`, 'utf8'),
  );
  return match === null ? Number.NaN : Number(match[1]);
};

/** Lets the app rest (no requests) for REST_S, then samples its RSS and the CPU it uses meanwhile. */
const atRest = async (child: ChildProcess, label: string): Promise<Rest> => {
  const pid = child.pid as number;
  await sleep(REST_S * 1_000);
  const ticksBefore = cpuTicks(pid);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0) await sleep(SAMPLE_EVERY_MS);
    const kib = rssKib(pid);
    if (kib === null) throw new Error(`the app exited while ${label}`);
    samples.push(mb(kib));
  }
  const ticksAfter = cpuTicks(pid) ?? Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rest = {
    label,
    medianMb: ((sorted[SAMPLES / 2 - 1] as number) + (sorted[SAMPLES / 2] as number)) / 2,
    minMb: sorted[0] as number,
    maxMb: sorted.at(-1) as number,
    peakMb: mb(statusField(pid, 'VmHWM')),
    cpuShare:
      (ticksAfter - (ticksBefore ?? Number.NaN)) /
      TICKS_PER_SECOND /
      (((SAMPLES - 1) * SAMPLE_EVERY_MS) / 1_000),
  };
  console.log(
    `${label}: ${rest.medianMb.toFixed(0)} MB at rest (${rest.minMb.toFixed(0)}–${rest.maxMb.toFixed(0)}), peak ${rest.peakMb.toFixed(0)} MB, CPU ${(rest.cpuShare * 100).toFixed(0)} % of a core`,
  );
  return rest;
};

const startApp = async (dataDir: string, port: number): Promise<ChildProcess> => {
  const command = startCommand(START_SCRIPT);
  const child = spawn(process.execPath, command.args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...command.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (answer) => answer.status === 200,
      () => false,
    );
    if (up) return child;
    if (waited > 300_000) throw new Error('the app did not listen within 300 s');
    await sleep(250);
  }
};

const stopApp = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
};

/** One round of requests: filings by the centre's staff, then the supervisor's inbox read page by page. */
const round = async (base: string, n: number): Promise<void> => {
  const staff = await logIn(base, 'staff.wang');
  const supervisor = await logIn(base, 'supervisor.chen');
  for (let i = 0; i < FILINGS; i++) {
    const answer = await fetch(`${base}/api/appeals/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: staff },
      body: JSON.stringify({
        enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
        contact: { name: '周经理', phone: '13805741234' },
        category: 'approval-permits',
        title: `新建二期厂房竣工验收咨询（第 ${n} 轮第 ${i + 1} 件）`,
        description: '新建二期厂房即将竣工，想了解办理的材料和时限。',
        channel: 'staff-walk-in',
      }),
    });
    if (answer.status !== 201) throw new Error(`filing: ${answer.status} ${await answer.text()}`);
  }
  let cursor: string | null = null;
  for (let i = 0; i < READS; i++) {
    const after: string = cursor === null ? '' : `&after=${encodeURIComponent(cursor)}`;
    const answer = await fetch(`${base}/api/appeals/requests?pageSize=50${after}`, {
      headers: { cookie: supervisor },
    });
    if (answer.status !== 200) throw new Error(`inbox: ${answer.status} ${await answer.text()}`);
    cursor = ((await answer.json()) as { nextCursor: string | null }).nextCursor;
  }
};

const main = async (): Promise<void> => {
  const started = new Date();
  const loadBefore = loadLine();
  const dataDir = mkdtempSync(join(tmpdir(), 'qinqing-bench-memory-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const rests: Rest[] = [];
  try {
    let app = await startApp(dataDir, port);
    try {
      rests.push(await atRest(app, 'first start (new cluster, demo data)'));
      for (const n of [1, 2]) {
        await round(base, n);
        rests.push(await atRest(app, `after round ${n} (${FILINGS} filings, ${READS} inbox reads)`));
      }
    } finally {
      await stopApp(app);
    }
    app = await startApp(dataDir, port);
    try {
      rests.push(await atRest(app, 'restart on the same directory'));
    } finally {
      await stopApp(app);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const [round1, round2] = [rests[1] as Rest, rests[2] as Rest];
  const growth = (round2.medianMb - round1.medianMb) / round1.medianMb;
  const worst = Math.max(...rests.map((r) => r.medianMb));
  const run = [
    `### Run ${started.toISOString().replace(/\.\d+Z$/u, 'Z')}`,
    '',
    `- Machine: ${machineLine()}`,
    `- Command: \`npm run bench:memory\` (the app: \`${START_SCRIPT.split('&&').at(-1)?.trim()}\`); load average ${loadBefore} before, ${loadLine()} after`,
    '',
    '| at rest | RSS median MB | min–max MB | peak (VmHWM) MB | CPU while sampled |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rests.map(
      (r) =>
        `| ${r.label} | ${r.medianMb.toFixed(0)} | ${r.minMb.toFixed(0)}–${r.maxMb.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${(r.cpuShare * 100).toFixed(0)} % of a core |`,
    ),
    '',
    `At rest ≤ ${LIMIT_MB} MB: ${worst.toFixed(0)} MB at most, ${worst <= LIMIT_MB ? 'PASS' : 'FAIL'}. Flat in the number of requests: round 2 left ${(growth * 100).toFixed(1)} % more than round 1 (≤ 5 %: ${growth <= 0.05 ? 'PASS' : 'FAIL'}).`,
    '',
  ].join('\n');
  console.log(`\n${run}`);
  if (WRITE_RESULTS) writeResultsSection(join(ROOT, 'bench/RESULTS.md'), SECTION_HEADING, SECTION_INTRO, run);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
