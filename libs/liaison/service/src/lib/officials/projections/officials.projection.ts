import type { OfficialEvent, PairingRegisterEvent, VisitLogged } from '@qinqing/liaison/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Read models of officials, pairings and visits: lists, the compliance view and the discipline inspectors'
 * breach list read these, each query by an index (officials by unit, pairings by official and by unit, visits
 * by pairing and date, breaches by visit id), never a whole table.
 */
export const OFFICIALS_TABLES_DDL = `
CREATE TABLE IF NOT EXISTS liaison_officials (
  account_id text PRIMARY KEY,
  name text NOT NULL,
  unit_id text NOT NULL,
  superior_account_id text NOT NULL,
  office_channel text
);
ALTER TABLE liaison_officials ADD COLUMN IF NOT EXISTS office_channel text;
CREATE INDEX IF NOT EXISTS liaison_officials_unit ON liaison_officials (unit_id, account_id);
ALTER TABLE liaison_officials ADD COLUMN IF NOT EXISTS jurisdiction text;
CREATE TABLE IF NOT EXISTS liaison_pairings (
  pairing_id text PRIMARY KEY,
  official_id text NOT NULL,
  official_unit_id text NOT NULL,
  credit_code text NOT NULL,
  enterprise_name text NOT NULL,
  category text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  end_reason text,
  exception_justification text
);
CREATE INDEX IF NOT EXISTS liaison_pairings_official ON liaison_pairings (official_id, pairing_id);
CREATE INDEX IF NOT EXISTS liaison_pairings_unit ON liaison_pairings (official_unit_id, pairing_id);
CREATE INDEX IF NOT EXISTS liaison_pairings_enterprise ON liaison_pairings (credit_code);
CREATE TABLE IF NOT EXISTS liaison_visits (
  visit_id text PRIMARY KEY,
  pairing_id text NOT NULL,
  official_id text NOT NULL,
  official_unit_id text NOT NULL,
  credit_code text NOT NULL,
  enterprise_name text NOT NULL,
  visit_date date NOT NULL,
  form text NOT NULL,
  problem_count int NOT NULL,
  breaches text[] NOT NULL,
  conduct_note text,
  logged_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS liaison_visits_pairing ON liaison_visits (pairing_id, visit_date);
CREATE INDEX IF NOT EXISTS liaison_visits_enterprise ON liaison_visits (credit_code, visit_date, visit_id);
CREATE INDEX IF NOT EXISTS liaison_visits_breaches ON liaison_visits (visit_id) WHERE cardinality(breaches) > 0;
`;

type Event = OfficialEvent | PairingRegisterEvent | VisitLogged;

export const officialsProjection: Projection = {
  name: 'liaison-officials',
  eventTypes: [
    'OfficialRegistered',
    'OfficialProfileChanged',
    'PairingStarted',
    'PairingEnded',
    'VisitLogged',
  ],
  async setup(db: SqlExecutor): Promise<void> {
    // One statement per query: PGlite's extended protocol takes no multi-statement text.
    for (const statement of OFFICIALS_TABLES_DDL.split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      await db.query(statement);
    }
  },
  async reset(tx: SqlExecutor): Promise<void> {
    await tx.query('TRUNCATE liaison_officials, liaison_pairings, liaison_visits');
  },
  async apply(recorded: RecordedEvent, tx: SqlExecutor): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as Event;
    switch (event.type) {
      case 'OfficialRegistered':
      case 'OfficialProfileChanged':
        // jurisdiction NULL: recorded before jurisdictions were, so under the deployment's.
        await tx.query(
          `INSERT INTO liaison_officials (account_id, name, unit_id, superior_account_id, jurisdiction, office_channel)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (account_id) DO UPDATE SET name = $2, unit_id = $3, superior_account_id = $4,
             jurisdiction = $5, office_channel = $6`,
          [
            event.data.accountId,
            event.data.name,
            event.data.unitId,
            event.data.superiorAccountId,
            event.data.jurisdiction ?? null,
            // Events from before the office channel existed have none.
            event.data.officeChannel ?? null,
          ],
        );
        return;
      case 'PairingStarted':
        await tx.query(
          `INSERT INTO liaison_pairings (pairing_id, official_id, official_unit_id, credit_code, enterprise_name,
             category, start_date, exception_justification)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (pairing_id) DO NOTHING`,
          [
            event.data.pairingId,
            event.data.officialId,
            event.data.officialUnitId,
            event.data.enterprise.creditCode,
            event.data.enterprise.name,
            event.data.category,
            event.data.startDate,
            event.data.exception?.justification ?? null,
          ],
        );
        return;
      case 'PairingEnded':
        await tx.query('UPDATE liaison_pairings SET end_date = $2, end_reason = $3 WHERE pairing_id = $1', [
          event.data.pairingId,
          event.data.endDate,
          event.data.reason,
        ]);
        return;
      case 'VisitLogged':
        await tx.query(
          `INSERT INTO liaison_visits (visit_id, pairing_id, official_id, official_unit_id, credit_code,
             enterprise_name, visit_date, form, problem_count, breaches, conduct_note, logged_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (visit_id) DO NOTHING`,
          [
            event.data.visitId,
            event.data.pairingId,
            event.data.officialId,
            event.data.officialUnitId,
            event.data.enterprise.creditCode,
            event.data.enterprise.name,
            event.data.date,
            event.data.form,
            event.data.problems.length,
            [...event.data.breaches],
            event.data.conduct.note ?? null,
            event.data.loggedAt,
          ],
        );
        return;
      default:
        return;
    }
  },
};
