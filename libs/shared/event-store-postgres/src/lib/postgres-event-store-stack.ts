import type { SqlDatabase, UpcasterRegistry } from '@qinqing/shared/event-sourcing';
import { PostgresCheckpointStore } from './checkpoints/postgres-checkpoint-store';
import { PostgresConsumerInbox } from './inbox/postgres-consumer-inbox';
import { migrateEventStore } from './schema/migrate-event-store';
import { PostgresEventStore } from './store/postgres-event-store';

export interface PostgresEventStoreStack {
  readonly db: SqlDatabase;
  readonly store: PostgresEventStore;
  readonly checkpoints: PostgresCheckpointStore;
  readonly inbox: PostgresConsumerInbox;
  /** Closes the store, then the database. */
  close(): Promise<void>;
}

/** Migrates and sets up everything an app needs from one database; takes ownership of `db`. */
export const createPostgresEventStoreStack = async (
  db: SqlDatabase,
  options: { readonly upcasters?: UpcasterRegistry } = {},
): Promise<PostgresEventStoreStack> => {
  await migrateEventStore(db);
  const checkpoints = new PostgresCheckpointStore();
  const inbox = new PostgresConsumerInbox();
  await checkpoints.setup(db);
  await inbox.setup(db);
  const store = new PostgresEventStore(db, options);
  return {
    db,
    store,
    checkpoints,
    inbox,
    close: async () => {
      await store.close();
      await db.close();
    },
  };
};
