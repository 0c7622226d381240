/**
 * `npm run bench:soak` — issue 17's soak, bounded and local (not part of the test gate): the distributed mode
 * (gateway, one Node process per context service and a second service-centre replica, each service its own
 * PostgreSQL database, a Kafka broker of its own) under a steady load of request flows through the gateway for
 * BENCH_SOAK_MINUTES (default 30), aiming at BENCH_SOAK_RATE events/s (default 500), while a random context
 * service is killed with SIGKILL every BENCH_SOAK_KILL_EVERY_S (default 180 s for a 30-minute run, 60 s for a
 * shorter one) and the broker is stopped and started again once, in the middle. Then it waits for the consumers
 * and audits: nothing lost, nothing applied twice, every acknowledged command in the log, replicas agreeing,
 * RSS growth at rest (read with the load paused after a warm-up of BENCH_SOAK_WARM_UP_S and, for a full run,
 * BENCH_SOAK_WARM_UP_FLOWS flows before the measured load, and at the end). Writes its run into bench/RESULTS.md. Smoke: `BENCH_SOAK_MINUTES=3 npm run bench:soak`.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { PUBLIC_TOPICS } from '@qinqing/tools/distributed';
import pg from 'pg';
import { type DistributedTestPlatform, startDistributedTestPlatform } from '@qinqing/tests/distributed';
import { writeResultsSection } from '../results-file';
import { machineLine } from '../store/report';
import { startChaos } from './chaos';
import { startLoad } from './load';
import { auditPassed, auditPlatform, type SoakAudit, totalLag } from './platform-audit';
import { soakRunBlock } from './report';
import { requestFlowClient } from './request-flow';
import { startResourceSampler } from './resource-sampler';
import { type RestartableBroker, startRestartableBroker } from './restartable-broker';
import { memoryAfterGc } from './heap-after-gc';
import { rssKib } from './procfs';
import { type RssAtRest, rssGrowthAtRest } from './rss-growth';
import { soakSettings } from './settings';
import { readTopics, type TopicReader } from './topic-reader';

const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS = join(__dirname, '..', 'RESULTS.md');
const SECTION = '## Soak (`npm run bench:soak`)';
const INTRO = `Issue 17's soak: the distributed mode under a steady load of request flows through the gateway, a random
context service killed with SIGKILL every few minutes and the broker restarted once; then an audit of every
public event against every consumer's inbox, effects against the fold of the log, and RSS growth. Bounded and
local only (not in the test gate). Targets: ≥ 500 events/s, 0 lost, 0 applied twice, replicas converged, RSS
growth < 10 %.

RSS is compared at rest (since 2026-12-05): the load first runs BENCH_SOAK_WARM_UP_S (no kills, not counted in
the rates), then pauses; once every consumer group has caught up and BENCH_SOAK_QUIET_S (10 s) have passed, each
process's RSS is read; the same again at the end, after the load stopped and the consumers caught up. Growth is
the end against the first reading, for the processes not killed in between. Runs before that date sampled RSS
under load every 10 s (first sample after the warm-up against the last), which also measured the garbage the
collector had not reclaimed yet (probe:gateway-memory: heap after GC flat).

Since 2026-12-06 22:00Z each process is also read right after a forced full collection (its V8 inspector, open on
127.0.0.1 for the soak only: \`HeapProfiler.collectGarbage\`, then \`process.memoryUsage()\`): RSS and heap in use
then hold what the process keeps, not the garbage of the last minutes. Both readings are reported; the
target's verdict is on RSS after the forced collection, where both moments were read.

Since 2026-12-07 a 30-minute run's warm-up also lasts until BENCH_SOAK_WARM_UP_FLOWS flows have started (default
11,000: each flow files a new request, and the command handlers keep the folded state of at most 10,000 streams
per decider, about 2 KiB a request): the 22:54Z run's first reading came after about 4,900 requests (27 flows/s
for 180 s), and of its appeals-service heap's 16 MiB of growth about 10 MiB is that cache filling up to its bound.`;

const log = (line: string) => console.info(`[soak] ${line}`);
const fmtRest = (processes: RssAtRest['processes']): string =>
  processes
    .map(
      (p) =>
        `${p.name} ${Math.round(p.kib / 1024)} MiB` +
        (p.afterGc === null
          ? ''
          : ` (after a full GC ${Math.round(p.afterGc.rssKib / 1024)} MiB, heap ${Math.round(p.afterGc.heapUsedKib / 1024)} MiB)`),
    )
    .join(', ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 2 s until it answers true; the seconds it took, or null past `deadlineS`. */
