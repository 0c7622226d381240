import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** package.json's `start` script: the benches run the built app the way it does. */
export const START_SCRIPT = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts['start'] as string;

/** `npm start`'s last command: leading NAME=value words are its environment, then node and its arguments. */
export const startCommand = (startScript: string): { env: Record<string, string>; args: string[] } => {
  const words = (startScript.split('&&').at(-1) ?? '').trim().split(/\s+/u);
  const env: Record<string, string> = {};
  while (/^[A-Z_][A-Z0-9_]*=/u.test(words[0] ?? '')) {
    const [name, ...value] = (words.shift() as string).split('=');
    env[name as string] = value.join('=');
  }
  if (words.shift() !== 'node') throw new Error(`npm start does not end in a node command: ${startScript}`);
  return { env, args: words };
};

/** The node options `npm start` runs the app with (V8 flags and the like), without the entry script. */
export const startNodeOptions = (): string[] => startCommand(START_SCRIPT).args.slice(0, -1);
