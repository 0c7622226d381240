import { execFile } from 'node:child_process';
import { existsSync, fsyncSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
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
  /** How often a CHECKPOINT runs (0: never); default every five minutes. */
  readonly checkpointIntervalMs?: number;
}

/**
 * PGlite runs PostgreSQL in single-user mode, which has no checkpointer: without an explicit CHECKPOINT, the WAL
 * grows until a clean stop, and a crash replays all of it at the next start. One every five minutes keeps the WAL
 * within `max_wal_size` (segments are recycled) and the replay after a crash to five minutes of writes; it holds
 * the one connection for a moment (about 0.25 s after 300 MB of writes on this machine).
 */
const CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/**
 * The embedded app's memory settings. PGlite's WebAssembly memory only grows, so what PostgreSQL once allocates
 * stays resident: shared buffers of 32 MB instead of 128 MB (the data files are read through the OS page cache
 * anyway), and 8 MB / 2 MB of maintenance and sort memory instead of 64 MB / 4 MB (index builds and sorts spill to
 * disk sooner; the demo seeding alone had grown the memory by about 250 MB). WAL kept to 256 MB.
 */
const embeddedSettings = [
  '-c',
  'shared_buffers=32MB',
  '-c',
  'maintenance_work_mem=8MB',
  '-c',
  'work_mem=2MB',
  '-c',
  'max_wal_size=256MB',
  '-c',
  'min_wal_size=32MB',
];

const isInMemory = (dataDir: string): boolean => dataDir.startsWith('memory://');

const requireHere = createRequire(__filename);

/**
 * Makes a new cluster on `dataDir` in a Node process of its own (PGlite's CommonJS build, Emscripten's NODEFS).
 * initdb grows PGlite's WebAssembly memory to about 450 MB. Run in the app's process, that memory stayed resident
 * until a full garbage collection happened to free the closed instance (none may come for minutes while the app
 * rests: bench:memory saw 500–880 MB after a first start), and glibc kept much of what initdb's compilation and
 * copies had taken; a process that exits gives all of it back. Not flushed here: the caller flushes the tree.
 */
const initCluster = async (dataDir: string, startParams: readonly string[]): Promise<void> => {
  const script = `
    const { PGlite } = require(${JSON.stringify(requireHere.resolve('@electric-sql/pglite'))});
    const { NodeFS } = require(${JSON.stringify(requireHere.resolve('@electric-sql/pglite/nodefs'))});
    const [dataDir, startParams] = [process.argv[1], JSON.parse(process.argv[2])];
    PGlite.create({ fs: new NodeFS(dataDir), startParams }).then((db) => db.close()).catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });`;
  await promisify(execFile)(process.execPath, ['-e', script, dataDir, JSON.stringify(startParams)]);
};

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
    const startParams = [...durableStartParams, ...embeddedSettings];
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      // A new cluster: PGlite runs initdb in a WebAssembly memory of its own that the instance keeps for its
      // lifetime (about 450 MB more resident). The cluster is made in a child process, flushed, and opened.
      await initCluster(dataDir, startParams);
      fsyncTree(dataDir, fsyncFile);
    }
    const pglite = await PGlite.create({ fs: new DurableNodeFS(dataDir, fsyncFile), startParams });
    const every = options.checkpointIntervalMs ?? CHECKPOINT_INTERVAL_MS;
    const checkpoints =
      every > 0 ? setInterval(() => void pglite.query('CHECKPOINT').catch(() => undefined), every) : null;
    checkpoints?.unref();
    return new PgliteDatabase(pglite, {
      beforeClose: () => {
        if (checkpoints !== null) clearInterval(checkpoints);
      },
      afterClose: () => lock.release(),
    });
  } catch (error) {
    lock.release();
    throw error;
  }
};
