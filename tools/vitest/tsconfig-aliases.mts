import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ExactAlias {
  readonly find: RegExp;
  readonly replacement: string;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * Vite aliases from the `paths` of tsconfig.base.json, so tests and builds resolve `@qinqing/...` like tsc
 * does. Each matches its import path exactly, as tsc's paths without a wildcard do: Vite's plain string
 * aliases also match as a prefix, so `@qinqing/tools` would capture `@qinqing/tools/asyncapi`.
 */
export const tsconfigAliases = (root: string): ExactAlias[] => {
  const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => ({
    find: new RegExp(`^${escaped(alias)}$`, 'u'),
    replacement: resolve(root, target ?? ''),
  }));
};
