import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { EmbeddedStoreLockedError } from './embedded-store-locked.error';

export const LOCK_FILE_NAME = 'qinqing-store.lock';

/** A lock file younger than this with no pid in it is still being written by its creator. */
const UNWRITTEN_LOCK_GRACE_MS = 2_000;
const ATTEMPTS = 50;

/** Lock files this process holds: a lock carrying our own pid that is not in here is a previous life's. */
const heldByThisProcess = new Set<string>();

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

type Holder =
  | { readonly state: 'gone' }
  | { readonly state: 'unwritten'; readonly content: string; readonly ageMs: number }
  | { readonly state: 'pid'; readonly pid: number; readonly content: string };

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

const tryCreate = (path: string, content: string): boolean => {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
};

const readHolder = (path: string): Holder => {
  let content: string;
  let ageMs: number;
  try {
    content = readFileSync(path, 'utf8');
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'gone' };
    throw error;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  return Number.isSafeInteger(pid) && pid > 0
    ? { state: 'pid', pid, content }
    : { state: 'unwritten', content, ageMs };
};

const isAlive = (pid: number, path: string): boolean => {
  // Our own pid in a lock we do not hold: a previous run that got the same pid (pid 1 in a container).
  if (pid === process.pid) return heldByThisProcess.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
};

/**
 * Removes a stale lock without deleting a fresh one that a concurrent starter put in its place after we
 * read it: the file is renamed aside (atomic), checked, and linked back if it turned out not to be the
 * stale one (link, unlike rename, never overwrites a lock created meanwhile).
 */
const removeStale = (path: string, staleContent: string): void => {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleContent) {
      try {
        linkSync(aside, path);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
    }
  } finally {
    unlinkSync(aside);
  }
};

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the exclusive lock file of an embedded store's data directory (created if needed). PGlite is
 * single-process: two processes on one data directory would corrupt it, so the second one is refused with
 * EmbeddedStoreLockedError. A lock left behind by a process that died is taken over.
 */
export const lockDataDir = async (dataDir: string): Promise<DataDirLock> => {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE_NAME);
  const content = `${process.pid}\n${randomUUID()}\n`;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (tryCreate(path, content)) {
      heldByThisProcess.add(path);
      return { path, release: () => release(path, content) };
    }
    const holder = readHolder(path);
    if (holder.state === 'gone') continue;
    if (holder.state === 'unwritten') {
      if (holder.ageMs < UNWRITTEN_LOCK_GRACE_MS) await pause(50);
      else removeStale(path, holder.content);
      continue;
    }
    if (isAlive(holder.pid, path)) throw new EmbeddedStoreLockedError(dir, holder.pid);
    removeStale(path, holder.content);
  }
  throw new Error(`Could not take the lock ${path}: it kept changing hands`);
};

const release = (path: string, content: string): void => {
  if (!heldByThisProcess.delete(path)) return;
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
};
