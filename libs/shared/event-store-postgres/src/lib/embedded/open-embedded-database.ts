import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteDatabase } from '../sql/pglite-database';
import { lockDataDir } from './data-dir-lock';
import { openInMemoryPglite } from './fresh-cluster';

export interface EmbeddedDatabaseOptions {
  /**
   * A directory (created if needed) or `memory://` for a throw-away database, which starts from a dump of a
   * fresh cluster kept in the OS temp directory instead of running initdb each time.
   */
  readonly dataDir: string;
}

const isInMemory = (dataDir: string): boolean => dataDir.startsWith('memory://');

/**
 * Opens embedded PostgreSQL (PGlite). The data directory's lock is taken before PGlite touches the files,
 * so a second process is refused instead of corrupting the store; close() releases it.
 */
export const openEmbeddedDatabase = async (options: EmbeddedDatabaseOptions): Promise<PgliteDatabase> => {
  if (isInMemory(options.dataDir)) return new PgliteDatabase(await openInMemoryPglite(options.dataDir));
  const lock = await lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create(resolve(options.dataDir));
    return new PgliteDatabase(pglite, { afterClose: () => lock.release() });
  } catch (error) {
    lock.release();
    throw error;
  }
};
