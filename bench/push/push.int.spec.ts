import type { PGlite } from '@electric-sql/pglite';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushCases, pushOnce, setUpDirectory } from './push-workload';
import { openInMemoryPglite } from '@qinqing/shared/event-store-postgres/testing';

const COUNTIES = ['330203', '330205', '330212', '330281', '331002'];

/**
 * The smoke of bench:push, so the gate keeps it working: the same set-up and cases on 3,000 entries in PGlite,
 * and the push stores exactly the entries the hand-written raw query returns.
 */
describe('bench:push smoke', () => {
  let db: PgliteDatabase;
  let pglite: PGlite;

  beforeAll(async () => {
    pglite = await openInMemoryPglite('memory://');
    db = new PgliteDatabase(pglite);
    await setUpDirectory(db, 3_000, COUNTIES);
  });
  afterAll(() => db.close());

  it('pushes each case to exactly the entries the raw filter returns', async () => {
    for (const [index, c] of pushCases('330212').entries()) {
      const stored = await pushOnce(db, `smoke-${index}`, c.criteria);
      const raw = await pglite.query<{ credit_code: string; restriction_id: string | null }>(c.rawSql);
      expect(stored.matched + stored.excluded, c.name).toBe(raw.rows.length);
      expect(stored.excluded, c.name).toBe(raw.rows.filter((r) => r.restriction_id !== null).length);
      expect(raw.rows.length, c.name).toBeGreaterThan(0);
    }
  });
});
