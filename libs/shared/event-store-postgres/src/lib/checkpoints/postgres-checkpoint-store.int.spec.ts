import { beforeAll, expect, it } from 'vitest';
import type { LogCursor } from '@qinqing/shared/event-sourcing';
import { describeEachBackend, postgresOnly } from '../../test-setup/test-backends';
import { PostgresCheckpointStore } from './postgres-checkpoint-store';

const checkpoints = new PostgresCheckpointStore();
const cursor = (text: string): LogCursor => text as LogCursor;

describeEachBackend('PostgresCheckpointStore', (database) => {
  beforeAll(async () => {
    await checkpoints.setup(database().db);
    await checkpoints.setup(database().db);
  });

  it('starts a new checkpoint at null, then keeps what was saved', async () => {
    const { db } = database();
    expect(await db.transaction((tx) => checkpoints.loadForUpdate(tx, 'fresh'))).toBeNull();
    await db.transaction((tx) => checkpoints.save(tx, 'fresh', cursor('7:42')));
    expect(await db.transaction((tx) => checkpoints.loadForUpdate(tx, 'fresh'))).toBe('7:42');
    await db.transaction((tx) => checkpoints.save(tx, 'fresh', null));
    expect(await db.transaction((tx) => checkpoints.loadForUpdate(tx, 'fresh'))).toBeNull();
  });

  it('saves a checkpoint that was never loaded', async () => {
    const { db } = database();
    await db.transaction((tx) => checkpoints.save(tx, 'unloaded', cursor('1:1')));
    expect(await db.transaction((tx) => checkpoints.loadForUpdate(tx, 'unloaded'))).toBe('1:1');
  });

  it('keeps the old checkpoint when the transaction that saved a new one rolls back', async () => {
    const { db } = database();
    await db.transaction((tx) => checkpoints.save(tx, 'rolled-back', cursor('1:1')));
    await expect(
      db.transaction(async (tx) => {
        await checkpoints.save(tx, 'rolled-back', cursor('2:2'));
        throw new Error('batch failed');
      }),
    ).rejects.toThrow('batch failed');
    expect(await db.transaction((tx) => checkpoints.loadForUpdate(tx, 'rolled-back'))).toBe('1:1');
  });
});

describeEachBackend(
  'PostgresCheckpointStore across connections',
  (database) => {
    it('locks the checkpoint until the transaction that loaded it ends', async () => {
      const { db } = database();
      const other = await database().connectAgain();
      await checkpoints.setup(db);
      let release: () => void = () => undefined;
      const mayCommit = new Promise<void>((resolve) => (release = resolve));
      let loaded: () => void = () => undefined;
      const firstHasLock = new Promise<void>((resolve) => (loaded = resolve));
      const first = db.transaction(async (tx) => {
        await checkpoints.loadForUpdate(tx, 'contended');
        loaded();
        await mayCommit;
        await checkpoints.save(tx, 'contended', cursor('5:5'));
      });
      await firstHasLock;
      let secondSaw: LogCursor | null | 'waiting' = 'waiting';
      const second = other.transaction(async (tx) => {
        secondSaw = await checkpoints.loadForUpdate(tx, 'contended');
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(secondSaw).toBe('waiting');
      release();
      await Promise.all([first, second]);
      expect(secondSaw).toBe('5:5');
    });

    it('can be set up by several processes at once', async () => {
      const processes = await Promise.all([1, 2, 3, 4].map(() => database().connectAgain()));
      await Promise.all(processes.map((db) => new PostgresCheckpointStore().setup(db)));
    });
  },
  postgresOnly(),
);
