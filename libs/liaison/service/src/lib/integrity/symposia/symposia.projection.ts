import { type SymposiumEvent, symposiumIdOfStream } from '@qinqing/liaison/domain';
import type { Projection, RecordedEvent } from '@qinqing/shared/event-sourcing';

/** One row per symposium; a jurisdiction's year is one range of (jurisdiction, date). Problems in their own table. */
export const SYMPOSIA_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS liaison_symposia (
    symposium_id TEXT PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    convener_unit_id TEXT NOT NULL,
    status TEXT NOT NULL,
    enterprises JSONB NOT NULL DEFAULT '[]',
    chambers JSONB NOT NULL DEFAULT '[]'
  )`,
  'CREATE INDEX IF NOT EXISTS liaison_symposia_by_jurisdiction ON liaison_symposia (jurisdiction, date, symposium_id)',
  `CREATE TABLE IF NOT EXISTS liaison_symposium_problems (
    problem_id TEXT PRIMARY KEY,
    symposium_id TEXT NOT NULL,
    enterprise_credit_code TEXT NOT NULL,
    enterprise_name TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS liaison_symposium_problems_by_symposium ON liaison_symposium_problems (symposium_id, problem_id)',
];

export const symposiaProjection: Projection = {
  name: 'liaison-symposia',
  eventTypes: ['SymposiumScheduled', 'SymposiumAttendanceRecorded', 'SymposiumProblemRaised'],
  setup: async (db) => {
    for (const statement of SYMPOSIA_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM liaison_symposia');
    await tx.query('DELETE FROM liaison_symposium_problems');
  },
  apply: async (recorded: RecordedEvent, tx) => {
    const symposiumId = symposiumIdOfStream(recorded.streamId);
    if (symposiumId === null) return;
    const event = { type: recorded.type, data: recorded.data } as SymposiumEvent;
    switch (event.type) {
      case 'SymposiumScheduled':
        await tx.query(
          `INSERT INTO liaison_symposia (symposium_id, jurisdiction, title, date, convener_unit_id, status)
           VALUES ($1, $2, $3, $4, $5, 'scheduled') ON CONFLICT (symposium_id) DO NOTHING`,
          [
            symposiumId,
            event.data.jurisdiction,
            event.data.title,
            event.data.date,
            event.data.convenerUnitId,
          ],
        );
        return;
      case 'SymposiumAttendanceRecorded':
        await tx.query(
          `UPDATE liaison_symposia SET status = 'held', enterprises = $2, chambers = $3 WHERE symposium_id = $1`,
          [symposiumId, JSON.stringify(event.data.enterprises), JSON.stringify(event.data.chambers)],
        );
        return;
      case 'SymposiumProblemRaised': {
        const d = event.data;
        await tx.query(
          `INSERT INTO liaison_symposium_problems (problem_id, symposium_id, enterprise_credit_code, enterprise_name,
             title, description, contact_name, contact_phone) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (problem_id) DO NOTHING`,
          [
            d.problemId,
            symposiumId,
            d.enterprise.creditCode,
            d.enterprise.name,
            d.title,
            d.description,
            d.contact.name,
            d.contact.phone,
          ],
        );
        return;
      }
    }
  },
};
