import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressed } from '../../tools/vite/precompressed.mts';
import { tsconfigAliases } from '../../tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/** Built into dist/apps/console and served by the platform at /console/. */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react(), precompressed()],
  resolve: { alias: tsconfigAliases(`${root}/../..`) },
  build: { outDir: `${root}/../../dist/apps/console`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
