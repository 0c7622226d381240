import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import { expectSecondaryIndexesRoundTrip } from '@qinqing/shared/event-store-testing';
import { expect, it } from 'vitest';
import { directoryProjection } from './directory.projection';

describeEachBackend('the liaison directory’s secondary indexes across a rebuild', (database) => {
  it('its 10 (the GIN one on tags, the one on the name in collation "C") come back exactly, from the catalog and from setup', async () => {
    expect(await expectSecondaryIndexesRoundTrip(database().db, directoryProjection)).toBe(10);
  });
});
