import { RequestStaffActedV1, RequestSubmittedV1 } from '@qinqing/appeals/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import fc from 'fast-check';
import { inRolledBackTransaction } from '@qinqing/shared/testing';
import { batchContext } from '../../test-setup/batch-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OFFICIAL_REQUEST_ACTS_CONSUMER,
  OfficialRequestActsConsumer,
} from './official-request-acts.consumer';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

/** What the handler reads of a checked event (the transport checked it against its contract). */
const submitted = (requestId: string) => ({
  id: `submitted-${requestId}`,
  type: RequestSubmittedV1.type,
  data: {
    requestId,
    enterpriseCreditCode: '91330203MA2H5K7P7A',
    enterpriseName: '宁波甬创',
    category: 'labour',
    submittedAt: '2026-12-01T01:00:00.000Z',
  },
});
const acted = (n: number, accountId: string, requestId: string, action: string, minute: number) => ({
  id: `acted-${n}`,
  type: RequestStaffActedV1.type,
  data: { accountId, requestId, action, actedAt: new Date(Date.UTC(2026, 11, 2, 1, minute)).toISOString() },
});

/** The flagged review's requests and acts, a batch at a time, against the same events one by one. */
describe('the official request acts replica (PGlite)', () => {
  let db: PgliteDatabase;
  let consumer: OfficialRequestActsConsumer;

  const apply = (tx: SqlExecutor, events: readonly unknown[]) =>
    consumer.acted(
      events as never,
      batchContext(OFFICIAL_REQUEST_ACTS_CONSUMER, RequestSubmittedV1.topic, tx, events.length),
    );
  /** The three tables after `work`, rolled back. */
  const after = (work: (tx: SqlExecutor) => Promise<void>) =>
    inRolledBackTransaction(db, async (tx) => {
      await work(tx);
      const rows = async (sql: string) => (await tx.query(sql)).rows;
      return {
        enterprises: await rows('SELECT * FROM service_centre_request_enterprises ORDER BY request_id'),
        approvals: await rows('SELECT * FROM service_centre_official_request_approvals ORDER BY approval_id'),
        handled: await rows(
          'SELECT * FROM service_centre_official_handled_requests ORDER BY account_id, request_id',
        ),
      };
    });

  beforeAll(async () => {
    db = await openTestPglite();
    consumer = new OfficialRequestActsConsumer(db);
    await consumer.onModuleInit();
  });
  afterAll(() => db.close());

  it('keeps each kind of act once per account and request, in the order first done, and approvals apart', async () => {
    expect(
      await after((tx) =>
        apply(tx, [
          submitted('r1'),
          acted(1, 'handler.li', 'r1', 'accepted', 1),
          acted(2, 'handler.li', 'r1', 'replied', 2),
          acted(3, 'handler.li', 'r1', 'accepted', 3),
          acted(4, 'supervisor.zhao', 'r1', 'extension-approved', 4),
          acted(5, 'handler.li', 'r1', 'resolved', 5),
        ]),
      ),
    ).toMatchObject({
      enterprises: [{ request_id: 'r1', credit_code: '91330203MA2H5K7P7A' }],
      approvals: [{ approval_id: 'acted-4', account_id: 'supervisor.zhao', action: 'extension-approved' }],
      handled: [{ account_id: 'handler.li', request_id: 'r1', actions: ['accepted', 'replied', 'resolved'] }],
    });
  });

  it('a batch leaves what its events one by one leave, after whatever came before', async () => {
    const event = fc.oneof(
      fc.constantFrom('r1', 'r2').map(submitted),
      fc
        .tuple(
          fc.nat({ max: 1_000_000 }),
          fc.constantFrom('handler.li', 'handler.wu'),
          fc.constantFrom('r1', 'r2'),
          fc.constantFrom('accepted', 'replied', 'resolved', 'sent-back', 'extension-approved'),
          fc.nat({ max: 59 }),
        )
        .map(([n, account, request, action, minute]) => acted(n, account, request, action, minute)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 8 }),
        fc.array(event, { maxLength: 12 }),
        async (earlier, batch) => {
          const together = await after(async (tx) => {
            await apply(tx, earlier);
            await apply(tx, batch);
          });
          const oneByOne = await after(async (tx) => {
            await apply(tx, earlier);
            for (const e of batch) await apply(tx, [e]);
          });
          expect(together).toEqual(oneByOne);
        },
      ),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
