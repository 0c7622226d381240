import type { NestExpressApplication } from '@nestjs/platform-express';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import type { Clock } from '@qinqing/shared/event-sourcing';

export interface EmbeddedTestServer {
  readonly app: NestExpressApplication;
  /** e.g. http://127.0.0.1:41234 — the kiosk is at `${baseUrl}/kiosk/`, the console at `${baseUrl}/console/`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * The one-process platform on an in-memory PGlite with the demo data and the built kiosk and console
 * (npm run build:ui; `npm run test:all` builds them first), listening on a free port.
 */
export const startEmbeddedTestServer = async (
  options: { readonly env?: Record<string, string>; readonly clock?: Clock } = {},
): Promise<EmbeddedTestServer> => {
  const config = loadEmbeddedConfig({
    DATA_DIR: `memory://e2e-${process.pid}-${Date.now()}`,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'true',
    APPEALS_SCHEDULER_INTERVAL_MS: '0',
    ...options.env,
  });
  const app = await createEmbeddedApp(config, options.clock);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, baseUrl, close: () => app.close() };
};
