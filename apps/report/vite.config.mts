import { defineConfig } from 'vite';
import { precompressed } from '../../tools/vite/precompressed.mts';
import { tsconfigAliases } from '../../tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/**
 * The public misconduct-report page (廉情监督举报), reachable without a kiosk: built into dist/apps/report and
 * served at /report/ by both run modes. Plain TypeScript like the tracking page; it sends every request without
 * credentials, so no session travels with a report.
 */
export default defineConfig({
  root,
  base: '/report/',
  plugins: [precompressed()],
  resolve: { alias: tsconfigAliases(`${root}/../..`) },
  build: { outDir: `${root}/../../dist/apps/report`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
