import {
  RequestAcceptedV1,
  RequestOverdueV1,
  RequestResolvedV1,
  RequestSentBackV1,
} from '@qinqing/appeals/contracts';
import type { IntegrationEventDefinition } from '@qinqing/shared/contracts-kit';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { randomUUID } from 'node:crypto';
import { batchContext } from '../../test-setup/batch-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_REQUESTS_CONSUMER, OfficialRequestsConsumer } from './official-activity.replica';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

/** What the handler reads of a checked progress event: its type and request (the transport checked the rest). */
const progress = (definition: IntegrationEventDefinition, requestId: string) => ({
  id: randomUUID(),
  type: definition.type,
  data: { requestId },
});

/** The visit requests' states from appeals' progress events, a batch at a time. */
describe('the official-requests replica (PGlite)', () => {
  let db: PgliteDatabase;
  let consumer: OfficialRequestsConsumer;

  beforeAll(async () => {
    db = await openTestPglite();
    consumer = new OfficialRequestsConsumer(db);
    await consumer.onModuleInit();
    for (const requestId of ['visit-1', 'visit-2'])
      await db.query(
        `INSERT INTO service_centre_official_requests (request_id, pairing_id, official_id, credit_code,
           enterprise_name, title, raised_on, state)
         VALUES ($1, 'pairing-1', 'official-zhou', '91330203MA2H5K7P7A', '宁波甬创', '用工难', '2026-12-01', 'raised')`,
        [requestId],
      );
  });
  afterAll(() => db.close());

  it('leaves each visit request in the state of its last event in the batch, and touches no other request', async () => {
    const batch = [
      progress(RequestAcceptedV1, 'visit-1'),
      progress(RequestAcceptedV1, 'kiosk-9'),
      progress(RequestSentBackV1, 'visit-2'),
      progress(RequestResolvedV1, 'visit-1'),
      progress(RequestOverdueV1, 'visit-2'),
    ];
    await db.transaction((tx) =>
      consumer.progressed(
        batch as never,
        batchContext(OFFICIAL_REQUESTS_CONSUMER, RequestAcceptedV1.topic, tx, batch.length),
      ),
    );

    const { rows } = await db.query(
      'SELECT request_id, state FROM service_centre_official_requests ORDER BY 1',
    );
    expect(rows).toEqual([
      { request_id: 'visit-1', state: 'resolved' },
      { request_id: 'visit-2', state: 'overdue' },
    ]);
  });
});
