import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { writeHeapSnapshot, getHeapStatistics, getHeapSpaceStatistics } from 'node:v8';
import { setImmediate as tick } from 'node:timers/promises';
import { createGatewayApp, loadGatewayConfig } from '@qinqing/apps/gateway';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const settle = async () => {
  for (let i = 0; i < 4; i++) {
    gc();
    await tick();
  }
};

const countResources = () =>
  process
    .getActiveResourcesInfo()
    .reduce<Record<string, number>>((c, r) => ({ ...c, [r]: (c[r] ?? 0) + 1 }), {});

/** Resident anonymous memory (the process's own allocations, V8's and malloc's) from /proc. */
const rssAnon = (): number => {
  const match = /RssAnon:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
};

/** The highest RSS and V8 heap seen between two measurements (sampled every 20 ms while the load runs). */
let peak = { rss: 0, heapUsed: 0, heapTotal: 0 };
setInterval(() => {
  const m = process.memoryUsage();
  peak = {
    rss: Math.max(peak.rss, m.rss),
    heapUsed: Math.max(peak.heapUsed, m.heapUsed),
    heapTotal: Math.max(peak.heapTotal, m.heapTotal),
  };
}, 20).unref();

const main = async () => {
  const config = loadGatewayConfig();
  const app = await createGatewayApp(config);
  await app.listen(config.PORT, '127.0.0.1');
  process.on('message', async (message: { type: string; snapshot?: string; gc?: boolean }) => {
    if (message.gc !== false) await settle();
    const memory = process.memoryUsage();
    const heap = getHeapStatistics();
    const snapshot = message.snapshot === undefined ? undefined : writeHeapSnapshot(message.snapshot);
    const peaks = peak;
    peak = { rss: 0, heapUsed: 0, heapTotal: 0 };
    process.send?.({
      type: 'measured',
      peaks,
      rssAnon: rssAnon(),
      spaces: Object.fromEntries(
        getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]),
      ),
      memory,
      heap: { used: heap.used_heap_size, total: heap.total_heap_size, malloced: heap.malloced_memory },
      resources: countResources(),
      snapshot,
    });
  });
  process.send?.({ type: 'ready' });
};
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
