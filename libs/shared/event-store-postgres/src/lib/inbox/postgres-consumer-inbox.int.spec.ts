import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend, postgresOnly } from '../../test-setup/test-backends';
import { PostgresConsumerInbox } from './postgres-consumer-inbox';

const inbox = new PostgresConsumerInbox();

describeEachBackend('PostgresConsumerInbox', (database) => {
  beforeAll(async () => {
    await inbox.setup(database().db);
    await inbox.setup(database().db);
  });

  it('marks a message handled once per consumer', async () => {
    const { db } = database();
    expect(await db.transaction((tx) => inbox.markHandled(tx, 'credit-sync', 'message-1'))).toBe(true);
    expect(await db.transaction((tx) => inbox.markHandled(tx, 'credit-sync', 'message-1'))).toBe(false);
    expect(await db.transaction((tx) => inbox.markHandled(tx, 'statistics', 'message-1'))).toBe(true);
  });

  it('marks a batch of messages at once, answering those not handled before', async () => {
    const { db } = database();
    await db.transaction((tx) => inbox.markHandled(tx, 'batch', 'message-b'));
    const fresh = await db.transaction((tx) =>
      inbox.markAllHandled(tx, 'batch', ['message-a', 'message-b', 'message-c', 'message-a']),
    );
    expect([...fresh].sort()).toEqual(['message-a', 'message-c']);
    expect(await db.transaction((tx) => inbox.markAllHandled(tx, 'batch', ['message-c']))).toEqual(new Set());
    expect(await db.transaction((tx) => inbox.markAllHandled(tx, 'batch', []))).toEqual(new Set());
    expect(await db.transaction((tx) => inbox.markHandled(tx, 'batch', 'message-a'))).toBe(false);
  });

  it('forgets the mark when the handling transaction rolls back', async () => {
    const { db } = database();
    await expect(
      db.transaction(async (tx) => {
        expect(await inbox.markHandled(tx, 'credit-sync', 'message-2')).toBe(true);
        throw new Error('effect failed');
      }),
    ).rejects.toThrow('effect failed');
    expect(await db.transaction((tx) => inbox.markHandled(tx, 'credit-sync', 'message-2'))).toBe(true);
  });
});

describeEachBackend(
  'PostgresConsumerInbox with a redelivery racing the first delivery',
  (database) => {
    const race = async (firstCommits: boolean): Promise<[boolean | 'rolled back', boolean]> => {
      const { db } = database();
      const other = await database().connectAgain();
      const messageId = `race-${String(firstCommits)}`;
      let finish: () => void = () => undefined;
      const mayFinish = new Promise<void>((resolve) => (finish = resolve));
      let marked: () => void = () => undefined;
      const firstMarked = new Promise<void>((resolve) => (marked = resolve));
      const first = db
        .transaction(async (tx) => {
          const result = await inbox.markHandled(tx, 'race', messageId);
          marked();
          await mayFinish;
          if (!firstCommits) throw new Error('first delivery failed');
          return result;
        })
        .catch((error: unknown) => {
          if (firstCommits) throw error;
          return 'rolled back' as const;
        });
      await firstMarked;
      const second = other.transaction((tx) => inbox.markHandled(tx, 'race', messageId));
      await new Promise((resolve) => setTimeout(resolve, 100));
      finish();
      return [await first, await second];
    };

    it('lets exactly one of them handle the message', async () => {
      await inbox.setup(database().db);
      expect(await race(true)).toEqual([true, false]);
      expect(await race(false)).toEqual(['rolled back', true]);
    });
  },
  postgresOnly(),
);
