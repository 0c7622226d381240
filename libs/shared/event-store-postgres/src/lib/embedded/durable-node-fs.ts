import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** Flushes one open file (or directory) of the data directory to the disk; fs.fsyncSync unless a test watches. */
export type FsyncFile = (fd: number) => void;

/**
 * PGlite's start parameters with fsync on. Its defaults pass `-F` (fsync=off), so PostgreSQL never asks for a
 * flush. `fsync` is the WAL method whose call reaches the filesystem below: PostgreSQL's default `fdatasync`
 * ends in an Emscripten syscall that returns success without doing anything, while fsync(2) ends in the
 * filesystem's own `fsync`, which DurableNodeFS provides.
 */
export const durableStartParams: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'synchronous_commit=on',
  '-c',
  'wal_sync_method=fsync',
];

/** The part of Emscripten's NODEFS this file relies on; not in PGlite's types. */
interface NodefsInternals {
  readonly stream_ops?: { fsync?: (stream: { readonly nfd: number }) => number };
  tryFSOperation?<T>(operation: () => T): T;
}

type PreRun = (module: { readonly NODEFS?: NodefsInternals }) => void;

/**
 * PGlite's Node filesystem with a working fsync. Emscripten's NODEFS writes every page straight to the OS
 * (writeSync on a real file descriptor), but has no `fsync` operation, and Emscripten answers an fsync of
 * such a file with success without calling the OS: with fsync on, PostgreSQL would still acknowledge a
 * commit whose WAL sits only in the OS page cache. Giving NODEFS that operation makes each of PostgreSQL's
 * fsync calls (WAL at commit, data files and pg_control at a checkpoint, directories after a rename) a real
 * fsync(2) on the same descriptor. Checked at start-up: if a PGlite upgrade changes NODEFS, opening fails
 * instead of running without durability.
 */
export class DurableNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly fsyncFile: FsyncFile = fsyncSync,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(pg, opts);
    const installFsync: PreRun = (module) => {
      const nodefs = module.NODEFS;
      const streamOps = nodefs?.stream_ops;
      const tryOperation = nodefs?.tryFSOperation?.bind(nodefs);
      if (streamOps === undefined || tryOperation === undefined) {
        throw new Error(
          "PGlite's NODEFS no longer has stream_ops and tryFSOperation: the embedded store cannot make fsync durable",
        );
      }
      streamOps.fsync = (stream) => {
        // tryFSOperation turns a failed fsync(2) into the errno PostgreSQL sees (it then stops: PANIC).
        tryOperation(() => this.fsyncFile(stream.nfd));
        return 0;
      };
    };
    const preRun = [...((emscriptenOpts.preRun ?? []) as PreRun[]), installFsync];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } as typeof emscriptenOpts };
  }
}
