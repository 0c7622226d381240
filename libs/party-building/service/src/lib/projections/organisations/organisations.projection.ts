import {
  creditCodeOfOrganisationStream,
  type OrganisationEvent,
  type OrganisationRecorded,
} from '@qinqing/party-building/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  applyCoverage,
  COVERAGE_DDL,
  resetOrganisationCoverage,
} from '../../organisation-coverage/enterprise-coverage';

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
  recorded_at timestamptz NOT NULL,
  alert_required_form text,
  alert_raised_on text,
  alert_due_on text,
  alert_escalated_on text,
  reminded_6_for text,
  reminded_3_for text
)`,
  'CREATE INDEX IF NOT EXISTS party_building_organisations_by_in_place ON party_building_organisations (in_place, credit_code)',
  `CREATE INDEX IF NOT EXISTS party_building_organisations_open_alerts
     ON party_building_organisations (alert_due_on, credit_code) WHERE alert_due_on IS NOT NULL`,
  // Where escalations go: the supervisors' list of escalated alerts still open (GET /alerts?escalated=true).
  `CREATE INDEX IF NOT EXISTS party_building_organisations_escalated_alerts
     ON party_building_organisations (alert_escalated_on, credit_code) WHERE alert_escalated_on IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS party_building_organisations_by_term_end
     ON party_building_organisations (term_ends_on) WHERE term_ends_on IS NOT NULL`,
  // The reminders list: only terms whose reminder is given for the term as it now stands.
  `CREATE INDEX IF NOT EXISTS party_building_organisations_reminded_terms
     ON party_building_organisations (term_ends_on, credit_code)
     WHERE reminded_6_for = term_ends_on OR reminded_3_for = term_ends_on`,
];

export const organisationsProjection: Projection = {
  name: 'party-building-organisations',
  eventTypes: [
    'OrganisationRecorded',
    'OrganisationAlertRaised',
    'OrganisationAlertEscalated',
    'OrganisationAlertResolved',
    'TermReminderDue',
  ],
  setup: async (db) => {
    for (const statement of [...ORGANISATIONS_DDL, ...COVERAGE_DDL]) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM party_building_organisations');
    await resetOrganisationCoverage(tx);
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const creditCode = creditCodeOfOrganisationStream(recorded.streamId);
    if (creditCode === null) return;
    const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
    switch (event.type) {
      case 'OrganisationRecorded': {
        await recordedOrganisation(tx, creditCode, event.data);
        // Organisation coverage: its own organisation or a joint branch; work coverage: that, or an instructor.
        const organised = event.data.type !== 'none';
        await applyCoverage(tx, creditCode, {
          organisation: { organised, worked: organised || event.data.instructor !== null },
        });
        return;
      }
      case 'OrganisationAlertRaised':
        await tx.query(
          `UPDATE party_building_organisations SET alert_required_form = $2, alert_raised_on = $3, alert_due_on = $4,
             alert_escalated_on = NULL WHERE credit_code = $1`,
          [creditCode, event.data.requiredForm, event.data.raisedOn, event.data.dueOn],
        );
        return;
      case 'OrganisationAlertEscalated':
        await tx.query(
          'UPDATE party_building_organisations SET alert_escalated_on = $2 WHERE credit_code = $1',
          [creditCode, event.data.escalatedOn],
        );
        return;
      case 'OrganisationAlertResolved':
        await tx.query(
          `UPDATE party_building_organisations SET alert_required_form = NULL, alert_raised_on = NULL,
             alert_due_on = NULL, alert_escalated_on = NULL WHERE credit_code = $1`,
          [creditCode],
        );
        return;
      case 'TermReminderDue':
        await tx.query(
          `UPDATE party_building_organisations SET ${event.data.monthsBefore === 6 ? 'reminded_6_for' : 'reminded_3_for'} = $2
           WHERE credit_code = $1`,
          [creditCode, event.data.termEndsOn],
        );
        return;
      default:
        return;
    }
  },
};

const recordedOrganisation = async (
  tx: SqlExecutor,
  creditCode: string,
  d: OrganisationRecorded['data'],
): Promise<void> => {
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
};
