/**
 * PGlite 0.5.16 decodes every text field of a result by first copying its bytes into a new ArrayBuffer
 * (`BufferReader.string` calls `bytes`, which does `buffer.slice` and `new Uint8Array`) and then handing the copy
 * to TextDecoder. A page of 50 rows and 25 columns spent about 40 % of its query time there: 4.0 ms per query, 2.4
 * ms with the fields decoded in place (bench/RESULTS.md, 2026-12-07). TextDecoder reads a view as well as a copy,
 * so this rewrites `string(length)` in PGlite's two JavaScript builds (CommonJS and ES modules) to decode a view of
 * the bytes where they are; `bytes` itself is left alone (bytea values keep their own copy).
 *
 * npm runs it after every install (`postinstall`). It changes a file only where it finds PGlite's original method
 * exactly once, and leaves a file that already has the rewrite; anything else on 0.5.16 fails the install. Another
 * PGlite version is left as it is, with a warning: look at its reader again before carrying the rewrite over.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const VERSION = '0.5.16';

/** Per build: PGlite's method, and the same method decoding in place (the minifier's names for each build). */
const REWRITES = [
  {
    file: 'index.cjs',
    original: 'string(t){return c(this,vr).decode(this.bytes(t))}',
    inPlace:
      'string(t){let r=c(this,vr).decode(new Uint8Array(c(this,he).buffer,c(this,he).byteOffset+c(this,j),t));return y(this,j,c(this,j)+t),r}',
  },
  {
    file: 'chunk-Y6PULSM7.js',
    original: 'string(t){return r(this,le).decode(this.bytes(t))}',
    inPlace:
      'string(t){let n=r(this,le).decode(new Uint8Array(r(this,x).buffer,r(this,x).byteOffset+r(this,w),t));return d(this,w,r(this,w)+t),n}',
  },
];

const occurrences = (text, part) => text.split(part).length - 1;

const pgliteDist = () => {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@electric-sql/pglite')); // …/dist/index.cjs
  const manifest = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8'));
  return { dist, version: manifest.version };
};

const main = () => {
  const { dist, version } = pgliteDist();
  if (version !== VERSION) {
    console.warn(
      `pglite-string-decode: PGlite ${version} installed, the rewrite is for ${VERSION}; left as it is`,
    );
    return;
  }
  for (const { file, original, inPlace } of REWRITES) {
    const path = join(dist, file);
    const text = readFileSync(path, 'utf8');
    if (occurrences(text, inPlace) === 1 && occurrences(text, original) === 0) continue;
    if (occurrences(text, original) !== 1)
      throw new Error(`pglite-string-decode: PGlite's BufferReader.string not found once in ${path}`);
    writeFileSync(path, text.replace(original, inPlace));
  }
};

main();
