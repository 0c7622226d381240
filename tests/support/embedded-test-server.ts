import type { NestExpressApplication } from '@nestjs/platform-express';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import { chinaDateOf } from '@qinqing/calendar/domain';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { startInMemoryDatabaseFrom } from '@qinqing/shared/event-store-postgres/testing';
import { EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';

export interface EmbeddedTestServer {
  readonly app: NestExpressApplication;
  /** e.g. http://127.0.0.1:41234 — the kiosk is at `${baseUrl}/kiosk/`, the console at `${baseUrl}/console/`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * How long a snapshot seeded on the real clock is used: the demo data is dated from the moment of seeding (a
 * centre event that began a minute ago, today's steps of a request), so a later start gets the same data only
 * as long as those moments have barely moved.
 */
const REAL_CLOCK_SNAPSHOT_MS = 5 * 60_000;

interface SeededSnapshot {
  readonly snapshot: Blob;
  readonly takenAt: number;
}

/**
 * The databases this worker has started the platform on, just after the start-up had migrated and seeded them,
 * by what decided their contents: the settings and the moment of seeding (a test's clock, or the real day). A
 * start with the same settings and moment opens a copy instead of migrating and seeding again: the same tables,
 * demo data and read models, with the same ids — about half the CPU of a start.
 */
const seeded = new Map<string, SeededSnapshot>();
let started = 0;

/** What decides a start's seeded contents; null when its database is not in memory (a directory of the test's). */
const contentsKey = (env: Record<string, string>, clock: Clock | undefined): string | null => {
  if (env['DATA_DIR'] !== undefined) return null;
  const moment = clock === undefined ? `real clock, ${chinaDateOf(new Date())}` : clock.now().toISOString();
  return JSON.stringify([moment, Object.entries(env).sort(([a], [b]) => a.localeCompare(b))]);
};

const snapshotFor = (key: string, realClock: boolean): Blob | null => {
  const kept = seeded.get(key);
  if (kept === undefined) return null;
  return realClock && Date.now() - kept.takenAt > REAL_CLOCK_SNAPSHOT_MS ? null : kept.snapshot;
};

const keepSnapshot = async (app: NestExpressApplication, key: string): Promise<void> => {
  const db = app.get(SQL_DATABASE);
  if (!(db instanceof PgliteDatabase)) return;
  await app.get(EventSourcingHost).settle();
  seeded.set(key, { snapshot: await db.snapshot(), takenAt: Date.now() });
};

/**
 * The one-process platform on an in-memory PGlite with the demo data and the built kiosk and console
 * (npm run build:ui; `npm run test:all` builds them first), listening on a free port.
 */
export const startEmbeddedTestServer = async (
  options: { readonly env?: Record<string, string>; readonly clock?: Clock } = {},
): Promise<EmbeddedTestServer> => {
  const env = options.env ?? {};
  const dataDir = `memory://e2e-${process.pid}-${Date.now()}-${++started}`;
  const key = contentsKey(env, options.clock);
  const snapshot = key === null ? null : snapshotFor(key, options.clock === undefined);
  if (snapshot !== null) startInMemoryDatabaseFrom(dataDir, snapshot);
  const config = loadEmbeddedConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'true',
    APPEALS_SCHEDULER_INTERVAL_MS: '0',
    ...env,
  });
  const app = await createEmbeddedApp(config, options.clock);
  await app.listen(0, '127.0.0.1');
  if (key !== null && snapshot === null) await keepSnapshot(app, key);
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, baseUrl, close: () => app.close() };
};
