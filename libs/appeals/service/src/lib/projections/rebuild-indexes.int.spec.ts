import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import { expectSecondaryIndexesRoundTrip } from '@qinqing/shared/event-store-testing';
import { expect, it } from 'vitest';
import { performanceProjection } from './rates/performance.projection';
import { requestsProjection } from './requests/requests.projection';

describeEachBackend('the appeals read models’ secondary indexes across a rebuild', (database) => {
  it('the request list’s 15 (the GIN one on name bigrams, the partial ones) come back exactly, from the catalog and from setup', async () => {
    expect(await expectSecondaryIndexesRoundTrip(database().db, requestsProjection)).toBe(15);
  });

  it('the rates’ tables have none to set aside: the rates read the unit days by their key', async () => {
    expect(await expectSecondaryIndexesRoundTrip(database().db, performanceProjection)).toBe(0);
  });
});
