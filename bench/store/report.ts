import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export const TARGET_RATIO = 0.6;

export interface CellResult {
  readonly store: string;
  readonly writers: number;
  readonly batch: number;
  readonly rawPerSecond: number;
  readonly kernelPerSecond: number;
  readonly rawEvents: number;
  readonly kernelEvents: number;
  readonly note: string;
}

export const ratioOf = (cell: CellResult): number =>
  cell.rawPerSecond === 0 ? 0 : cell.kernelPerSecond / cell.rawPerSecond;

export const verdict = (cell: CellResult): 'PASS' | 'FAIL' =>
  ratioOf(cell) >= TARGET_RATIO ? 'PASS' : 'FAIL';

const cpuModel = (): string => {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line !== undefined) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
};

export const machineLine = (): string =>
  `${cpuModel()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;

/** 1-minute load average: other work on the machine shows up in absolute figures (less in ratios). */
export const loadLine = (): string => loadavg()[0]?.toFixed(2) ?? '?';

const rate = (n: number): string => Math.round(n).toLocaleString('en-US');

const HEADER = [
  'store',
  'writers',
  'batch',
  'raw events/s',
  'kernel events/s',
  'kernel/raw',
  'target ≥ 60 %',
];

const row = (cell: CellResult): string[] => [
  cell.store,
  String(cell.writers),
  String(cell.batch),
  rate(cell.rawPerSecond),
  rate(cell.kernelPerSecond),
  `${(ratioOf(cell) * 100).toFixed(0)} %`,
  verdict(cell),
];

export const consoleTable = (cells: readonly CellResult[]): string => {
  const rows = [HEADER, ...cells.map(row)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((v, i) => (i < 3 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  return [
    line(HEADER),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((c) => `${line(row(c))}${c.note === '' ? '' : `  (${c.note})`}`),
  ].join('\n');
};

export const markdownTable = (cells: readonly CellResult[]): string =>
  [
    `| ${[...HEADER, 'note'].join(' | ')} |`,
    `| ${[...HEADER, 'note'].map((_, i) => (i >= 3 && i <= 5 ? '---:' : '---')).join(' | ')} |`,
    ...cells.map((c) => `| ${[...row(c), c.note].join(' | ')} |`),
  ].join('\n');

export const SECTION_HEADING = '## Event store appends: CommandHandler vs raw INSERT (`npm run bench:store`)';
