import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Where the built server goes, under the repository root. */
export const SERVER_DIST = join('dist', 'server');

/** The built JavaScript of a TypeScript entry point (`apps/gateway/src/main.ts` → `dist/server/…/main.js`). */
export const builtEntry = (entry: string): string => join(SERVER_DIST, entry.replace(/\.ts$/u, '.js'));

/** The browser apps are built by Vite; everything else under apps/ and libs/ is server code. */
const BROWSER_APPS = new Set(['kiosk', 'console', 'track', 'display', 'report']);
const NOT_SHIPPED = /(\.spec\.ts|\.d\.ts)$|\/(test-setup|e2e)\//u;

const sources = async function* (dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !NOT_SHIPPED.test(path)) yield path;
  }
};

/**
 * Compiles the server side (apps/embedded, apps/gateway, apps/*-service and the libraries) to CommonJS in
 * dist/server, so production runs built code instead of compiling TypeScript as it starts (@swc-node/register kept
 * the compiler and every source text in memory: about 120 MB of the one-process app). SWC with the settings the
 * tests and the development run use: decorator metadata for NestJS dependency injection, and the tsconfig path
 * aliases (@qinqing/…) rewritten to relative requires. The output is written aside and swapped in whole, so a
 * running server never loads half of an old build. `alsoCompile` adds files outside apps/ and libs/ (paths from the
 * root, compiled to the same place under dist/server): a bench's own server entry, so it runs built code as
 * production does. Returns the number of files compiled.
 */
export const buildServer = async (root: string, alsoCompile: readonly string[] = []): Promise<number> => {
  const tsconfig = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const out = join(root, SERVER_DIST);
  const staging = `${out}.building-${process.pid}`;
  const apps = (await readdir(join(root, 'apps'))).filter((app) => !BROWSER_APPS.has(app));
  await rm(staging, { recursive: true, force: true });
  let count = 0;
  const files = async function* (): AsyncGenerator<string> {
    for (const dir of [...apps.map((app) => join(root, 'apps', app, 'src')), join(root, 'libs')]) {
      yield* sources(dir);
    }
    yield* alsoCompile.map((file) => join(root, file));
  };
  for await (const file of files()) {
    const target = join(staging, relative(root, file)).replace(/\.ts$/u, '.js');
    const { code, map } = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
        baseUrl: root,
        paths: tsconfig.compilerOptions.paths,
      },
      module: { type: 'commonjs', strictMode: true },
      sourceMaps: true,
      sourceFileName: relative(dirname(target), file),
    });
    await mkdir(dirname(target), { recursive: true });
    const mapFile = `${target}.map`;
    await writeFile(target, `${code}\n//# sourceMappingURL=${relative(dirname(target), mapFile)}\n`);
    if (map !== undefined) await writeFile(mapFile, map);
    count++;
  }
  const previous = `${out}.previous-${process.pid}`;
  await rename(out, previous).catch(() => undefined);
  await rename(staging, out);
  await rm(previous, { recursive: true, force: true });
  return count;
};
