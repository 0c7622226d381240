import { closeSync, openSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FsyncFile } from './durable-node-fs';

const fsyncPath = (path: string, fsyncFile: FsyncFile): void => {
  const fd = openSync(path, 'r');
  try {
    fsyncFile(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * Flushes every file and directory under `root`, then root's entry in its parent. PGlite writes a new
 * cluster by unpacking initdb's result into the directory, outside PostgreSQL, so nothing ever flushes those
 * files; without this, a power cut in the first half minute could leave a cluster that no longer opens.
 */
export const fsyncTree = (root: string, fsyncFile: FsyncFile): void => {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) fsyncPath(path, fsyncFile);
    }
    fsyncPath(dir, fsyncFile);
  };
  walk(root);
  fsyncPath(dirname(root), fsyncFile);
};
