import { beforeAll, expect, it } from 'vitest';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { describeEachBackend, postgresOnly } from '../../test-setup/test-backends';

describeEachBackend('SqlDatabase adapter', (database, backend) => {
  beforeAll(async () => {
    await database().db.query('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)');
  });

  it('commits every statement of a transaction together and returns its result', async () => {
    const { db } = database();
    const result = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO items (id, label) VALUES (1, $1)', ['one']);
      await tx.query('INSERT INTO items (id, label) VALUES (2, $1)', ['two']);
      return 'done';
    });
    expect(result).toBe('done');
    expect((await db.query('SELECT id FROM items ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('rolls the whole transaction back when the work throws, and rethrows the same error', async () => {
    const { db } = database();
    const failure = new Error('work failed');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO items (id, label) VALUES (10, $1)', ['ten']);
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO items (id, label) VALUES (11, $1)', ['eleven']);
        await tx.query('INSERT INTO items (id, label) VALUES (11, $1)', ['duplicate']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await db.query('SELECT id FROM items WHERE id >= 10')).rows).toEqual([]);
  });

  it('reports the rows written, the same way on both drivers', async () => {
    const { db } = database();
    const inserted = await db.query("INSERT INTO items (id, label) VALUES (20, 'a'), (21, 'b'), (22, 'c')");
    const updated = await db.query("UPDATE items SET label = 'x' WHERE id IN (20, 21)");
    const ignored = await db.query("INSERT INTO items (id, label) VALUES (20, 'a') ON CONFLICT DO NOTHING");
    const selected = await db.query('SELECT * FROM items WHERE id >= 20');
    const deleted = await db.query('DELETE FROM items WHERE id = 22');
    expect([inserted, updated, ignored, selected, deleted].map((r) => r.affectedRows)).toEqual([
      3, 2, 0, 0, 1,
    ]);
    expect(selected.rows).toHaveLength(3);
  });

  it('returns jsonb as values, timestamptz as Date and int8 exactly as text when cast', async () => {
    const { rows } = await database().db.query<{ j: unknown; t: unknown; big: unknown }>(
      `SELECT '{"a":[1,null,"亲清"]}'::jsonb AS j, now() AS t, (2::int8 ^ 62)::int8::text AS big`,
    );
    expect(rows[0]?.j).toEqual({ a: [1, null, '亲清'] });
    expect(rows[0]?.t).toBeInstanceOf(Date);
    expect(rows[0]?.big).toBe('4611686018427387904');
  });

  it('refuses to use a transaction executor after its transaction ended', async () => {
    let leaked: SqlExecutor | null = null;
    await database().db.transaction(async (tx) => {
      leaked = tx;
    });
    await expect((leaked as SqlExecutor | null)?.query('SELECT 1')).rejects.toThrow(/transaction has ended/);
  });

  if (backend.name === 'PGlite') {
    it('fails fast instead of deadlocking when the database is used inside its own transaction', async () => {
      const { db } = database();
      await expect(db.transaction(() => db.query('SELECT 1'))).rejects.toThrow(/inside a transaction/);
      await expect(db.transaction(() => db.transaction(async () => 1))).rejects.toThrow(
        /inside a transaction/,
      );
      expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    });
  }
});

describeEachBackend(
  'PgDatabase transactions',
  (database) => {
    it('keep their writes to one connection until COMMIT', async () => {
      const { db } = database();
      const other = await database().connectAgain();
      await db.query('CREATE TABLE isolated (id int)');
      let seenFromOutside: unknown[] = ['not read'];
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO isolated VALUES (1)');
        seenFromOutside = (await other.query('SELECT id FROM isolated')).rows;
      });
      expect(seenFromOutside).toEqual([]);
      expect((await other.query('SELECT id FROM isolated')).rows).toEqual([{ id: 1 }]);
    });
  },
  postgresOnly(),
);
