/**
 * bench:push — precise push (精准推送) at 1 M directory entries in PostgreSQL: one published policy matched
 * against the whole directory replica through the service's own path (`matchDirectory`: criteria compiled to
 * one parameterised INSERT … SELECT that stores every match with the facts its explanation is built from and
 * the restriction that excludes it), against the same filter written by hand as one raw SQL query sent
 * straight to `pg.Pool` (which only returns the rows). Throughput is directory entries per second; target:
 * the kernel at ≥ 50 % of raw in the same run. Not part of the test gate (push.int.spec.ts is its smoke).
 * Writes its section of bench/RESULTS.md.
 *
 * DATABASE_URL names the server (a fresh database bench_push_<pid> is made and dropped); BENCH_PUSH_ROWS
 * overrides the 1,000,000 entries, BENCH_PUSH_ROUNDS the 3 rounds per case.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import pg from 'pg';
import { describePostgresSettings, freshDatabase } from '../postgres-server';
import { writeResultsSection } from '../results-file';
import { loadLine, machineLine } from '../store/report';
import { zhejiangCounties } from '../zhejiang-enterprises';
import { pushCases, pushOnce, setUpDirectory } from './push-workload';

const ROWS = Number(process.env['BENCH_PUSH_ROWS'] ?? 1_000_000);
const ROUNDS = Number(process.env['BENCH_PUSH_ROUNDS'] ?? 3);
const TARGET = 0.5;
const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const main = async (): Promise<void> => {
  const started = Date.now();
  const loadBefore = loadLine();
  const { url, drop } = await freshDatabase(SERVER, `bench_push_${process.pid}`);
  const db = await openPostgresDatabase(url, { maxConnections: 4 });
  const raw = new pg.Pool({ connectionString: url, max: 4 });
  raw.on('error', () => undefined);
  try {
    const description = await describePostgresSettings(db, 'PostgreSQL');
    const areas = zhejiangCounties();
    process.stdout.write(`Filling ${ROWS.toLocaleString('en-US')} directory entries…\n`);
    const fillStart = performance.now();
    await setUpDirectory(db, ROWS, areas, (n) =>
      process.stdout.write(`  filled ${n.toLocaleString('en-US')}\n`),
    );
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const rows: string[] = [];
    let policy = 0;
    for (const c of pushCases(areas[20] ?? '330203')) {
      process.stdout.write(`Timing ${c.name}…\n`);
      // One warm-up of each side (caches), not counted; then rounds alternating kernel and raw.
      await pushOnce(db, `warm-${policy++}`, c.criteria);
      await raw.query(c.rawSql);
      const kernel: number[] = [];
      const rawTimes: number[] = [];
      let stored = { matched: 0, excluded: 0 };
      let returned = 0;
      for (let round = 0; round < ROUNDS; round++) {
        let start = performance.now();
        stored = await pushOnce(db, `p-${policy++}`, c.criteria);
        kernel.push((performance.now() - start) / 1000);
        start = performance.now();
        returned = (await raw.query(c.rawSql)).rowCount ?? 0;
        rawTimes.push((performance.now() - start) / 1000);
      }
      if (stored.matched + stored.excluded !== returned)
        throw new Error(
          `${c.name}: the push stored ${stored.matched + stored.excluded}, raw returned ${returned}`,
        );
      const kernelRate = ROWS / median(kernel);
      const rawRate = ROWS / median(rawTimes);
      rows.push(
        `| ${c.name} | ${stored.matched.toLocaleString('en-US')} + ${stored.excluded.toLocaleString('en-US')} | ${(median(kernel) * 1000).toFixed(0)} | ${Math.round(kernelRate).toLocaleString('en-US')} | ${(median(rawTimes) * 1000).toFixed(0)} | ${Math.round(rawRate).toLocaleString('en-US')} | ${Math.round((kernelRate / rawRate) * 100)} % | ${kernelRate / rawRate >= TARGET ? 'PASS' : 'FAIL'} |`,
      );
    }
    const run = [
      `### Run ${new Date().toISOString().replace(/\.\d{3}Z$/u, 'Z')}`,
      '',
      `- Machine: ${machineLine()}`,
      `- Database: ${description}`,
      `- ${ROWS.toLocaleString('en-US')} directory entries over 40 Zhejiang counties (a third in towns), one in 997 restricted from policy benefits, filled in ${fillSeconds.toFixed(0)} s, indexed and analysed; per case one warm-up and ${ROUNDS} rounds alternating kernel and raw, medians; run took ${Math.round((Date.now() - started) / 1000)} s, load average ${loadBefore} before, ${loadLine()} after`,
      '',
      '| policy (criteria) | matched + excluded | kernel ms | kernel entries/s | raw ms | raw entries/s | kernel/raw | ≥ 50 % |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n');
    process.stdout.write(`${run}\n`);
    writeResultsSection(
      resolve(__dirname, '../RESULTS.md'),
      '## Policy push: one policy against the directory (`npm run bench:push`)',
      [
        '',
        "The service centre's directory replica (`service_centre_directory`, the service's own DDL and indexes) filled",
        'with synthetic entries. The kernel is the push of one published policy as the projection runs it',
        '(`matchDirectory` through the pg pool adapter, in a transaction): the criteria compiled to one parameterised',
        '`INSERT … SELECT` joined to the restrictions in force, storing every match (and every exclusion with its',
        'record) in `service_centre_policy_matches` with the facts its explanation is built from. Raw is the same',
        'filter and join written by hand as one `SELECT`, straight to a `pg.Pool`, returning the rows — it stores',
        'nothing. Throughput is directory entries matched per second (entries ÷ median time).',
        '',
      ].join('\n'),
      run,
    );
  } finally {
    await raw.end();
    await db.close().catch(() => undefined);
    await drop();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
