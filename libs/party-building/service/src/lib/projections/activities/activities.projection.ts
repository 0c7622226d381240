import {
  activityIdOfStream,
  activityOrganisationKey,
  type ActivityRecorded,
} from '@qinqing/party-building/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** Activities per organisation, newest first by an index on (organisation, date, id). */
export const ACTIVITIES_DDL = [
  `CREATE TABLE IF NOT EXISTS party_building_activities (
     activity_id text PRIMARY KEY,
     organisation_key text NOT NULL,
     kind text NOT NULL,
     held_on text NOT NULL,
     title text NOT NULL,
     participants integer NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS party_building_activities_by_organisation
     ON party_building_activities (organisation_key, held_on DESC, activity_id DESC)`,
];

export const activitiesProjection: Projection = {
  name: 'party-building-activities',
  eventTypes: ['ActivityRecorded'],
  setup: async (db) => {
    for (const statement of ACTIVITIES_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM party_building_activities');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const activityId = activityIdOfStream(recorded.streamId);
    if (activityId === null || recorded.type !== 'ActivityRecorded') return;
    const d = recorded.data as ActivityRecorded['data'];
    await tx.query(
      `INSERT INTO party_building_activities (activity_id, organisation_key, kind, held_on, title, participants)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (activity_id) DO NOTHING`,
      [
        activityId,
        activityOrganisationKey(d.organisationKind, d.organisationId),
        d.kind,
        d.heldOn,
        d.title,
        d.participants,
      ],
    );
  },
};
