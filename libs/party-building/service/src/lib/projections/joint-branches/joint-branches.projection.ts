import { jointBranchIdOfStream, type JointBranchEvent } from '@qinqing/party-building/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Joint branches as tables: one row per joint branch (paged by id, which sorts by creation) and one per unit
 * (an enterprise is in at most one joint branch, so its credit code is the key; the organisation record links
 * to its joint branch through it).
 */
export const JOINT_BRANCHES_DDL = [
  `CREATE TABLE IF NOT EXISTS party_building_joint_branches (
     joint_branch_id text PRIMARY KEY,
     name text NOT NULL,
     superior_organisation text NOT NULL,
     secretary text NOT NULL,
     founded_on text NOT NULL,
     term_started_on text NOT NULL,
     term_years integer NOT NULL,
     term_ends_on text NOT NULL,
     unit_count integer NOT NULL,
     formed_at timestamptz NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS party_building_joint_branch_units (
     credit_code text PRIMARY KEY,
     joint_branch_id text NOT NULL,
     enterprise_name text NOT NULL,
     full_members integer NOT NULL,
     probationary_members integer NOT NULL,
     joined_on text NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS party_building_joint_branch_units_by_branch
     ON party_building_joint_branch_units (joint_branch_id, credit_code)`,
];

const insertUnit = (
  tx: SqlExecutor,
  jointBranchId: string,
  unit: { creditCode: string; enterpriseName: string; fullMembers: number; probationaryMembers: number },
  joinedOn: string,
) =>
  tx.query(
    `INSERT INTO party_building_joint_branch_units
       (credit_code, joint_branch_id, enterprise_name, full_members, probationary_members, joined_on)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (credit_code) DO UPDATE SET joint_branch_id = excluded.joint_branch_id,
       enterprise_name = excluded.enterprise_name, full_members = excluded.full_members,
       probationary_members = excluded.probationary_members, joined_on = excluded.joined_on`,
    [
      unit.creditCode,
      jointBranchId,
      unit.enterpriseName,
      unit.fullMembers,
      unit.probationaryMembers,
      joinedOn,
    ],
  );

export const jointBranchesProjection: Projection = {
  name: 'party-building-joint-branches',
  eventTypes: ['JointBranchFormed', 'JointBranchUnitJoined', 'JointBranchUnitLeft'],
  setup: async (db) => {
    for (const statement of JOINT_BRANCHES_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM party_building_joint_branch_units');
    await tx.query('DELETE FROM party_building_joint_branches');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const jointBranchId = jointBranchIdOfStream(recorded.streamId);
    if (jointBranchId === null) return;
    const event = { type: recorded.type, data: recorded.data } as JointBranchEvent;
    switch (event.type) {
      case 'JointBranchFormed': {
        const d = event.data;
        await tx.query(
          `INSERT INTO party_building_joint_branches (joint_branch_id, name, superior_organisation, secretary,
             founded_on, term_started_on, term_years, term_ends_on, unit_count, formed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (joint_branch_id) DO NOTHING`,
          [
            jointBranchId,
            d.name,
            d.superiorOrganisation,
            d.secretary,
            d.foundedOn,
            d.termStartedOn,
            d.termYears,
            d.termEndsOn,
            d.units.length,
            d.formedAt,
          ],
        );
        for (const unit of d.units) await insertUnit(tx, jointBranchId, unit, d.foundedOn);
        return;
      }
      case 'JointBranchUnitJoined':
        await insertUnit(tx, jointBranchId, event.data.unit, event.data.joinedOn);
        await tx.query(
          'UPDATE party_building_joint_branches SET unit_count = unit_count + 1 WHERE joint_branch_id = $1',
          [jointBranchId],
        );
        return;
      case 'JointBranchUnitLeft':
        await tx.query(
          'DELETE FROM party_building_joint_branch_units WHERE credit_code = $1 AND joint_branch_id = $2',
          [event.data.creditCode, jointBranchId],
        );
        await tx.query(
          'UPDATE party_building_joint_branches SET unit_count = unit_count - 1 WHERE joint_branch_id = $1',
          [jointBranchId],
        );
        return;
      default:
        return;
    }
  },
};
