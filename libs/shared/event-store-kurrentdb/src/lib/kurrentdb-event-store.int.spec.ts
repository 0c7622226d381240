import { randomUUID } from 'node:crypto';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import { describeEventStoreContract } from '@qinqing/shared/event-store-testing';
import { inject } from 'vitest';
import { createKurrentDbEventStore } from './kurrentdb-event-store';

const connectionString = inject('kurrentDbConnectionString');
/**
 * One namespace per run, shared by all the run's stores (they must see the same streams). The contract
 * leaves an event of an unknown future schema version behind; inside the namespace, no other reader of
 * this database ever reads across it.
 */
const namespace = `contract-${randomUUID().slice(0, 8)}-`;
const stores: EventStore[] = [];

describeEventStoreContract(
  'KurrentDbEventStore on KurrentDB',
  {
    async createStore({ upcasters }) {
      if (connectionString === null) throw new Error('KURRENTDB_CONNECTION_STRING is not set');
      const store = createKurrentDbEventStore(connectionString, { upcasters, namespace });
      stores.push(store);
      return store;
    },
    async dispose() {
      await Promise.all(stores.map((store) => store.close()));
    },
  },
  {
    ...(connectionString === null ? { skipReason: 'KURRENTDB_CONNECTION_STRING is not set' } : {}),
    limitations: {
      eventIdsUniqueAcrossStreams: {
        missingBecause: 'KurrentDB deduplicates event ids per stream only (see the adapter README)',
      },
      multiStream: {
        missingBecause:
          'KurrentDB has no transaction across streams, so no atomic appendMany (see the adapter README)',
      },
    },
  },
);
