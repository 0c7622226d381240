import { beforeAll, expect, it } from 'vitest';
import { LogFollower, type NewEvent, UuidV7Generator } from '@qinqing/shared/event-sourcing';
import { describeEachBackend } from '../test-setup/test-backends';
import { PostgresCheckpointStore } from './checkpoints/postgres-checkpoint-store';
import { migrateEventStore } from './schema/migrate-event-store';
import { PostgresEventStore } from './store/postgres-event-store';

const uuids = new UuidV7Generator();
const checkpoints = new PostgresCheckpointStore();

const event = (type: string, n: number): NewEvent => ({
  eventId: uuids.next(),
  type,
  schemaVersion: 1,
  data: { n },
  metadata: {
    correlationId: uuids.next(),
    causationId: null,
    actorId: 'staff-1',
    actorRole: 'service-staff',
    occurredAt: '2026-12-06T08:00:00.000Z',
  },
});

describeEachBackend('LogFollower with maxPerTransaction', (database) => {
  let store: PostgresEventStore;

  beforeAll(async () => {
    await migrateEventStore(database().db);
    await checkpoints.setup(database().db);
    store = new PostgresEventStore(database().db);
  });

  it('applies a window holding more wanted events than the bound in several transactions, each at most that many', async () => {
    const stream = `bounded-${uuids.next()}`;
    const wanted = `Bounded${uuids.next().slice(-8)}`;
    // Ten wanted events with private ones between them, all inside one typed window (8 × batchSize 4 = 32).
    const events = Array.from({ length: 10 }, (_, n) => [event(wanted, n), event('Private', n)]).flat();
    await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
    const seen: { readonly n: number; readonly transaction: string }[] = [];
    const follower = new LogFollower({
      name: `bounded-${stream}`,
      store,
      db: database().db,
      checkpoints,
      eventTypes: [wanted],
      wants: (e) => e.streamId === stream && e.type === wanted,
      batchSize: 4,
      maxPerTransaction: 3,
      handle: async (e, tx) => {
        const { rows } = await tx.query<{ id: string }>('SELECT txid_current()::text AS id');
        seen.push({ n: (e.data as { n: number }).n, transaction: rows[0]?.id as string });
      },
    });
    await follower.catchUp();

    expect(seen.map((s) => s.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const perTransaction = new Map<string, number>();
    for (const { transaction } of seen)
      perTransaction.set(transaction, (perTransaction.get(transaction) ?? 0) + 1);
    // Where the windows fall depends on what else the log holds; within any of them, no more than three at once.
    const counts = [...perTransaction.values()];
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
    expect(counts.length).toBeGreaterThanOrEqual(4);
    // Each part moved the checkpoint: a follower of the same name starting again applies nothing twice.
    const again: number[] = [];
    const restarted = new LogFollower({
      name: `bounded-${stream}`,
      store,
      db: database().db,
      checkpoints,
      wants: (e) => e.streamId === stream && e.type === wanted,
      handle: async (e) => void again.push((e.data as { n: number }).n),
    });
    await restarted.catchUp();
    expect(again).toEqual([]);
  });
});
