import { afterEach, describe, expect, it } from 'vitest';
import { PgliteDatabase } from '../sql/pglite-database';
import { openInMemoryPglite, startInMemoryDatabaseFrom } from './fresh-cluster';

const opened: PgliteDatabase[] = [];
let databases = 0;

const openDatabase = async (dataDir = `memory://snapshot-spec-${++databases}`): Promise<PgliteDatabase> => {
  const db = new PgliteDatabase(await openInMemoryPglite(dataDir));
  opened.push(db);
  return db;
};

const labels = async (db: PgliteDatabase): Promise<string[]> =>
  (await db.query<{ label: string }>('SELECT label FROM items ORDER BY id')).rows.map((row) => row.label);

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

describe('PGlite snapshots: an in-memory database started from a copy of another', () => {
  it('holds what the other had committed when the snapshot was taken, and nothing written after', async () => {
    const original = await openDatabase();
    await original.query('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)');
    await original.query("INSERT INTO items VALUES (1, '亲'), (2, '清')");
    const snapshot = await original.snapshot();
    await original.query("INSERT INTO items VALUES (3, 'later')");

    const dataDir = 'memory://snapshot-spec-copy';
    startInMemoryDatabaseFrom(dataDir, snapshot);
    const copy = await openDatabase(dataDir);

    expect(await labels(copy)).toEqual(['亲', '清']);
    await copy.query("INSERT INTO items VALUES (4, 'copy only')");
    expect(await labels(original)).toEqual(['亲', '清', 'later']);
  });

  it('waits for a transaction in progress and holds it once committed, never half of it', async () => {
    const original = await openDatabase();
    await original.query('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)');
    let finish = (): void => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let begun = (): void => undefined;
    const inProgress = new Promise<void>((resolve) => (begun = resolve));
    const transaction = original.transaction(async (tx) => {
      await tx.query("INSERT INTO items VALUES (1, 'first of two')");
      begun();
      await finished;
      await tx.query("INSERT INTO items VALUES (2, 'second of two')");
    });
    await inProgress;
    const snapshotTaken = original.snapshot();
    finish();
    await transaction;

    const dataDir = 'memory://snapshot-spec-after-transaction';
    startInMemoryDatabaseFrom(dataDir, await snapshotTaken);
    expect(await labels(await openDatabase(dataDir))).toEqual(['first of two', 'second of two']);
  });

  it('is used by the next database of that name only: the one after starts from a fresh cluster', async () => {
    const original = await openDatabase();
    await original.query('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)');
    const dataDir = 'memory://snapshot-spec-once';
    startInMemoryDatabaseFrom(dataDir, await original.snapshot());

    const first = await openDatabase(dataDir);
    const second = await openDatabase(dataDir);

    expect(await labels(first)).toEqual([]);
    await expect(second.query('SELECT 1 FROM items')).rejects.toThrow(/items/);
  });
});
