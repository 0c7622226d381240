import { describeEventStoreContract } from '@qinqing/shared/event-store-testing';
import { openEmbeddedDatabase } from '../embedded/open-embedded-database';
import { migrateEventStore } from '../schema/migrate-event-store';
import type { PgliteDatabase } from '../sql/pglite-database';
import { PostgresEventStore } from './postgres-event-store';

const stores: PostgresEventStore[] = [];
let db: PgliteDatabase | null = null;

describeEventStoreContract('PostgresEventStore on PGlite', {
  async createStore({ upcasters }) {
    if (db === null) {
      db = await openEmbeddedDatabase({ dataDir: 'memory://' });
      await migrateEventStore(db);
    }
    const store = new PostgresEventStore(db, { upcasters });
    stores.push(store);
    return store;
  },
  async dispose() {
    for (const store of stores) await store.close();
    await db?.close();
  },
});
