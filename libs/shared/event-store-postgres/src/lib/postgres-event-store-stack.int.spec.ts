import { describe, expect, it } from 'vitest';
import { openTestPglite } from '../test-setup/test-pglite';
import { createPostgresEventStoreStack } from './postgres-event-store-stack';

describe('createPostgresEventStoreStack', () => {
  it('migrates and sets up store, checkpoints and inbox on one database, and closes it', async () => {
    const stack = await createPostgresEventStoreStack(await openTestPglite());
    const { store, checkpoints, inbox, db } = stack;

    const { events } = await store.appendToStream(
      'stack-1',
      [
        {
          eventId: '0190f5a4-0000-7000-8000-000000000001',
          type: 'Opened',
          schemaVersion: 1,
          data: {},
          metadata: {
            correlationId: 'c',
            causationId: null,
            actorId: 'a',
            actorRole: 'r',
            occurredAt: '2025-01-01T00:00:00.000Z',
          },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    await db.transaction(async (tx) => {
      await checkpoints.save(tx, 'stack', events[0]?.cursor ?? null);
      expect(await inbox.markHandled(tx, 'stack', 'message-1')).toBe(true);
    });
    expect(await db.transaction((tx) => checkpoints.loadForUpdate(tx, 'stack'))).toBe(events[0]?.cursor);

    await stack.close();
    await expect(store.readStream('stack-1')).rejects.toThrow(/closed/);
    await expect(db.query('SELECT 1')).rejects.toThrow();
  });
});
