import {
  ActivityRecordedV1,
  JointBranchFormedV1,
  JointBranchUnitLeftV1,
  OrganisationRecordedV1,
} from '@qinqing/party-building/contracts';
import type { OrganisationRecorded } from '@qinqing/party-building/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import {
  activityStreamId,
  type JointBranchFormed,
  jointBranchStreamId,
  jointBranchUnitStreamId,
  organisationStreamId,
} from '@qinqing/party-building/domain';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { partyBuildingIntegrationMapper } from './party-building-integration.mapper';

const data: OrganisationRecorded['data'] = {
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  fullMembers: 5,
  probationaryMembers: 1,
  type: 'branch',
  foundedOn: '2021-07-01',
  superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
  secretary: '张伟',
  instructor: '李娜',
  termStartedOn: '2024-02-29',
  termYears: 3,
  termEndsOn: '2027-02-28',
  union: true,
  youthLeague: false,
  requiredForm: 'branch',
  mayAlsoForm: [],
  inPlace: true,
  recordedBy: 'party.lin',
  recordedAt: '2026-12-02T02:00:00.000Z',
};

const recorded: RecordedEvent = {
  eventId: '01960000-0000-7000-8000-00000000aa01',
  type: 'OrganisationRecorded',
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'party.lin',
    actorRole: 'party-building-staff',
    occurredAt: '2026-12-02T02:00:00.000Z',
  },
  streamId: organisationStreamId('91330203MA2H5K7P7A'),
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-02T02:00:00.000Z'),
};

describe('the party-building integration mapper', () => {
  it('publishes counts, forms and coverage, and no person', () => {
    const out = partyBuildingIntegrationMapper.map(recorded);
    expect(out?.key).toBe('91330203MA2H5K7P7A');
    expect(out === null ? null : parseCloudEvent(OrganisationRecordedV1, out.cloudEvent).data).toEqual({
      creditCode: '91330203MA2H5K7P7A',
      fullMembers: 5,
      probationaryMembers: 1,
      organisationType: 'branch',
      requiredForm: 'branch',
      mayAlsoForm: [],
      inPlace: true,
      hasInstructor: true,
      union: true,
      youthLeague: false,
      foundedOn: '2021-07-01',
      termEndsOn: '2027-02-28',
      recordedAt: '2026-12-02T02:00:00.000Z',
    });
    const wire = JSON.stringify(out);
    for (const person of ['张伟', '李娜', 'party.lin']) expect(wire).not.toContain(person);
  });

  it('leaves other streams alone', () => {
    expect(partyBuildingIntegrationMapper.map({ ...recorded, streamId: 'credit-record-x' })).toBeNull();
  });

  it('publishes a joint branch’s units by credit code and their number, never its secretary or who recorded it', () => {
    const formed: JointBranchFormed['data'] = {
      jointBranchId: '01960000-0000-7000-8000-0000000000jb',
      name: '望春工业园区联合党支部',
      units: [
        { creditCode: '91330203MA2JB0016G', enterpriseName: '甲', fullMembers: 1, probationaryMembers: 1 },
        { creditCode: '91330203MA2JB0024B', enterpriseName: '乙', fullMembers: 2, probationaryMembers: 0 },
      ],
      foundedOn: '2024-07-01',
      superiorOrganisation: '上级党组织',
      secretary: '王敏',
      termStartedOn: '2024-07-01',
      termYears: 3,
      termEndsOn: '2027-07-01',
      formedBy: 'party.lin',
      formedAt: '2026-12-02T02:00:00.000Z',
    };
    const streamId = jointBranchStreamId(formed.jointBranchId);
    const out = partyBuildingIntegrationMapper.map({
      ...recorded,
      type: 'JointBranchFormed',
      data: formed,
      streamId,
    });
    expect(out?.key).toBe(formed.jointBranchId);
    expect(out === null ? null : parseCloudEvent(JointBranchFormedV1, out.cloudEvent).data).toEqual({
      jointBranchId: formed.jointBranchId,
      unitCreditCodes: ['91330203MA2JB0016G', '91330203MA2JB0024B'],
      unitCount: 2,
      foundedOn: '2024-07-01',
      termEndsOn: '2027-07-01',
      formedAt: '2026-12-02T02:00:00.000Z',
    });
    const wire = JSON.stringify(out);
    for (const person of ['王敏', 'party.lin']) expect(wire).not.toContain(person);
    const left = partyBuildingIntegrationMapper.map({
      ...recorded,
      type: 'JointBranchUnitLeft',
      data: {
        jointBranchId: formed.jointBranchId,
        creditCode: '91330203MA2JB0024B',
        leftOn: '2026-12-03',
        recordedBy: 'p',
      },
      streamId,
    });
    expect(left === null ? null : parseCloudEvent(JointBranchUnitLeftV1, left.cloudEvent).data).toEqual({
      jointBranchId: formed.jointBranchId,
      creditCode: '91330203MA2JB0024B',
      leftOn: '2026-12-03',
    });
    // A unit's reservation is bookkeeping: nothing of it leaves.
    expect(
      partyBuildingIntegrationMapper.map({
        ...recorded,
        type: 'JointBranchMembershipTaken',
        streamId: jointBranchUnitStreamId('91330203MA2JB0024B'),
      }),
    ).toBeNull();
  });

  it('publishes an activity’s kind, date and count of participants, not its title or who recorded it', () => {
    const out = partyBuildingIntegrationMapper.map({
      ...recorded,
      type: 'ActivityRecorded',
      streamId: activityStreamId('a-1'),
      data: {
        activityId: 'a-1',
        organisationKind: 'enterprise',
        organisationId: '91330203MA2H5K7P7A',
        kind: 'study',
        heldOn: '2026-11-20',
        title: '张伟同志讲党课',
        participants: 6,
        recordedBy: 'party.lin',
      },
    });
    expect(out?.key).toBe('enterprise:91330203MA2H5K7P7A');
    expect(out === null ? null : parseCloudEvent(ActivityRecordedV1, out.cloudEvent).data).toEqual({
      activityId: 'a-1',
      organisationKind: 'enterprise',
      organisationId: '91330203MA2H5K7P7A',
      kind: 'study',
      heldOn: '2026-11-20',
      participants: 6,
    });
    for (const inside of ['张伟', 'party.lin']) expect(JSON.stringify(out)).not.toContain(inside);
  });
});
