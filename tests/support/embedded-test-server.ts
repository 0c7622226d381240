import type { NestExpressApplication } from '@nestjs/platform-express';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import { type Clock, ManualClock } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';

export interface EmbeddedTestServer {
  readonly app: NestExpressApplication;
  /** e.g. http://127.0.0.1:41234 — the kiosk is at `${baseUrl}/kiosk/`, the console at `${baseUrl}/console/`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Seeded stores, kept for the next server of the same kind in this test worker (vitest runs a worker's files in
 * one module cache). The first server of a kind seeds the demo data through the command path and catches every
 * projection up, as `npm start` does; its store is then dumped, and the next ones start from a copy of it —
 * about a third of the time of seeding again (2026-12-06: 18.6 s against 5–7 s on a busy two-core machine).
 */
const seededStores = new Map<string, Promise<Blob | null>>();

const shanghaiDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

/**
 * Which servers may share a seeded store: those whose seeding would give the same store — in memory, the same
 * variables, and the system clock on the same day in Asia/Shanghai (the demo data is dated from today) or a
 * ManualClock at the same instant. Null for any other clock or a store on disk: such a server seeds its own.
 */
const seedingKind = (env: Readonly<Record<string, string>>, clock: Clock | undefined): string | null => {
  const { DATA_DIR: dataDir, ...variables } = env;
  if (dataDir !== undefined && !dataDir.startsWith('memory://')) return null;
  const time =
    clock === undefined
      ? `system clock, ${shanghaiDay(new Date())}`
      : clock instanceof ManualClock
        ? `manual clock at ${clock.now().toISOString()}`
        : null;
  return time === null ? null : JSON.stringify([time, Object.entries(variables).sort()]);
};

/** The server's store once every projection has caught up, or null when it is not PGlite (nothing to share). */
const dumpSeededStore = async (app: NestExpressApplication): Promise<Blob | null> => {
  await app.get(EventSourcingHost).settle();
  const db: unknown = app.get(SQL_DATABASE);
  return db instanceof PgliteDatabase ? db.dumpDataDir() : null;
};

/**
 * The one-process platform on an in-memory PGlite with the demo data and the built kiosk and console
 * (npm run build:ui; `npm run test:all` builds them first), listening on a free port. It starts from a copy of
 * an earlier server's seeded store where that store is what its own seeding would give (`seedingKind`).
 */
export const startEmbeddedTestServer = async (
  options: { readonly env?: Record<string, string>; readonly clock?: Clock } = {},
): Promise<EmbeddedTestServer> => {
  const env = options.env ?? {};
  const config = loadEmbeddedConfig({
    DATA_DIR: `memory://e2e-${process.pid}-${Date.now()}`,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'true',
    APPEALS_SCHEDULER_INTERVAL_MS: '0',
    ...env,
  });
  const kind = seedingKind(env, options.clock);
  const seeded = kind === null ? null : await (seededStores.get(kind) ?? Promise.resolve(null));
  const app = await createEmbeddedApp(config, options.clock, seeded ?? undefined);
  if (kind !== null && !seededStores.has(kind)) {
    // Dumped before the test touches the server: the copy holds the seeding and nothing else.
    const dump = dumpSeededStore(app).catch(() => null);
    seededStores.set(kind, dump);
    await dump;
  }
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, baseUrl, close: () => app.close() };
};