const within = async (deadlineS: number, check: () => Promise<boolean>): Promise<number | null> => {
  const began = Date.now();
  while (Date.now() - began < deadlineS * 1_000) {
    if (await check().catch(() => false)) return (Date.now() - began) / 1_000;
    await sleep(2_000);
  }
  return null;
};

const command = (): string => {
  const given = Object.keys(process.env)
    .filter((name) => name.startsWith('BENCH_SOAK_'))
    .sort()
    .map((name) => `${name}=${process.env[name]}`);
  return [...given, 'npm run bench:soak'].join(' ');
};

const main = async (): Promise<void> => {
  const settings = soakSettings();
  const startedAt = new Date();
  const loadBefore = loadavg()[0]?.toFixed(2) ?? '?';
  log(`settings ${JSON.stringify(settings)}`);
  let broker: RestartableBroker | null = null;
  let platform: DistributedTestPlatform | null = null;
  let reader: TopicReader | null = null;
  const pools = new Map<string, pg.Pool>();
  try {
    broker = await startRestartableBroker();
    log(broker.description);
    platform = await startDistributedTestPlatform({
      brokers: broker.brokers,
      databaseUrl: POSTGRES_URL,
      replicas: { 'service-centre-service': 2 },
      inspect: true,
    });
    const { brokers } = broker;
    const { databaseUrls, services } = platform;
    for (const url of new Set(databaseUrls.values()))
      pools.set(url, new pg.Pool({ connectionString: url, max: 1 }));
    const countEvents = async () => {
      let total = 0;
      for (const pool of pools.values())
        total += Number(
          (await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events')).rows[0]?.n ?? 0,
        );
      return total;
    };
    const settled = () => within(180, async () => (await totalLag(brokers, databaseUrls)) === 0);
    log(`platform ready (${[...services.keys()].join(', ')}); waiting for the demo data to cross`);
    await settled();

    const client = await requestFlowClient(platform.gatewayUrl);
    const CALIBRATION_FLOWS = 5;
    const before = await countEvents();
    const noop = { acknowledged: () => undefined, ended: () => undefined };
    for (let i = 0; i < CALIBRATION_FLOWS; i++) await client.run(noop);
    await settled();
    await sleep(2_000);
    const eventsPerFlow = ((await countEvents()) - before) / CALIBRATION_FLOWS;
    const flowsPerSecond = settings.targetRate / eventsPerFlow;
    log(
      `a flow appends ${eventsPerFlow} events: ${flowsPerSecond.toFixed(1)} flows/s for ${settings.targetRate} events/s`,
    );

    // RSS at rest: the load paused, the consumers caught up, then quiet for a while; read once after the warm-up
    // and once at the end, so the growth compares like with like.
    const rssAtRest = async (): Promise<RssAtRest> => {
      await settled();
      await sleep(settings.quietS * 1_000);
      const at = (Date.now() - warmUpStarted) / 1_000;
      const processes: RssAtRest['processes'][number][] = [];
      for (const [name, service] of services) {
        const pid = service.current.child.pid;
        const kib = pid === undefined ? null : rssKib(pid);
        const inspectorPort = platform?.inspectorPorts.get(name);
        if (pid === undefined || kib === null) continue;
        const afterGc = inspectorPort === undefined ? null : await memoryAfterGc(inspectorPort);
        processes.push({ name, pid, kib, afterGc });
      }
      log(`RSS at rest ${fmtRest(processes)}`);
      return { atS: at, processes };
    };
    const warmUpStarted = Date.now();
    const load = startLoad(client, flowsPerSecond, settings.maxInFlight);
    log(`warming up for ${settings.warmUpS} s and at least ${settings.warmUpFlows} flows`);
    await sleep(settings.warmUpS * 1_000);
    while (load.flowsStarted() < settings.warmUpFlows) await sleep(1_000);
    const warmUp = { seconds: (Date.now() - warmUpStarted) / 1_000, flows: load.flowsStarted() };
    log(`warmed up: ${warmUp.flows} flows in ${warmUp.seconds.toFixed(0)} s`);
    await load.pause();
    const restAfterWarmUp = await rssAtRest();
    load.resume();
    const sampler = startResourceSampler(services, countEvents);
    const chaos = startChaos(services, broker, settings);
    const progress = setInterval(() => log(`${new Date().toISOString()} load running`), 60_000);
    await sleep(settings.durationS * 1_000);
    clearInterval(progress);
    // No kill at the last moment: what the load ends with is its own, not a crash's.
    const acts = await chaos.stop();
    const tally = await load.stop();
    const resources = await sampler.stop();
    log(
      `load stopped: ${tally.flowsStarted} flows, ${tally.acknowledgedCalls} of ${tally.calls} calls acknowledged`,
    );

    const stoppedAt = Date.now();
    const lagAtStop = await totalLag(brokers, databaseUrls);
    let lastReport = 0;
    const convergedAfterS = await within(settings.convergeS, async () => {
      const lag = await totalLag(brokers, databaseUrls);
      if (Date.now() - lastReport >= 30_000) {
        lastReport = Date.now();
        log(
          `${Math.round((Date.now() - stoppedAt) / 1_000)} s after the load: ${lag} messages not yet committed`,
        );
      }
      return lag === 0;
    });
    log(
      `consumers ${lagAtStop} messages behind when the load stopped; ` +
        (convergedAfterS === null ? 'NOT caught up' : `all committed after ${convergedAfterS} s`),
    );
    const restAtEnd = await rssAtRest();
    reader = await readTopics(brokers, PUBLIC_TOPICS);
    const readerRef = reader;
    await within(120, () => readerRef.caughtUp());
    const auditPlatformOnce = () =>
      auditPlatform(
        {
          brokers,
          databaseUrls,
          serviceUrls: platform?.serviceUrls ?? new Map(),
          identityTokenSecret: platform?.identityTokenSecret ?? '',
        },
        readerRef,
        tally.acknowledged,
      );
    let audit: SoakAudit = await auditPlatformOnce();
    // What is still in flight when the lag first reads 0 (a relay's last batch) gets until the deadline.
    while (!auditPassed(audit) && Date.now() - stoppedAt < settings.convergeS * 1_000) {
      await sleep(10_000);
      await within(60, () => readerRef.caughtUp());
      audit = await auditPlatformOnce();
    }

    const rss = rssGrowthAtRest(restAfterWarmUp, restAtEnd);
    const block = soakRunBlock({
      startedAt,
      machine: machineLine(),
      command: command(),
      loadBefore,
      loadAfter: loadavg()[0]?.toFixed(2) ?? '?',
      broker: broker.description,
      processes: [...services.keys()],
      settings,
      eventsPerFlow,
      warmUp,
      load: tally,
      chaos: acts,
      resources,
      rss,
      lagAtStop,
      convergedAfterS,
      audit,
    });
    process.stdout.write(`\n${block}\n\n`);
    for (const consumer of audit.consumers.filter((c) => c.missing.length + c.unexpected.length > 0))
      log(
        `${consumer.consumer}: missing ${consumer.missing.slice(0, 5).join(', ')}; unexpected ${consumer.unexpected.slice(0, 5).join(', ')}`,
      );
    if (audit.acknowledgedMissing.length > 0)
      log(`acknowledged, not logged: ${audit.acknowledgedMissing.slice(0, 5).join(', ')}`);
    for (const name of services.keys()) {
      const errors = platform.errorLines(name);
      if (errors.length > 0)
        log(`${name}: ${errors.length} error lines, last: ${errors.at(-1)?.slice(0, 400)}`);
    }
    writeResultsSection(RESULTS, SECTION, INTRO, block);
    log(`written to ${RESULTS}`);
  } finally {
    await reader?.stop().catch(() => undefined);
    for (const pool of pools.values()) await pool.end().catch(() => undefined);
    await platform?.stop().catch((error: unknown) => log(`stopping the platform: ${String(error)}`));
    await broker?.close().catch((error: unknown) => log(`stopping the broker: ${String(error)}`));
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
