import { expect, it } from 'vitest';
import { describeEachBackend, postgresOnly } from '../../test-setup/test-backends';
import type { Migration } from './event-store.migrations';
import { migrateEventStore } from './migrate-event-store';

describeEachBackend('migrateEventStore', (database) => {
  it('creates the schema once and does nothing on later runs', async () => {
    const { db } = database();
    expect(await migrateEventStore(db)).toEqual({ applied: ['create es_events'] });
    expect(await migrateEventStore(db)).toEqual({ applied: [] });
    expect((await db.query('SELECT version, name FROM es_schema_migrations')).rows).toEqual([
      { version: 1, name: 'create es_events' },
    ]);
    const { rows } = await db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_name = 'es_events' AND column_name IN ('transaction_id', 'global_position')
       ORDER BY column_name`,
    );
    expect(rows).toEqual([
      { column_name: 'global_position', data_type: 'bigint' },
      { column_name: 'transaction_id', data_type: 'xid8' },
    ]);
  });

  it('applies migrations in version order, and none of a migration that fails', async () => {
    const { db } = database();
    const later: Migration = {
      version: 1002,
      name: 'child table',
      statements: ['CREATE TABLE m_child (parent int NOT NULL REFERENCES m_parent (id))'],
    };
    const earlier: Migration = {
      version: 1001,
      name: 'parent table',
      statements: ['CREATE TABLE m_parent (id int PRIMARY KEY)'],
    };
    expect(await migrateEventStore(db, [later, earlier])).toEqual({
      applied: ['parent table', 'child table'],
    });

    const broken: Migration = {
      version: 1003,
      name: 'broken',
      statements: ['CREATE TABLE m_half (id int)', 'CREATE TABLE m_broken (id no_such_type)'],
    };
    await expect(migrateEventStore(db, [earlier, later, broken])).rejects.toThrow(/no_such_type/);
    const { rows } = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_name IN ('m_half', 'm_broken')`,
    );
    expect(rows).toEqual([]);
    expect((await db.query('SELECT version FROM es_schema_migrations WHERE version = 1003')).rows).toEqual(
      [],
    );
  });
});

describeEachBackend(
  'migrateEventStore from several processes starting together',
  (database) => {
    it('migrates exactly once', async () => {
      const processes = [
        database().db,
        ...(await Promise.all([1, 2, 3, 4, 5].map(() => database().connectAgain()))),
      ];
      const reports = await Promise.all(processes.map((db) => migrateEventStore(db)));
      expect(reports.filter((report) => report.applied.length > 0)).toEqual([
        { applied: ['create es_events'] },
      ]);
      expect((await database().db.query('SELECT version FROM es_schema_migrations')).rows).toEqual([
        { version: 1 },
      ]);
    });
  },
  postgresOnly(),
);
