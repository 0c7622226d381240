import { availableParallelism } from 'node:os';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { tsconfigAliases } from './tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/** Test tiers live in file names (STYLE.md): *.unit.spec.ts, *.int.spec.ts, *.e2e.spec.ts. */
export default defineConfig({
  // SWC instead of esbuild: NestJS dependency injection needs emitted decorator metadata.
  plugins: [swc.vite({ module: { type: 'es6' }, tsconfigFile: `${root}/tsconfig.base.json` })],
  resolve: { alias: tsconfigAliases(root) },
  test: {
    globalSetup: ['tools/vitest/global-setup.mts'],
    // Files run two at a time even on two cores: much of their time is spent waiting on PostgreSQL, Kafka,
    // Chromium and timers, and vitest's default (cores - 1) left one core idle. Files are queued project by
    // project in name order (e2e, int, unit) for the same workers, with no barrier between the projects. An e2e
    // file is one Node thread with the platform and the test: one by one, they left the machine a third idle
    // (2026-12-07: 29 e2e files 420 s one by one, 328 s two at a time; vitest as a whole 1,014 s → 831 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{apps,libs,tools,tests,bench}/**/*.unit.spec.ts'],
          exclude: ['**/node_modules/**'],
          // One module cache per worker, as for the integration and e2e files: isolated, each of the ~190 unit
          // files started a process and compiled its imports again (about 90 s of CPU a gate, 2026-12-07). No
          // unit spec mocks modules or changes process.env; the two with fake timers restore the real ones.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['{apps,libs,tools,tests,bench}/**/*.int.spec.ts'],
          exclude: ['**/node_modules/**'],
          // Integration files share their worker's module cache: each imported the whole app graph again (about
          // 10 s of the gate's time per file). No integration spec mocks modules or changes process.env.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['{apps,libs,tests,tools}/**/*.e2e.spec.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A poll waits for the browser and the platform, which share the machine's two cores with another e2e
          // file and the integration files: vitest's default of one second failed on a busy machine.
          expect: { poll: { timeout: 15_000 } },
          // As for the integration files: one module cache for all e2e files of a worker, instead of each
          // importing the whole app graph again. No e2e spec mocks modules or changes process.env.
          isolate: false,
        },
      },
    ],
  },
});
