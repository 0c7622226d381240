import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteDatabase } from '../lib/sql/pglite-database';

const pgliteVersion = (): string => {
  const entry = createRequire(__filename).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
};

/** A dump of a freshly initialised cluster, made once per PGlite version and kept in the temp directory. */
const freshClusterDump = async (): Promise<Blob> => {
  const path = join(tmpdir(), `qinqing-pglite-${pgliteVersion()}-fresh-cluster.tar`);
  try {
    return new Blob([readFileSync(path)]);
  } catch {
    // Not made yet: make it below.
  }
  const fresh = await PGlite.create('memory://');
  const bytes = Buffer.from(await (await fresh.dumpDataDir('none')).arrayBuffer());
  await fresh.close();
  // Written aside and renamed, so a suite starting at the same moment never reads half a file.
  const partial = `${path}.${process.pid}-${randomUUID()}`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return new Blob([bytes]);
};

/**
 * An in-memory PGlite database for tests. A memory:// start runs initdb, about a second of CPU; loading
 * the dump of a fresh cluster takes a fraction of that, and the suites open many databases.
 */
export const openTestPglite = async (): Promise<PgliteDatabase> =>
  new PgliteDatabase(await PGlite.create('memory://', { loadDataDir: await freshClusterDump() }));
