import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { DOMAIN_WORDS } from '../../libs/ui/pinyin-input/src/lib/domain-words';
import { pinyinDictionary } from '../../tools/vite/pinyin-dictionary-plugin.mts';
import { precompressed } from '../../tools/vite/precompressed.mts';
import { tsconfigAliases } from '../../tools/vitest/tsconfig-aliases.mts';

const root = import.meta.dirname;

/** Built into dist/apps/kiosk and served by the platform at /kiosk/. */
export default defineConfig({
  root,
  base: '/kiosk/',
  plugins: [react(), precompressed()],
  // The pinyin dictionary is generated into the worker that answers the keyboard's lookups.
  worker: { format: 'es', plugins: () => [pinyinDictionary(DOMAIN_WORDS)] },
  resolve: { alias: tsconfigAliases(`${root}/../..`) },
  build: {
    outDir: `${root}/../../dist/apps/kiosk`,
    emptyOutDir: true,
    sourcemap: true,
    // The lunar calendar (tyme4ts) comes in through the shared working-day library, which the screens never
    // run; its classes have no side effects, so an unused one is left out (about 70 KB gzip otherwise).
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/tyme4ts/') } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
