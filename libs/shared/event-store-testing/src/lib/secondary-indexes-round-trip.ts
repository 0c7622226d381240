import {
  dropSecondaryIndexes,
  type Projection,
  restoreSecondaryIndexes,
  secondaryIndexesOf,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { expect } from 'vitest';

/** Every index of the tables (unique ones and primary keys too), as the catalog would make it again. */
const indexDefinitions = async (db: SqlDatabase, tables: readonly string[]): Promise<string[]> => {
  const { rows } = await db.query<{ indexdef: string }>(
    'SELECT indexdef FROM pg_indexes WHERE tablename = ANY($1::text[]) ORDER BY indexdef',
    [tables],
  );
  return rows.map((row) => row.indexdef);
};

/**
 * What a rebuild does to a projection's declared tables, checked on its real DDL: the secondary indexes dropped
 * (the unique ones and primary keys left), built again from their catalog definitions (the rebuild's end), then
 * dropped again and made again by `setup` (the next start after a rebuild cut short by a crash): each time the
 * very same definitions as before. Resolves with how many indexes a rebuild sets aside.
 */
export const expectSecondaryIndexesRoundTrip = async (
  db: SqlDatabase,
  projection: Projection,
): Promise<number> => {
  const tables = projection.tables ?? [];
  await projection.setup(db);
  const before = await indexDefinitions(db, tables);

  const dropped = await db.transaction((tx) => dropSecondaryIndexes(tx, tables));
  expect(await secondaryIndexesOf(db, tables)).toEqual([]);
  expect((await indexDefinitions(db, tables)).length).toBe(before.length - dropped.length);
  await restoreSecondaryIndexes(db, dropped, tables);
  expect(await indexDefinitions(db, tables)).toEqual(before);

  await db.transaction((tx) => dropSecondaryIndexes(tx, tables));
  await projection.setup(db);
  expect(await indexDefinitions(db, tables)).toEqual(before);
  return dropped.length;
};
