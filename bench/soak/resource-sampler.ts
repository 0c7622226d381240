import { cpus } from 'node:os';
import type { SupervisedService } from '@qinqing/tools/distributed';
import { cpuTicks, machineTicks, pidsNamed, rssKib, TICKS_PER_SECOND } from './procfs';
import type { Lifetime, RssSample } from './rss-growth';

/** Events in the services' logs, all together, at one moment of the load. */
export interface EventCount {
  readonly atS: number;
  readonly events: number;
}

export interface ResourceSamples {
  readonly lifetimes: readonly Lifetime[];
  readonly eventCounts: readonly EventCount[];
  /** CPU used over the load, in cores (CPU seconds / wall seconds), by process name; "machine" is everything. */
  readonly coresUsed: ReadonlyMap<string, number>;
}

export interface ResourceSampler {
  stop(): Promise<ResourceSamples>;
}

const SAMPLE_EVERY_MS = 10_000;

/**
 * Every 10 s: each platform process's RSS (per lifetime: a restarted process is a new pid), the CPU each
 * process name, PostgreSQL, the broker's JVM and this load generator used, and the number of events in the
 * logs (`countEvents`). CPU of a PostgreSQL backend that ended between two samples is lost since its last
 * sample: the figure is a floor.
 */
export const startResourceSampler = (
  services: ReadonlyMap<string, SupervisedService>,
  countEvents: () => Promise<number>,
): ResourceSampler => {
  const startedAt = Date.now();
  const atS = () => (Date.now() - startedAt) / 1_000;
  const lifetimes = new Map<
    number,
    { name: string; pid: number; startedAtS: number; samples: RssSample[] }
  >();
  const eventCounts: EventCount[] = [];
  /** Per tracked pid: its name, its ticks when first seen (0 when it started during the load), last seen. */
  const ticks = new Map<number, { name: string; first: number; last: number }>();
  const machineAtStart = machineTicks();
  const generatorAtStart = process.cpuUsage();
  let first = true;

  const trackTicks = (name: string, pid: number, isNew: boolean) => {
    const now = cpuTicks(pid);
    if (now === null) return;
    const known = ticks.get(pid);
    if (known === undefined) ticks.set(pid, { name, first: isNew ? 0 : now, last: now });
    else known.last = now;
  };
  const sample = async () => {
    const at = atS();
    for (const [name, service] of services) {
      const pid = service.current.child.pid;
      if (pid === undefined) continue;
      const kib = rssKib(pid);
      if (kib !== null) {
        const lifetime = lifetimes.get(pid) ?? { name, pid, startedAtS: first ? 0 : at, samples: [] };
        lifetime.samples.push({ atS: at, kib });
        lifetimes.set(pid, lifetime);
      }
      trackTicks(name, pid, !first);
    }
    for (const comm of ['postgres', 'java']) for (const pid of pidsNamed(comm)) trackTicks(comm, pid, !first);
    first = false;
    eventCounts.push({ atS: at, events: await countEvents() });
  };
  let running = sample();
  const timer = setInterval(() => {
    running = running
      .then(sample)
      .catch((error: unknown) => console.error(`[soak] sampling: ${String(error)}`));
  }, SAMPLE_EVERY_MS);

  return {
    async stop() {
      clearInterval(timer);
      await running;
      await sample();
      const wallS = atS();
      const coresUsed = new Map<string, number>();
      for (const { name, first: from, last } of ticks.values())
        coresUsed.set(name, (coresUsed.get(name) ?? 0) + (last - from) / TICKS_PER_SECOND / wallS);
      const generator = process.cpuUsage(generatorAtStart);
      coresUsed.set('load generator (this process)', (generator.user + generator.system) / 1e6 / wallS);
      const machine = machineTicks();
      coresUsed.set(
        'machine (all processes)',
        ((machine.busy - machineAtStart.busy) / (machine.total - machineAtStart.total)) * cpus().length,
      );
      return { lifetimes: [...lifetimes.values()], eventCounts, coresUsed };
    },
  };
};
