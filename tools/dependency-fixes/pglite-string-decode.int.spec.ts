import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const pgliteDist = dirname(createRequire(__filename).resolve('@electric-sql/pglite'));

const TEXTS = [
  '',
  'a',
  '亲清新型政商关系',
  '宁波海曙甬创智能制造有限公司',
  '😀 emoji 𠀋',
  'x'.repeat(70_000),
];

describe('PGlite decodes text fields in place (tools/dependency-fixes/pglite-string-decode.mjs)', () => {
  let db: PgliteDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
  });

  afterAll(() => db.close());

  it.each(['index.cjs', 'chunk-Y6PULSM7.js'])('is installed in %s: npm ran the postinstall', (file) => {
    const build = readFileSync(join(pgliteDist, file), 'utf8');
    expect(build).toContain('decode(new Uint8Array(');
    expect(build).not.toContain('decode(this.bytes(');
  });

  it('returns every value as PostgreSQL sent it, whatever its characters and length, row after row', async () => {
    const { rows } = await db.query<{ n: number; text: string; name: string }>(
      `SELECT n, texts[1 + n % $2] AS text, 'row ' || n || ' 甬' AS name
         FROM generate_series(0, 2999) AS n, (SELECT $1::text[] AS texts) AS given ORDER BY n`,
      [TEXTS, TEXTS.length],
    );
    expect(rows).toHaveLength(3000);
    for (const row of rows) {
      expect(row.text).toBe(TEXTS[row.n % TEXTS.length]);
      expect(row.name).toBe(`row ${row.n} 甬`);
    }
  });
});
