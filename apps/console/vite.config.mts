import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { tsconfigAliases } from '../../tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/** Built into dist/apps/console and served by the platform at /console/. */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  resolve: { alias: tsconfigAliases(`${root}/../..`) },
  build: {
    outDir: `${root}/../../dist/apps/console`,
    emptyOutDir: true,
    sourcemap: true,
    // The lunar calendar (tyme4ts) comes in through the shared working-day library, which the screens never
    // run; its classes have no side effects, so an unused one is left out (about 70 KB gzip otherwise).
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/tyme4ts/') } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
