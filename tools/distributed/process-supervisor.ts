import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface SupervisedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  readonly exited: Promise<number | string>;
}

export interface SpawnOptions {
  readonly name: string;
  /** A TypeScript entry point, run with @swc-node/register like `npm start`. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** Where each output line goes, prefixed with the name (default: this process's stdout). */
  readonly onLine?: (name: string, line: string) => void;
}

/** Starts one platform process from the repository root with the given variables. */
export const spawnPlatformProcess = (options: SpawnOptions): SupervisedProcess => {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', options.entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tools/tsconfig.runtime.json',
      ...options.env,
    },
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
