/**
 * The server side of bench:scale, in its own process so its resident memory is the app's own, and built: the bench
 * compiles it with the server (buildServer) and runs dist/server/bench/scale/scale-server.js with plain node, as
 * `npm start` runs the app (under @swc-node/register the compiler and every source text stayed in memory). The one-process
 * platform (Nest, every context, demo accounts) on the scale log's PostgreSQL database (BENCH_SCALE_DATABASE_URL),
 * caught up with the whole log before it says it is ready (`EventSourcingHost.settle()`: every projection and
 * embedded consumer; timed, with each follower's progress on stderr every 30 s meanwhile). Prints JSON lines prefixed "bench-scale: ". On stdin it takes:
 * - `rss` — its resident set size now;
 * - `append <requestId> <seconds>` — the store's own appends: the events the API stored for that request,
 *   appended again to fresh streams with `appendToStream` (one statement each), 20 at once, for that long; says
 *   how many and in how long;
 * - `settle` — waits until every projection and embedded consumer has taken the whole log; says how long.
 */
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import { appendFor } from './own-append';
import { EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';

const LINE_PREFIX = 'bench-scale: ';
const say = (value: unknown): void => {
  process.stdout.write(`${LINE_PREFIX}${JSON.stringify(value)}\n`);
};

/** How often a long catch-up at start says how far each follower has got (on stderr, with the bench's output). */
const PROGRESS_MS = 30_000;

/** The followers still working: events each has taken since start (read models and consumers alike). */
const reportCatchUp = (host: EventSourcingHost, seconds: number): void => {
  const working = host
    .followers()
    .filter((follower) => follower.eventsApplied > 0)
    .map((follower) => `${follower.name} ${follower.eventsApplied.toLocaleString('en-US')}`);
  process.stderr.write(`catching up, ${Math.round(seconds)} s: ${working.join(', ')}\n`);
};

const main = async (): Promise<void> => {
  const databaseUrl = process.env['BENCH_SCALE_DATABASE_URL'];
  if (databaseUrl === undefined) throw new Error('BENCH_SCALE_DATABASE_URL is not set');
  const started = performance.now();
  const app = await createEmbeddedApp(
    loadEmbeddedConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    }),
  );
  await app.listen(0, '127.0.0.1');
  const host = app.get(EventSourcingHost);
  const progress = setInterval(() => reportCatchUp(host, (performance.now() - started) / 1000), PROGRESS_MS);
  await host.settle();
  clearInterval(progress);
  const store = app.get<EventStore>(EVENT_STORE);
  say({
    nest: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    caughtUpSeconds: (performance.now() - started) / 1000,
    rss: process.memoryUsage().rss,
  });
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, requestId, seconds] = line.trim().split(' ');
    if (command === 'rss') say({ rss: process.memoryUsage().rss });
    if (command === 'append') say(await appendFor(store, requestId as string, Number(seconds)));
    if (command === 'settle') {
      const settling = performance.now();
      await app.get(EventSourcingHost).settle();
      say({ settledSeconds: (performance.now() - settling) / 1000 });
    }
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
