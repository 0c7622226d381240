import type { EventStore, SqlDatabase, UpcasterRegistry } from '@qinqing/shared/event-sourcing';
import {
  migrateEventStore,
  openEmbeddedDatabase,
  openPostgresDatabase,
  PostgresEventStore,
} from '@qinqing/shared/event-store-postgres';
import type { StorageOptions } from './event-sourcing.options';

export interface OpenStorage {
  readonly db: SqlDatabase;
  readonly store: EventStore;
  close(): Promise<void>;
}

const openSql = (location: { dataDir: string } | { databaseUrl: string }): Promise<SqlDatabase> =>
  'dataDir' in location
    ? openEmbeddedDatabase({ dataDir: location.dataDir })
    : openPostgresDatabase(location.databaseUrl);

/** Opens the configured event store and the SQL database that holds read models next to it. */
export const openStorage = async (
  options: StorageOptions,
  upcasters: UpcasterRegistry,
): Promise<OpenStorage> => {
  switch (options.eventStore) {
    case 'pglite':
    case 'postgres': {
      const db = await openSql(
        options.eventStore === 'pglite' ? { dataDir: options.dataDir } : { databaseUrl: options.databaseUrl },
      );
      await migrateEventStore(db);
      const store = new PostgresEventStore(db, { upcasters });
      return { db, store, close: async () => db.close() };
    }
    case 'kurrentdb': {
      // The KurrentDB client (gRPC and its generated protobuf code, about 3 MB of source text) is loaded only
      // when it is the configured store: the one-process app on PGlite or PostgreSQL never holds it.
      const { createKurrentDbEventStore } = await import('@qinqing/shared/event-store-kurrentdb');
      const db = await openSql(options.readModels);
      const store = createKurrentDbEventStore(options.kurrentDbConnectionString, { upcasters });
      return {
        db,
        store,
        close: async () => {
          await store.close();
          await db.close();
        },
      };
    }
  }
};
