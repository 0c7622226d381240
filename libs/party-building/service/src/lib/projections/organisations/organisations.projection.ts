import { creditCodeOfOrganisationStream, type OrganisationEvent } from '@qinqing/party-building/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Enterprises' party organisations as a table: one row per enterprise, its latest record. The events stay the
 * history. Staff page it by credit code, all of it or only the ones not in place.
 */
export const ORGANISATIONS_DDL = [
  `
CREATE TABLE IF NOT EXISTS party_building_organisations (
  credit_code text PRIMARY KEY,
  enterprise_name text NOT NULL,
  full_members integer NOT NULL,
  probationary_members integer NOT NULL,
  type text NOT NULL,
  required_form text NOT NULL,
  may_also_form text[] NOT NULL,
  in_place boolean NOT NULL,
  founded_on text,
  superior_organisation text,
  secretary text,
  instructor text,
  term_started_on text,
  term_years integer,
  term_ends_on text,
  union_set_up boolean NOT NULL,
  youth_league_set_up boolean NOT NULL,
  records integer NOT NULL,
  recorded_at timestamptz NOT NULL
)`,
  'CREATE INDEX IF NOT EXISTS party_building_organisations_by_in_place ON party_building_organisations (in_place, credit_code)',
];

export const organisationsProjection: Projection = {
  name: 'party-building-organisations',
  eventTypes: ['OrganisationRecorded'],
  setup: async (db) => {
    for (const statement of ORGANISATIONS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM party_building_organisations');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const creditCode = creditCodeOfOrganisationStream(recorded.streamId);
    if (creditCode === null) return;
    const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
    if (event.type !== 'OrganisationRecorded') return;
    const d = event.data;
    await tx.query(
      `INSERT INTO party_building_organisations (credit_code, enterprise_name, full_members, probationary_members,
         type, required_form, may_also_form, in_place, founded_on, superior_organisation, secretary, instructor,
         term_started_on, term_years, term_ends_on, union_set_up, youth_league_set_up, records, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 1, $18)
       ON CONFLICT (credit_code) DO UPDATE SET enterprise_name = excluded.enterprise_name,
         full_members = excluded.full_members, probationary_members = excluded.probationary_members,
         type = excluded.type, required_form = excluded.required_form, may_also_form = excluded.may_also_form,
         in_place = excluded.in_place, founded_on = excluded.founded_on,
         superior_organisation = excluded.superior_organisation, secretary = excluded.secretary,
         instructor = excluded.instructor, term_started_on = excluded.term_started_on,
         term_years = excluded.term_years, term_ends_on = excluded.term_ends_on,
         union_set_up = excluded.union_set_up, youth_league_set_up = excluded.youth_league_set_up,
         records = party_building_organisations.records + 1, recorded_at = excluded.recorded_at`,
      [
        creditCode,
        d.enterpriseName,
        d.fullMembers,
        d.probationaryMembers,
        d.type,
        d.requiredForm,
        [...d.mayAlsoForm],
        d.inPlace,
        d.foundedOn,
        d.superiorOrganisation,
        d.secretary,
        d.instructor,
        d.termStartedOn,
        d.termYears,
        d.termEndsOn,
        d.union,
        d.youthLeague,
        d.recordedAt,
      ],
    );
  },
};
