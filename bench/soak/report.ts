import type { ChaosAct } from './chaos';
import type { LoadTally } from './load';
import { auditPassed, type SoakAudit } from './platform-audit';
import type { ResourceSamples } from './resource-sampler';
import type { RssGrowth } from './rss-growth';
import type { SoakSettings } from './settings';

export interface SoakRun {
  readonly startedAt: Date;
  readonly machine: string;
  readonly command: string;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly broker: string;
  readonly processes: readonly string[];
  readonly settings: SoakSettings;
  readonly eventsPerFlow: number;
  /** How long the warm-up ran and how many flows it started. */
  readonly warmUp: { readonly seconds: number; readonly flows: number };
  readonly load: LoadTally;
  readonly chaos: readonly ChaosAct[];
  readonly resources: ResourceSamples;
  readonly rss: readonly RssGrowth[];
  /** Messages the consumer groups had yet to commit when the load stopped. */
  readonly lagAtStop: number;
  /** Seconds from the end of the load until every consumer group had committed everything (null: not within convergeS). */
  readonly convergedAfterS: number | null;
  readonly audit: SoakAudit;
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const counts = (map: ReadonlyMap<string | number, number>): string =>
  map.size === 0 ? '0' : [...map].map(([key, n]) => `${fmt(n)} × ${key}`).join(', ');

/** Appended events per second: over the whole load, and the slowest and fastest minute. */
export const appendRates = (
  samples: ResourceSamples['eventCounts'],
): { mean: number; slowestMinute: number; fastestMinute: number } => {
  const first = samples[0];
  const last = samples.at(-1);
  if (first === undefined || last === undefined || last.atS === first.atS)
    return { mean: 0, slowestMinute: 0, fastestMinute: 0 };
  const minutes: number[] = [];
  for (const sample of samples) {
    const later = samples.find((s) => s.atS >= sample.atS + 60);
    if (later !== undefined) minutes.push((later.events - sample.events) / (later.atS - sample.atS));
  }
  return {
    mean: (last.events - first.events) / (last.atS - first.atS),
    slowestMinute: minutes.length === 0 ? 0 : Math.min(...minutes),
    fastestMinute: minutes.length === 0 ? 0 : Math.max(...minutes),
  };
};

const signed = (percent: number): string => `${percent >= 0 ? '+' : ''}${fmt(percent, 1)} %`;

export const soakRunBlock = (run: SoakRun): string => {
  const { settings, load, audit } = run;
  const rates = appendRates(run.resources.eventCounts);
  const lost =
    audit.relays.reduce((n, r) => n + r.unpublished.length, 0) +
    audit.consumers.reduce((n, c) => n + c.missing.length, 0);
  const twice =
    Math.abs(audit.submissionsCounted - audit.submissionsInLog) + audit.requestFactsDiffering.length;
  const maxGrowth = Math.max(...run.rss.map((r) => r.growthPercent));
  const afterGc = run.rss.flatMap((r) => (r.afterGc === null ? [] : [r.afterGc]));
  const maxGrowthAfterGc = Math.max(...afterGc.map((g) => g.rssGrowthPercent));
  const maxHeapGrowthAfterGc = Math.max(...afterGc.map((g) => g.heapGrowthPercent));
  // The verdict is on RSS after a forced collection where both moments were read (since 2026-12-06 22:00Z).
  const rssPassed =
    afterGc.length > 0
      ? afterGc.length === run.rss.length && maxGrowthAfterGc < 10
      : run.rss.length > 0 && maxGrowth < 10;
  const rssMeasured =
    afterGc.length > 0
      ? `after a forced full collection: max ${fmt(maxGrowthAfterGc, 1)} % over ${afterGc.length} of ${run.rss.length} processes (those not killed in between; heap in use max ${fmt(maxHeapGrowthAfterGc, 1)} %); without it: max ${fmt(maxGrowth, 1)} %`
      : `max ${fmt(maxGrowth, 1)} % over ${run.rss.length} processes (those not killed in between)`;
  const kills = run.chaos.filter((act) => act.kind === 'kill');
  const brokerActs = run.chaos.filter((act) => act.kind !== 'kill');
  const lines = [
    `### Run ${run.startedAt.toISOString().replace(/\.\d+Z$/u, 'Z')}`,
    '',
    `- Machine: ${run.machine}; load average ${run.loadBefore} before, ${run.loadAfter} after`,
    `- Command: \`${run.command}\``,
    `- Platform: ${run.processes.join(', ')}, each its own Node process under a supervisor, each service its own PostgreSQL database; ${run.broker}`,
    `- Load: ${fmt(settings.durationS / 60, 1)} min aiming at ${fmt(settings.targetRate)} events/s = ${fmt(settings.targetRate / run.eventsPerFlow, 1)} request flows/s (a flow — file at the centre, hand off, accept, resolve, through the gateway — appended ${fmt(run.eventsPerFlow, 1)} events in all logs when measured alone), at most ${settings.maxInFlight} flows in flight`,
    `- Chaos: kill -9 of a random context service process every ${settings.killEveryS} s (${kills.length}: ${kills.map((k) => `${k.name} at ${fmt(k.atS)} s`).join(', ')}); broker ${brokerActs.map((a) => `${a.kind === 'broker-stopped' ? 'stopped' : 'started again'} at ${fmt(a.atS)} s (took ${fmt(a.tookS, 1)} s)`).join(', ')}`,
    '',
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    `| ≥ ${fmt(settings.targetRate)} events/s appended for the whole load | ${fmt(rates.mean)} events/s (slowest minute ${fmt(rates.slowestMinute)}, fastest ${fmt(rates.fastestMinute)}) | ${verdict(rates.slowestMinute >= settings.targetRate)} |`,
    `| 0 lost (log → topic → every consumer's inbox) | ${fmt(lost)} | ${verdict(lost === 0 && audit.deadLetters === 0)} |`,
    `| 0 applied twice, none missed (counter and read model against the fold of the log) | ${fmt(twice)} | ${verdict(twice === 0)} |`,
    `| every acknowledged command in the log | ${fmt(audit.acknowledgedSteps - audit.acknowledgedMissing.length)} of ${fmt(audit.acknowledgedSteps)} | ${verdict(audit.acknowledgedMissing.length === 0)} |`,
    `| every replica converged | ${[...audit.replicaTotals].map(([name, n]) => `${name} ${fmt(n)}`).join(', ')} requests; fold of the log ${fmt(audit.requestFacts)} | ${verdict(audit.replicasAgree)} |`,
    `| RSS growth at rest, after the warm-up → at the end, < 10 % | ${rssMeasured} | ${verdict(rssPassed)} |`,
    '',
    `Load: ${fmt(load.flowsStarted)} flows started of ${fmt(load.flowsDue)} due (${fmt(load.flowsDue - load.flowsStarted)} not started: ${settings.maxInFlight} in flight already), ${fmt(load.calls)} calls, ${fmt(load.acknowledgedCalls)} acknowledged; refused while a service was down: ${counts(load.refused)}; other failures: ${counts(load.failed)}${load.failureSamples.length > 0 ? ` (first: ${load.failureSamples.map((s) => `\`${s.replace(/`/gu, "'")}\``).join('; ')})` : ''}. ` +
      `The consumer groups were ${fmt(run.lagAtStop)} messages behind when the load stopped and had committed everything ${run.convergedAfterS === null ? `NOT within ${settings.convergeS} s` : `${fmt(run.convergedAfterS)} s`} after it.`,
    '',
    '| relay | public events in its log | not on the topic | sent more than once |',
    '| --- | ---: | ---: | ---: |',
    ...audit.relays.map(
      (r) => `| ${r.producer} | ${fmt(r.expected)} | ${fmt(r.unpublished.length)} | ${fmt(r.resent)} |`,
    ),
    '',
    '| consumer | topics | events on them | missing from its inbox | in its inbox from elsewhere |',
    '| --- | --- | ---: | ---: | ---: |',
    ...[...audit.consumers]
      .sort((a, b) => a.consumer.localeCompare(b.consumer))
      .map(
        (c) =>
          `| ${c.consumer} | ${c.topics.map((t) => t.replace(/^qinqing\./u, '')).join(', ')} | ${fmt(c.expected)} | ${fmt(c.missing.length)} | ${fmt(c.unexpected.length)} |`,
      ),
    '',
    `Applied once: the health index counted ${fmt(audit.submissionsCounted)} request submissions, the appeals log holds ${fmt(audit.submissionsInLog)}; ` +
      `the service centre's request facts differ from the fold of the appeals log's public events in ${fmt(audit.requestFactsDiffering.length)} of ${fmt(audit.requestFacts)} requests; dead letters: ${fmt(audit.deadLetters)}.`,
    '',
    `| process (pid) | RSS at rest after the warm-up (${fmt(run.rss[0]?.fromS ?? 0)} s) | at rest at the end (${fmt(run.rss[0]?.toS ?? 0)} s) | growth | after a forced full collection: RSS | growth | heap in use | growth |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...run.rss.map(
      (r) =>
        `| ${r.name} (${r.pid}) | ${fmt(r.fromKib / 1024)} MiB | ${fmt(r.toKib / 1024)} MiB | ${signed(r.growthPercent)} | ` +
        (r.afterGc === null
          ? 'not read | | | |'
          : `${fmt(r.afterGc.from.rssKib / 1024)} → ${fmt(r.afterGc.to.rssKib / 1024)} MiB | ${signed(r.afterGc.rssGrowthPercent)} | ${fmt(r.afterGc.from.heapUsedKib / 1024)} → ${fmt(r.afterGc.to.heapUsedKib / 1024)} MiB | ${signed(r.afterGc.heapGrowthPercent)} |`),
    ),
    '',
    `RSS at rest: the load paused, every consumer group caught up, then ${fmt(settings.quietS)} s quiet (seconds counted from the start of the warm-up: ${fmt(run.warmUp.seconds)} s of load and ${fmt(run.warmUp.flows)} flows — at least ${fmt(settings.warmUpS)} s and ${fmt(settings.warmUpFlows)} flows, past the command handlers' state caches' bound — before the measured ${fmt(settings.durationS / 60, 1)} min). Under load RSS also holds the garbage not yet collected, so it is not compared. After a forced full collection: the same moment, right after the process's V8 inspector ran \`HeapProfiler.collectGarbage\`.`,
    '',
    `CPU over the load, in cores (of the machine's ${run.machine.match(/(\d+) cores/u)?.[1] ?? '?'}): ` +
      [...run.resources.coresUsed]
        .sort((a, b) => b[1] - a[1])
        .map(([name, cores]) => `${name} ${fmt(cores, 2)}`)
        .join(', ') +
      '.',
    '',
    `Overall: ${verdict(auditPassed(audit) && rates.slowestMinute >= settings.targetRate && rssPassed)}.`,
  ];
  return lines.join('\n');
};
