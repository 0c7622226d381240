import { type RowWrite, runRowWrites, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { requestsProjection } from './requests.projection';
import {
  closeOrder,
  escalateOrder,
  markFollowUp,
  remindOrder,
  trackFollowUp,
  trackOrder,
} from './side-writes';

const requestId = fc.constantFrom('req-1', 'req-2');
const orderId = fc.constantFrom('order-1', 'order-2', 'order-3');
const followUp = fc.constantFrom('callback', 'rectification');
const due = fc.constantFrom('2026-01-05', '2026-02-27', '2026-03-31');

/** Every kind of side write, over a few rows, so that writes of one row meet in a batch. */
const sideWrite: fc.Arbitrary<RowWrite[]> = fc.oneof(
  fc.tuple(requestId, orderId, due).map(([r, o, d]) => trackOrder(r, o, d)),
  orderId.map((o) => [remindOrder(o)]),
  fc.tuple(orderId, fc.integer({ min: 2, max: 3 }), due).map(([o, l, d]) => [escalateOrder(o, l, d)]),
  orderId.map((o) => [closeOrder(o)]),
  fc.tuple(requestId, followUp, due).map(([r, f, d]) => trackFollowUp(r, f, d)),
  fc
    .tuple(requestId, followUp, fc.constantFrom('done', 'reminded', 'missed') as fc.Arbitrary<'done'>)
    .map(([r, f, flag]) => [markFollowUp(r, f, flag)]),
);

const dump = async (db: SqlDatabase) => ({
  orders: (await db.query('SELECT * FROM appeals_supervision_orders ORDER BY order_id')).rows,
  followUps: (await db.query('SELECT * FROM appeals_follow_ups ORDER BY request_id, follow_up')).rows,
});

const empty = (db: SqlDatabase) =>
  db.query('TRUNCATE appeals_supervision_orders, appeals_follow_ups').then(() => undefined);

describeEachBackend('appeals-requests’ side writes in runs', (database) => {
  beforeAll(async () => {
    await requestsProjection.setup(database().db);
  });

  it('leave the 督办 orders and follow-ups as the same writes one by one, whatever rows and kinds a batch mixes', async () => {
    const { db } = database();
    await fc.assert(
      fc.asyncProperty(fc.array(sideWrite, { minLength: 1, maxLength: 25 }), async (events) => {
        const writes = events.flat();
        await empty(db);
        for (const write of writes) await db.transaction((tx) => runRowWrites(tx, [write]));
        const oneByOne = await dump(db);
        await empty(db);
        await db.transaction((tx) => runRowWrites(tx, writes));
        expect(await dump(db)).toEqual(oneByOne);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('keep the last of a row’s value-setting writes when they share a statement', async () => {
    const { db } = database();
    await empty(db);
    await db.transaction((tx) =>
      runRowWrites(tx, [
        ...trackOrder('req-1', 'order-1', '2026-01-05'),
        ...trackFollowUp('req-1', 'callback', '2026-01-05'),
      ]),
    );
    await db.transaction((tx) =>
      runRowWrites(tx, [
        escalateOrder('order-1', 2, '2026-02-27'),
        escalateOrder('order-1', 3, '2026-03-31'),
        ...trackFollowUp('req-1', 'callback', '2026-02-27'),
        ...trackFollowUp('req-1', 'callback', '2026-03-31'),
      ]),
    );
    const { orders, followUps } = await dump(db);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.['level']).toBe(3);
    expect(followUps).toHaveLength(1);
    expect((await db.query<{ due: string }>('SELECT due::text AS due FROM appeals_follow_ups')).rows).toEqual(
      [{ due: '2026-03-31' }],
    );
    expect(
      (await db.query<{ due: string }>('SELECT due::text AS due FROM appeals_supervision_orders')).rows,
    ).toEqual([{ due: '2026-03-31' }]);
  });
});
