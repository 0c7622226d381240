import { existsSync, fsyncSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteDatabase } from '../sql/pglite-database';
import { lockDataDir } from './data-dir-lock';
import { DurableNodeFS, durableStartParams, type FsyncFile } from './durable-node-fs';
import { openInMemoryPglite } from './fresh-cluster';
import { fsyncTree } from './fsync-tree';

export interface EmbeddedDatabaseOptions {
  /**
   * A directory (created if needed) or `memory://` for a throw-away database, which starts from a dump of a
   * fresh cluster kept in the OS temp directory instead of running initdb each time.
   */
  readonly dataDir: string;
  /** How a file of the data directory is flushed to the disk: fs.fsyncSync; tests pass a spy around it. */
  readonly fsyncFile?: FsyncFile;
}

const isInMemory = (dataDir: string): boolean => dataDir.startsWith('memory://');

/**
 * Opens embedded PostgreSQL (PGlite). The data directory's lock is taken before PGlite touches the files,
 * so a second process is refused instead of corrupting the store; close() releases it. On a directory the
 * database is durable: a commit returns once its WAL is on the disk (DurableNodeFS, fsync on), and a new
 * cluster is flushed once before the first command.
 */
export const openEmbeddedDatabase = async (options: EmbeddedDatabaseOptions): Promise<PgliteDatabase> => {
  if (isInMemory(options.dataDir)) return new PgliteDatabase(await openInMemoryPglite(options.dataDir));
  const lock = await lockDataDir(options.dataDir);
  try {
    const dataDir = resolve(options.dataDir);
    const fsyncFile = options.fsyncFile ?? fsyncSync;
    const isNew = !existsSync(join(dataDir, 'PG_VERSION'));
    const pglite = await PGlite.create({
      fs: new DurableNodeFS(dataDir, fsyncFile),
      startParams: [...durableStartParams],
    });
    if (isNew) fsyncTree(dataDir, fsyncFile);
    return new PgliteDatabase(pglite, { afterClose: () => lock.release() });
  } catch (error) {
    lock.release();
    throw error;
  }
};
