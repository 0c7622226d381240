/**
 * kill -9 of the one-process app while staff commands are in flight, CRASH_ROUNDS times on one data
 * directory: every command answered 2xx must be there after the restart, and the directory must open.
 *
 *   npm run bench:crash
 *
 * Environment (all optional):
 *   CRASH_ROUNDS          rounds (default 20).
 *   CRASH_WRITERS         staff sessions sending commands at once (default 4).
 *   CRASH_MAX_DELAY_MS    the kill lands up to this long after a round's first acknowledgement (default 2000).
 *   BENCH_WRITE_RESULTS=0 print only, leave bench/RESULTS.md alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type CrashRound, runCrashRounds } from '@qinqing/tests/crash';
import { writeResultsSection } from '../results-file';
import { loadLine, machineLine } from '../store/report';

const ROOT = resolve(__dirname, '../..');
const RESULTS_PATH = join(ROOT, 'bench/RESULTS.md');
const SECTION_HEADING = '## Crash: kill -9 of the one-process app (`npm run bench:crash`)';
const SECTION_INTRO = `The one-process app (\`apps/embedded\`, PGlite on a data directory, demo data) started as its own Node
process; staff sessions (4 by default) file enterprise requests and hand each one off to a department, as
fast as the app answers. At a random moment (up to 2 s by default) after the round's first acknowledgement
the process gets SIGKILL (no shutdown hook, no checkpoint, the lock file left behind), is started again on
the same directory, and every request acknowledged since the first round is read back through the API: it
must be there, and handed off if the hand-off was answered 200. A kill is a process crash: the OS page
cache survives it, so this run shows the directory's consistency and PostgreSQL's crash recovery, not what
a power cut would keep (README, "Durability of the one-process app").`;

const env = (name: string, fallback: number): number => {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? fallback : Number(value);
};

const ROUNDS = env('CRASH_ROUNDS', 20);
const WRITERS = env('CRASH_WRITERS', 4);
const MAX_DELAY_MS = env('CRASH_MAX_DELAY_MS', 2_000);
const WRITE_RESULTS = process.env['BENCH_WRITE_RESULTS']?.trim() !== '0';

const HEADER = [
  'round',
  'kill after 1st ack (ms)',
  'in flight at kill',
  'filed (201)',
  'handed off (200)',
  'read back',
  'missing',
  'restart (ms)',
];

const row = (r: CrashRound): string[] => [
  String(r.round),
  String(r.killDelayMs),
  String(r.inFlightAtKill),
  String(r.filed),
  String(r.handedOff),
  String(r.checked),
  String(r.missing.length),
  String(r.restartMs),
];

const markdownTable = (rounds: readonly CrashRound[]): string =>
  [
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---:').join(' | ')} |`,
    ...rounds.map((r) => `| ${row(r).join(' | ')} |`),
  ].join('\n');

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

const main = async (): Promise<void> => {
  const started = new Date();
  const loadBefore = loadLine();
  const dataDir = mkdtempSync(join(tmpdir(), 'qinqing-bench-crash-'));
  console.log(
    `bench:crash — ${machineLine()}; ${ROUNDS} rounds, ${WRITERS} writers, data directory ${dataDir}`,
  );
  let run;
  try {
    run = await runCrashRounds({
      dataDir,
      rounds: ROUNDS,
      writers: WRITERS,
      maxKillDelayMs: MAX_DELAY_MS,
      onRound: (r) =>
        console.log(
          `  round ${r.round}: killed ${r.killDelayMs} ms after the first ack with ${r.inFlightAtKill} in flight; ` +
            `${r.filed} filed, ${r.handedOff} handed off; ${r.checked} read back, ` +
            `${r.missing.length} missing; restart ${r.restartMs} ms${r.missing.map((m) => `\n    MISSING ${m}`).join('')}`,
        ),
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const missing = run.rounds.reduce((sum, r) => sum + r.missing.length, 0);
  const restarts = run.rounds.map((r) => r.restartMs);
  const acknowledged = run.rounds.reduce((sum, r) => sum + r.filed + r.handedOff, 0);
  const seconds = (Date.now() - started.getTime()) / 1000;
  const verdict =
    missing === 0
      ? `PASS: ${run.rounds.length} of ${ROUNDS} restarts opened the directory; all ${acknowledged} acknowledged commands were there`
      : `FAIL: ${missing} acknowledged commands missing after a restart`;
  console.log(verdict);
  if (missing > 0) process.exitCode = 1;

  const report = [
    `### Run ${started.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `- Machine: ${machineLine()}`,
    `- ${verdict}`,
    `- First start (new directory, demo data) ${run.firstStartMs} ms; restart after a kill: median ` +
      `${percentile(restarts, 0.5)} ms, max ${Math.max(...restarts)} ms`,
    `- ${ROUNDS} rounds, ${WRITERS} writers, kill up to ${MAX_DELAY_MS} ms after the first acknowledgement; ` +
      `run took ${seconds.toFixed(0)} s, load average ${loadBefore} before, ${loadLine()} after`,
    '',
    markdownTable(run.rounds),
  ].join('\n');
  if (WRITE_RESULTS) {
    writeResultsSection(RESULTS_PATH, SECTION_HEADING, SECTION_INTRO, report);
    console.log(`Wrote ${RESULTS_PATH}`);
  } else {
    console.log(`\n${report}\n`);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
