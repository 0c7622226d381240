import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Vite aliases from the `paths` of tsconfig.base.json, so tests resolve `@qinqing/...` like tsc does. */
export const tsconfigAliases = (root: string): Record<string, string> => {
  const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
      alias,
      resolve(root, target ?? ''),
    ]),
  );
};
