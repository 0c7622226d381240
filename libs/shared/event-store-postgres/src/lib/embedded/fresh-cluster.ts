import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const pgliteVersion = (): string => {
  const entry = createRequire(__filename).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
};

const readDump = (path: string): Blob | null => {
  try {
    return new Blob([readFileSync(path)]);
  } catch {
    return null;
  }
};

/**
 * A dump of a freshly initialised cluster, made once per PGlite version and kept in the OS temp directory.
 * PGlite runs initdb for every new database, about four seconds on a busy two-core machine; loading this
 * dump takes well under one. It holds nothing but an empty cluster, so sharing it between processes is safe.
 */
export const freshClusterDump = async (): Promise<Blob> => {
  const path = join(tmpdir(), `qinqing-pglite-${pgliteVersion()}-fresh-cluster.tar`);
  const kept = readDump(path);
  if (kept !== null) return kept;
  const fresh = await PGlite.create('memory://');
  const bytes = Buffer.from(await (await fresh.dumpDataDir('none')).arrayBuffer());
  await fresh.close();
  // Written aside and renamed, so a process starting at the same moment never reads half a file.
  const partial = `${path}.${process.pid}-${randomUUID()}`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return new Blob([bytes]);
};

/** Snapshots registered for in-memory databases not opened yet, by data directory (`memory://…`). */
const startingPoints = new Map<string, Blob>();

/**
 * The in-memory database opened next as `dataDir` starts from `snapshot` (`PgliteDatabase.snapshot` of another)
 * instead of a fresh cluster, once. Test harnesses that start many apps on the same seeded data open each from
 * one snapshot, skipping the migrations and the seeding; an app never registers one.
 */
export const startInMemoryDatabaseFrom = (dataDir: string, snapshot: Blob): void => {
  startingPoints.set(dataDir, snapshot);
};

/**
 * A throw-away in-memory database started from the snapshot registered for it, or else from the fresh-cluster
 * dump. A dump that cannot be loaded (a damaged file in the temp directory) is not fatal: the database is then
 * initialised the slow way.
 */
export const openInMemoryPglite = async (dataDir: string): Promise<PGlite> => {
  const snapshot = startingPoints.get(dataDir);
  startingPoints.delete(dataDir);
  try {
    return await PGlite.create(dataDir, { loadDataDir: snapshot ?? (await freshClusterDump()) });
  } catch {
    return PGlite.create(dataDir);
  }
};
