import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { eventStoreMigrations, type Migration } from './event-store.migrations';

export interface MigrationReport {
  /** Names of the migrations this call applied; empty when the schema was already current. */
  readonly applied: readonly string[];
}

/**
 * Brings the event store schema up to date; safe to run at every start. On PostgreSQL several processes
 * may start together: a transaction-scoped advisory lock makes them migrate one after the other, and each
 * sees what the previous one recorded. PGlite has a single connection, so it needs no lock.
 */
export const migrateEventStore = (
  db: SqlDatabase,
  migrations: readonly Migration[] = eventStoreMigrations,
): Promise<MigrationReport> =>
  db.transaction(async (tx) => {
    if (db.dialect === 'postgres') {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('qinqing.event-store.migrations'))`);
    }
    await tx.query(
      `CREATE TABLE IF NOT EXISTS es_schema_migrations (
        version int PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM es_schema_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: string[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO es_schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.name);
    }
    return { applied };
  });
