import { defineConfig } from 'vite';
import { precompressed } from '../../tools/vite/precompressed.mts';
import { tsconfigAliases } from '../../tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/**
 * The hall display (叫号屏) of a 亲清家园 centre, for the TV on the wall: built into dist/apps/display and served
 * at /display/<centre>. Plain TypeScript like the tracking page: one screen fed by server-sent events.
 */
export default defineConfig({
  root,
  base: '/display/',
  plugins: [precompressed()],
  resolve: { alias: tsconfigAliases(`${root}/../..`) },
  build: { outDir: `${root}/../../dist/apps/display`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
