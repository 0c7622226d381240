import {
  createTestDatabase,
  describeEventStoreContract,
  type TestDatabase,
} from '@qinqing/shared/event-store-testing';
import { testDatabaseUrl } from '../../test-setup/test-backends';
import { migrateEventStore } from '../schema/migrate-event-store';
import { openPostgresDatabase } from '../sql/open-postgres-database';
import type { PgDatabase } from '../sql/pg-database';
import { PostgresEventStore } from './postgres-event-store';

const databaseUrl = testDatabaseUrl();
let database: TestDatabase | null = null;
const stores: PostgresEventStore[] = [];
let db: PgDatabase | null = null;

describeEventStoreContract(
  'PostgresEventStore on PostgreSQL',
  {
    async createStore({ upcasters }) {
      if (db === null) {
        if (databaseUrl === null) throw new Error('DATABASE_URL is not set');
        database = await createTestDatabase(databaseUrl);
        db = await openPostgresDatabase(database.url);
        await migrateEventStore(db);
      }
      const store = new PostgresEventStore(db, { upcasters });
      stores.push(store);
      return store;
    },
    async dispose() {
      for (const store of stores) await store.close();
      await db?.close();
      await database?.drop();
    },
  },
  databaseUrl === null ? { skipReason: 'DATABASE_URL is not set' } : {},
);
