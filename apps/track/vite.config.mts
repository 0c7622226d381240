import { defineConfig } from 'vite';
import { precompressed } from '../../tools/vite/precompressed.mts';
import { tsconfigAliases } from '../../tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/**
 * The public tracking page phones open from a receipt's QR code: built into dist/apps/track and served at
 * /track/. Plain TypeScript, no framework: the page is one form and one result, and on a phone over a mobile
 * network every kilobyte counts.
 */
export default defineConfig({
  root,
  base: '/track/',
  plugins: [precompressed()],
  resolve: { alias: tsconfigAliases(`${root}/../..`) },
  build: { outDir: `${root}/../../dist/apps/track`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
