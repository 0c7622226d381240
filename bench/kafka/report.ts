import type { ThroughputResult } from './raw';
import type { LatencySummary } from './stats';

/** Relay throughput at least this share of the raw producer's (issue 17 item 7). */
export const THROUGHPUT_RATIO = 0.9;
/** Our append → effect p95 at most this many milliseconds… */
export const P95_LIMIT_MS = 250;
/** …and at most this multiple of the raw produce → consume p95. */
export const P95_RATIO = 3;

export type Verdict = 'PASS' | 'FAIL';

export interface LatencyFigures {
  readonly summary: LatencySummary;
  readonly missing: number;
  readonly late: number;
  readonly duplicates: number;
}

export interface KafkaBenchFigures {
  readonly rawThroughput: ThroughputResult;
  readonly oursThroughput: ThroughputResult;
  readonly rawLatency: LatencyFigures;
  readonly oursLatency: LatencyFigures;
}

const rate = (r: ThroughputResult): number => (r.seconds === 0 ? 0 : r.messages / r.seconds);

export interface Verdicts {
  readonly throughputRatio: number;
  readonly throughput: Verdict;
  readonly p95Limit: Verdict;
  readonly p95Ratio: number;
  readonly p95Multiple: Verdict;
}

const pass = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');

/** A pipeline that lost messages fails its latency targets, whatever the percentiles of the rest say. */
export const verdicts = (f: KafkaBenchFigures): Verdicts => {
  const throughputRatio = rate(f.rawThroughput) === 0 ? 0 : rate(f.oursThroughput) / rate(f.rawThroughput);
  const complete = f.oursLatency.missing === 0 && f.rawLatency.missing === 0;
  const p95Ratio = f.oursLatency.summary.p95 / f.rawLatency.summary.p95;
  return {
    throughputRatio,
    throughput: pass(throughputRatio >= THROUGHPUT_RATIO),
    p95Limit: pass(complete && f.oursLatency.summary.p95 <= P95_LIMIT_MS),
    p95Ratio,
    p95Multiple: pass(complete && p95Ratio <= P95_RATIO),
  };
};

const ms = (n: number): string =>
  Number.isNaN(n) ? '–' : n < 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(0)} ms`;
const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const times = (ours: number, raw: number): string => (raw > 0 ? `${(ours / raw).toFixed(1)}×` : '–');

const HEADER = ['measure', 'raw kafkajs', 'ours', 'ours vs raw', 'target', 'verdict'];

export const rows = (f: KafkaBenchFigures): string[][] => {
  const v = verdicts(f);
  const raw = f.rawLatency.summary;
  const ours = f.oursLatency.summary;
  return [
    [
      'throughput, messages/s',
      count(rate(f.rawThroughput)),
      count(rate(f.oursThroughput)),
      `${(v.throughputRatio * 100).toFixed(0)} %`,
      `ours ≥ ${THROUGHPUT_RATIO * 100} % of raw`,
      v.throughput,
    ],
    ['latency p50', ms(raw.p50), ms(ours.p50), times(ours.p50, raw.p50), '', ''],
    [
      'latency p95',
      ms(raw.p95),
      ms(ours.p95),
      times(ours.p95, raw.p95),
      `ours ≤ ${P95_LIMIT_MS} ms`,
      v.p95Limit,
    ],
    ['', '', '', '', `ours ≤ ${P95_RATIO}× raw`, v.p95Multiple],
    ['latency p99', ms(raw.p99), ms(ours.p99), times(ours.p99, raw.p99), '', ''],
    ['latency max', ms(raw.max), ms(ours.max), '', '', ''],
    [
      'latency samples (missing)',
      `${count(raw.count)} (${f.rawLatency.missing})`,
      `${count(ours.count)} (${f.oursLatency.missing})`,
      '',
      'none missing',
      pass(f.rawLatency.missing === 0 && f.oursLatency.missing === 0),
    ],
  ];
};

export const consoleTable = (f: KafkaBenchFigures): string => {
  const all = [HEADER, ...rows(f)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r
      .map((value, i) => (i >= 1 && i <= 3 ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows(f).map(line)].join('\n');
};

export const markdownTable = (f: KafkaBenchFigures): string =>
  [
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map((_, i) => (i >= 1 && i <= 3 ? '---:' : '---')).join(' | ')} |`,
    ...rows(f).map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export const SECTION_HEADING = '## Kafka: relay and consumer bus vs raw kafkajs (`npm run bench:kafka`)';
