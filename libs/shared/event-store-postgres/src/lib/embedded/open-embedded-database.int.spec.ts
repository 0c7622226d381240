import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';
import { EmbeddedStoreLockedError } from './embedded-store-locked.error';
import { openEmbeddedDatabase } from './open-embedded-database';

const fixtures = join(__dirname, 'test-fixtures');

interface Holder {
  readonly child: ChildProcess;
  /** The first line the child printed: "ready" or "locked <pid>". */
  readonly said: Promise<string>;
  readonly exited: Promise<number | null>;
}

/** Another process opening the store on `dataDir`, through @swc-node/register like a dev start would. */
const startHolder = (dataDir: string): Holder => {
  const child = spawn(process.execPath, [join(fixtures, 'hold-embedded-store.cjs'), dataDir], {
    env: { ...process.env, SWC_NODE_PROJECT: join(fixtures, 'tsconfig.fixture.json') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const said = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line !== undefined) resolve(line);
    });
    void exited.then((code) => reject(new Error(`holder exited with ${code} before answering: ${stderr}`)));
  });
  return { child, said, exited };
};

const lockOf = (dataDir: string): string => join(dataDir, LOCK_FILE_NAME);

describe('openEmbeddedDatabase on a data directory', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'qinqing-embedded-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  it('refuses a second process, survives the holder being killed and releases the lock on close', async () => {
    const dataDir = join(tempDir(), 'data');
    const holder = startHolder(dataDir);
    cleanups.push(() => void holder.child.kill('SIGKILL'));
    expect(await holder.said).toBe('ready');
    const holderPid = holder.child.pid as number;
    expect(readFileSync(lockOf(dataDir), 'utf8').split('\n')[0]).toBe(String(holderPid));

    const refused = await openEmbeddedDatabase({ dataDir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(EmbeddedStoreLockedError);
    expect(refused).toMatchObject({ pid: holderPid });
    expect((refused as Error).message).toBe(
      `data directory ${dataDir} is in use by process ${holderPid}; stop it or use another DATA_DIR`,
    );

    // A crash leaves the lock behind; the next start takes it over and finds the data intact.
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(existsSync(lockOf(dataDir))).toBe(true);
    const db = await openEmbeddedDatabase({ dataDir });
    cleanups.push(() => db.close());
    expect(readFileSync(lockOf(dataDir), 'utf8').split('\n')[0]).toBe(String(process.pid));
    expect((await db.query<{ pid: number }>('SELECT pid FROM holders')).rows).toEqual([{ pid: holderPid }]);

    const second = startHolder(dataDir);
    cleanups.push(() => void second.child.kill('SIGKILL'));
    expect(await second.said).toBe(`locked ${process.pid}`);
    expect(await second.exited).toBe(3);
    await expect(openEmbeddedDatabase({ dataDir })).rejects.toBeInstanceOf(EmbeddedStoreLockedError);

    await db.close();
    expect(existsSync(lockOf(dataDir))).toBe(false);
  });

  it('takes over a lock whose process is gone, left empty by a crash, or from a previous life with our pid', async () => {
    const dataDir = tempDir();
    const gone = spawn(process.execPath, ['-e', '']);
    const gonePid = await new Promise<number>((resolve) =>
      gone.on('exit', () => resolve(gone.pid as number)),
    );
    const staleLocks = [
      `${gonePid}\n`,
      // Created but never written: its creator died between open and write a while ago.
      '',
      // Our pid, but not held by this process: a container restart hands out pid 1 again.
      `${process.pid}\n`,
    ];
    for (const stale of staleLocks) {
      writeFileSync(lockOf(dataDir), stale);
      const old = new Date(Date.now() - 60_000);
      utimesSync(lockOf(dataDir), old, old);

      const lock = await lockDataDir(dataDir);
      expect(readFileSync(lockOf(dataDir), 'utf8').split('\n')[0]).toBe(String(process.pid));
      await expect(lockDataDir(dataDir)).rejects.toMatchObject({ pid: process.pid });
      lock.release();
      expect(existsSync(lockOf(dataDir))).toBe(false);
    }
  });

  it('waits for a lock file that is still being written instead of taking it over', async () => {
    const dataDir = tempDir();
    writeFileSync(lockOf(dataDir), '');
    const taking = lockDataDir(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 150));
    writeFileSync(lockOf(dataDir), `${process.ppid}\n`);
    await expect(taking).rejects.toMatchObject({ pid: process.ppid });
  });

  it('checkpoints on its own (single-user PostgreSQL has no checkpointer) and keeps small buffers', async () => {
    const db = await openEmbeddedDatabase({ dataDir: tempDir(), checkpointIntervalMs: 100 });
    cleanups.push(() => db.close());
    const redo = async () =>
      (await db.query<{ redo_lsn: string }>('SELECT redo_lsn::text FROM pg_control_checkpoint()')).rows[0]
        ?.redo_lsn;
    const before = await redo();
    await db.query('CREATE TABLE written (n int)');
    await db.query('INSERT INTO written SELECT generate_series(1, 1000)');
    await expect.poll(redo, { timeout: 5_000 }).not.toBe(before);
    expect((await db.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0]?.shared_buffers).toBe(
      '32MB',
    );
  });
});
