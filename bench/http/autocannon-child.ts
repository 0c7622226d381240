import { execFile } from 'node:child_process';
import { join } from 'node:path';

const AUTOCANNON = join(__dirname, '..', '..', 'node_modules', '.bin', 'autocannon');

/**
 * Runs autocannon with `args` in a child process, so that its own CPU is not in a profile of this one; its
 * `--json` report as text.
 */
export const autocannonChild = (args: string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(AUTOCANNON, ['--json', ...args], (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
