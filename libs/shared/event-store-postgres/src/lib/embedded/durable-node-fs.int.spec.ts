import { fsyncSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PgliteDatabase } from '../sql/pglite-database';
import { openEmbeddedDatabase } from './open-embedded-database';

/**
 * The embedded store on a data directory flushes to the disk where PostgreSQL asks it to: the fsync calls
 * are watched on their way to fs.fsyncSync (which still runs), each named by the file its descriptor is open
 * on (/proc/self/fd, hence Linux only).
 */
describe.runIf(process.platform === 'linux')('the embedded store is durable on a data directory', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const open = async (dataDir: string) => {
    const flushed: string[] = [];
    const db = await openEmbeddedDatabase({
      dataDir,
      fsyncFile: (fd) => {
        flushed.push(relative(dataDir, readlinkSync(`/proc/self/fd/${fd}`)));
        fsyncSync(fd);
      },
    });
    cleanups.push(() => db.close());
    return { db, flushed };
  };
  const newDataDir = (): string => {
    const parent = mkdtempSync(join(tmpdir(), 'qinqing-durable-'));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
    return join(parent, 'data');
  };
  const setting = async (db: PgliteDatabase, name: string): Promise<string> =>
    (await db.query<{ setting: string }>('SELECT setting FROM pg_settings WHERE name = $1', [name])).rows[0]
      ?.setting ?? '';
  const WAL_SEGMENT = /^pg_wal\/[0-9A-F]{24}$/u;

  it('returns from a commit only after fsync(2) of the WAL segment holding it', async () => {
    const { db, flushed } = await open(newDataDir());
    expect(await setting(db, 'fsync')).toBe('on');
    expect(await setting(db, 'synchronous_commit')).toBe('on');
    expect(await setting(db, 'wal_sync_method')).toBe('fsync');
    await db.query('CREATE TABLE acknowledged (id int PRIMARY KEY)');

    flushed.length = 0;
    await db.query('INSERT INTO acknowledged (id) VALUES (1)');
    expect(flushed.filter((path) => WAL_SEGMENT.test(path)).length).toBeGreaterThanOrEqual(1);

    flushed.length = 0;
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO acknowledged (id) VALUES (2)');
      await tx.query('INSERT INTO acknowledged (id) VALUES (3)');
    });
    expect(flushed.filter((path) => WAL_SEGMENT.test(path)).length).toBeGreaterThanOrEqual(1);

    // A read writes no WAL and waits for no disk.
    flushed.length = 0;
    await db.query('SELECT count(*) FROM acknowledged');
    expect(flushed).toEqual([]);
  });

  it('flushes a new cluster once, file by file, and a checkpoint flushes the data files and pg_control', async () => {
    const dataDir = newDataDir();
    const first = await open(dataDir);
    expect(first.flushed).toEqual(
      expect.arrayContaining(['PG_VERSION', 'global/pg_control', 'base', '', '..']),
    );
    await first.db.query('CREATE TABLE acknowledged (id int PRIMARY KEY)');
    first.flushed.length = 0;
    await first.db.query('CHECKPOINT');
    expect(first.flushed).toContain('global/pg_control');
    expect(first.flushed.some((path) => path.startsWith('base/'))).toBe(true);
    await first.db.close();

    // Reopened: the cluster is no longer new, so it is not walked again.
    const second = await open(dataDir);
    expect(second.flushed).not.toContain('PG_VERSION');
    expect((await second.db.query('SELECT count(*)::int AS n FROM acknowledged')).rows).toEqual([{ n: 0 }]);
  });
});
