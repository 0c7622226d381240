import {
  chamberOrganisationIdOfStream,
  type ChamberOrganisationRecorded,
  pairingIdOfStream,
  type PairingEvent,
} from '@qinqing/party-building/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** Chamber-of-commerce organisations and 四联四帮 pairings as tables, paged by id (ids sort by creation). */
export const JOINT_WORK_DDL = [
  `CREATE TABLE IF NOT EXISTS party_building_chamber_organisations (
     chamber_organisation_id text PRIMARY KEY,
     chamber_name text NOT NULL,
     chamber_kind text NOT NULL,
     organisation_type text NOT NULL,
     full_members integer NOT NULL,
     probationary_members integer NOT NULL,
     member_enterprises integer NOT NULL,
     superior_organisation text NOT NULL,
     recorded_on text NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS party_building_pairings (
     pairing_id text PRIMARY KEY,
     branch_name text NOT NULL,
     department text NOT NULL,
     enterprises text[] NOT NULL,
     started_on text NOT NULL,
     ends_on text,
     ended_on text
   )`,
];

export const jointWorkProjection: Projection = {
  name: 'party-building-joint-work',
  eventTypes: ['ChamberOrganisationRecorded', 'PairingStarted', 'PairingEnded'],
  setup: async (db) => {
    for (const statement of JOINT_WORK_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM party_building_chamber_organisations');
    await tx.query('DELETE FROM party_building_pairings');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const chamberId = chamberOrganisationIdOfStream(recorded.streamId);
    if (chamberId !== null && recorded.type === 'ChamberOrganisationRecorded') {
      const d = recorded.data as ChamberOrganisationRecorded['data'];
      await tx.query(
        `INSERT INTO party_building_chamber_organisations (chamber_organisation_id, chamber_name, chamber_kind,
           organisation_type, full_members, probationary_members, member_enterprises, superior_organisation,
           recorded_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (chamber_organisation_id) DO NOTHING`,
        [
          chamberId,
          d.chamberName,
          d.chamberKind,
          d.organisationType,
          d.fullMembers,
          d.probationaryMembers,
          d.memberEnterprises,
          d.superiorOrganisation,
          d.recordedOn,
        ],
      );
      return;
    }
    const pairingId = pairingIdOfStream(recorded.streamId);
    if (pairingId === null) return;
    const event = { type: recorded.type, data: recorded.data } as PairingEvent;
    if (event.type === 'PairingStarted')
      await tx.query(
        `INSERT INTO party_building_pairings (pairing_id, branch_name, department, enterprises, started_on, ends_on)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (pairing_id) DO NOTHING`,
        [
          pairingId,
          event.data.branchName,
          event.data.department,
          [...event.data.enterprises],
          event.data.startedOn,
          event.data.endsOn,
        ],
      );
    else if (event.type === 'PairingEnded')
      await tx.query('UPDATE party_building_pairings SET ended_on = $2 WHERE pairing_id = $1', [
        pairingId,
        event.data.endedOn,
      ]);
  },
};
