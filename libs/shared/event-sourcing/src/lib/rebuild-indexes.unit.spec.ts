import { describe, expect, it } from 'vitest';
import { INDEX_BUILDS_AT_ONCE, restoreSecondaryIndexes, type SecondaryIndex } from './rebuild-indexes';
import type { SqlExecutor } from './sql.port';

const index = (name: string, method = 'btree'): SecondaryIndex => ({
  name,
  definition: `CREATE INDEX ${name} ON public.t USING ${method} (c)`,
});

/** An executor that answers each statement after a turn of the event loop and notes what ran at once. */
const recordingExecutor = (fails: (sql: string) => boolean = () => false) => {
  const started: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const db: SqlExecutor = {
    query: async (sql: string) => {
      started.push(sql);
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (fails(sql)) throw new Error(`failed: ${sql}`);
      return { rows: [], rowCount: 0 };
    },
  } as unknown as SqlExecutor;
  return { db, started, mostAtOnce: () => mostAtOnce };
};

describe('restoreSecondaryIndexes, the end of a rebuild', () => {
  it('builds every index IF NOT EXISTS, the GIN and GiST ones first, a few at a time, then analyses the tables', async () => {
    const { db, started, mostAtOnce } = recordingExecutor();
    const indexes = [index('a'), index('grams', 'gin'), index('b'), index('c'), index('area', 'gist')];
    await restoreSecondaryIndexes(db, indexes, ['t', 'u']);
    expect(started).toEqual([
      'CREATE INDEX IF NOT EXISTS grams ON public.t USING gin (c)',
      'CREATE INDEX IF NOT EXISTS area ON public.t USING gist (c)',
      'CREATE INDEX IF NOT EXISTS a ON public.t USING btree (c)',
      'CREATE INDEX IF NOT EXISTS b ON public.t USING btree (c)',
      'CREATE INDEX IF NOT EXISTS c ON public.t USING btree (c)',
      'ANALYZE t',
      'ANALYZE u',
    ]);
    expect(mostAtOnce()).toBe(INDEX_BUILDS_AT_ONCE);
  });

  it('starts no more builds after one fails, lets the running one finish, and throws the failure', async () => {
    const { db, started } = recordingExecutor((sql) => sql.includes(' a ON '));
    await expect(
      restoreSecondaryIndexes(db, [index('a'), index('b'), index('c'), index('d')], ['t']),
    ).rejects.toThrow('failed: CREATE INDEX IF NOT EXISTS a ON');
    expect(started).toEqual([
      'CREATE INDEX IF NOT EXISTS a ON public.t USING btree (c)',
      'CREATE INDEX IF NOT EXISTS b ON public.t USING btree (c)',
    ]);
  });

  it('refuses a definition that is not a plain CREATE INDEX before building anything', async () => {
    const { db, started } = recordingExecutor();
    const odd = { name: 'x', definition: 'CREATE UNIQUE INDEX x ON public.t USING btree (c)' };
    await expect(restoreSecondaryIndexes(db, [index('a'), odd], ['t'])).rejects.toThrow(
      'not a plain CREATE INDEX',
    );
    expect(started).toEqual([]);
  });
});
