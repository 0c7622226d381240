import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteDatabase } from '../sql/pglite-database';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedDatabaseOptions {
  /** A directory (created if needed) or `memory://` for a throw-away database. */
  readonly dataDir: string;
}

const isInMemory = (dataDir: string): boolean => dataDir.startsWith('memory://');

/**
 * Opens embedded PostgreSQL (PGlite). The data directory's lock is taken before PGlite touches the files,
 * so a second process is refused instead of corrupting the store; close() releases it.
 */
export const openEmbeddedDatabase = async (options: EmbeddedDatabaseOptions): Promise<PgliteDatabase> => {
  if (isInMemory(options.dataDir)) return new PgliteDatabase(await PGlite.create(options.dataDir));
  const lock = await lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create(resolve(options.dataDir));
    return new PgliteDatabase(pglite, { afterClose: () => lock.release() });
  } catch (error) {
    lock.release();
    throw error;
  }
};
