import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { builtEntry } from '../build-server/build-server';

const ROOT = join(__dirname, '..', '..');

export interface SupervisedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  readonly exited: Promise<number | string>;
}

export interface SpawnOptions {
  readonly name: string;
  /** A TypeScript entry point; its built JavaScript (`npm run build:server`) runs, as `npm start` does. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** Where each output line goes, prefixed with the name (default: this process's stdout). */
  readonly onLine?: (name: string, line: string) => void;
}

/** Starts one platform process from the repository root with the given variables. */
export const spawnPlatformProcess = (options: SpawnOptions): SupervisedProcess => {
  const child = spawn(process.execPath, ['--enable-source-maps', builtEntry(options.entry)], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onLine = options.onLine ?? ((name, line) => process.stdout.write(`[${name}] ${line}\n`));
  for (const stream of [child.stdout, child.stderr]) {
    if (stream !== null) createInterface({ input: stream }).on('line', (line) => onLine(options.name, line));
  }
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { name: options.name, child, exited };
};

export interface RestartPolicy {
  /** Pause before the first restart; doubled after each exit that came soon after a start. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** A process that ran this long before it exited is restarted after `initialDelayMs` again. */
  readonly stableAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
};

/** A process kept running: whenever it exits without being asked to, it is started again after a pause. */
export interface SupervisedService {
  readonly name: string;
  /** The process running now (a new one after each restart). */
  readonly current: SupervisedProcess;
  /** How many times it was started again. */
  readonly restarts: number;
  /** Stops it for good: no restart, SIGTERM, SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** What the supervisor reports: an unexpected exit and the pause before the restart, then the restart. */
export type SupervisionEvent =
  | {
      readonly kind: 'exited';
      readonly name: string;
      readonly code: number | string;
      readonly restartInMs: number;
    }
  | { readonly kind: 'restarted'; readonly name: string; readonly restarts: number };

/**
 * Keeps one process of the distributed mode running (`start` spawns it). A crash — `kill -9`, an unhandled
 * error, a failed start while a dependency is away — is followed by a restart with back-off (1 s, doubling
 * up to 30 s while it keeps failing soon after starting); the other processes are not touched.
 */
export const superviseProcess = (
  name: string,
  start: () => SupervisedProcess,
  options: {
    readonly policy?: RestartPolicy;
    readonly onEvent?: (event: SupervisionEvent) => void;
  } = {},
): SupervisedService => {
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  let current = start();
  let startedAt = Date.now();
  let restarts = 0;
  let delay = policy.initialDelayMs;
  let stopped = false;
  let pending: ReturnType<typeof setTimeout> | null = null;

  const watch = (supervised: SupervisedProcess): void => {
    void supervised.exited.then((code) => {
      if (stopped || supervised !== current) return;
      if (Date.now() - startedAt >= policy.stableAfterMs) delay = policy.initialDelayMs;
      const restartInMs = delay;
      delay = Math.min(policy.maxDelayMs, delay * 2);
      options.onEvent?.({ kind: 'exited', name, code, restartInMs });
      pending = setTimeout(() => {
        pending = null;
        if (stopped) return;
        current = start();
        startedAt = Date.now();
        restarts++;
        options.onEvent?.({ kind: 'restarted', name, restarts });
        watch(current);
      }, restartInMs);
    });
  };
  watch(current);

  return {
    name,
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    async stop(graceMs) {
      stopped = true;
      if (pending !== null) clearTimeout(pending);
      await stopProcess(current, graceMs);
    },
  };
};

/** SIGTERM (graceful shutdown hooks run), then SIGKILL after `graceMs`. */
export const stopProcess = async (supervised: SupervisedProcess, graceMs = 10_000): Promise<void> => {
  if (supervised.child.exitCode !== null || supervised.child.signalCode !== null) return;
  supervised.child.kill('SIGTERM');
  const timer = setTimeout(() => supervised.child.kill('SIGKILL'), graceMs);
  await supervised.exited;
  clearTimeout(timer);
};

/** Polls a URL until it answers 200 (or the deadline passes, then throws with the last answer). */
export const waitUntilReady = async (url: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms: ${last.slice(0, 500)}`);
};
