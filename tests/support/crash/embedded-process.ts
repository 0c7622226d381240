import { freePort, spawnPlatformProcess, stopProcess, waitUntilReady } from '@qinqing/tools/distributed';

const ENTRY = 'apps/embedded/src/main.ts';
/** A start replays the store's log into the read models; generous for a loaded two-core machine. */
const READY_WITHIN_MS = 180_000;
const LINES_KEPT = 40;

/** The one-process app (`npm start` without the UI build) running as its own Node process. */
export interface EmbeddedProcess {
  readonly baseUrl: string;
  /** From spawn to /readyz answering 200. */
  readonly startMs: number;
  /** kill -9: no shutdown hook, no checkpoint, the lock file left behind. */
  kill(): Promise<void>;
  /** SIGTERM, the way an operator stops it. */
  stop(): Promise<void>;
}

/**
 * Starts the one-process app on `dataDir` (PGlite, demo data) and waits until it is ready. A process that
 * exits first — a data directory that does not open — fails the start with its last output lines.
 */
export const startEmbeddedProcess = async (dataDir: string): Promise<EmbeddedProcess> => {
  const port = await freePort();
  const lines: string[] = [];
  const started = Date.now();
  const app = spawnPlatformProcess({
    name: 'embedded',
    entry: ENTRY,
    env: {
      EVENT_STORE: 'pglite',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    },
    onLine: (_name, line) => {
      lines.push(line);
      if (lines.length > LINES_KEPT) lines.shift();
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exitedEarly = app.exited.then((code) => {
    throw new Error(`the app on ${dataDir} exited (${code}) before it was ready:\n${lines.join('\n')}`);
  });
  try {
    await Promise.race([waitUntilReady(`${baseUrl}/readyz`, READY_WITHIN_MS), exitedEarly]);
  } catch (error) {
    app.child.kill('SIGKILL');
    await app.exited;
    throw error;
  }
  return {
    baseUrl,
    startMs: Date.now() - started,
    kill: async () => {
      app.child.kill('SIGKILL');
      await app.exited;
    },
    stop: () => stopProcess(app),
  };
};
