import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type FormJointBranch,
  jointBranchDecider,
  type JointBranchUnitStanding,
  membershipEventsOf,
} from './joint-branch.decide';
import type { JointBranchFormed, JointBranchUnitJoined } from './joint-branch.events';
import { evolveJointBranchMembership } from './joint-branch.state';
import { jointBranchIdOfStream, jointBranchStreamId, jointBranchUnitStreamId } from './joint-branch.stream';

const now = new Date('2026-12-02T02:00:00.000Z');
const CODES = [
  '91330203MA2JB0016G',
  '91330203MA2JB0024B',
  '91330203MA2JB00326',
  '91330203MA2JB00401',
  '91330203MA2JB0059X',
  '91330203MA2JB0067Q',
] as const;
const unitOf = (index: number) => ({
  creditCode: CODES[index] ?? '',
  enterpriseName: `海曙小微企业${index + 1}`,
  fullMembers: 1,
  probationaryMembers: index % 2,
});
const standings = new Map<string, JointBranchUnitStanding>(
  CODES.map((code, index) => {
    const { creditCode: _c, ...record } = unitOf(index);
    return [code, { record, jointBranchId: null }];
  }),
);
const given = deciderSpecification(jointBranchDecider, { now, branchTermYears: 3, units: standings });

const formCommand = (overrides: Partial<FormJointBranch> = {}): FormJointBranch => ({
  type: 'FormJointBranch',
  jointBranchId: 'jb-1',
  name: ' 海曙区望春工业园区联合党支部 ',
  units: [CODES[0].toLowerCase(), CODES[1], CODES[2]],
  foundedOn: '2024-07-01',
  superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
  secretary: '王敏',
  termStartedOn: '2024-07-01',
  formedBy: 'party.lin',
  ...overrides,
});

const formed: JointBranchFormed = {
  type: 'JointBranchFormed',
  data: {
    jointBranchId: 'jb-1',
    name: '海曙区望春工业园区联合党支部',
    units: [unitOf(0), unitOf(1), unitOf(2)],
    foundedOn: '2024-07-01',
    superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
    secretary: '王敏',
    termStartedOn: '2024-07-01',
    termYears: 3,
    termEndsOn: '2027-07-01',
    formedBy: 'party.lin',
    formedAt: now.toISOString(),
  },
};

const joined = (index: number): JointBranchUnitJoined => ({
  type: 'JointBranchUnitJoined',
  data: { jointBranchId: 'jb-1', unit: unitOf(index), joinedOn: '2026-12-02', recordedBy: 'party.lin' },
});

const held = (code: string, by: string | null, full = 1) =>
  new Map([
    ...standings,
    [
      code,
      { record: { enterpriseName: '某企业', fullMembers: full, probationaryMembers: 0 }, jointBranchId: by },
    ],
  ]);

describe('a joint branch (联合党支部)', () => {
  it('is formed by two to five units with fewer than three full members, with its term', () => {
    given([]).when(formCommand()).then([formed]);
    given([])
      .when(formCommand({ termYears: 5 }))
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ termYears: 5, termEndsOn: '2029-07-01' }),
      );
  });

  it('refuses fewer than two units or more than five, and a unit named twice', () => {
    given([])
      .when(formCommand({ units: [CODES[0]] }))
      .thenRejectsWith((e) => expect(e).toMatchObject({ code: 'too-few-units', field: 'units' }));
    given([])
      .when(formCommand({ units: [...CODES] }))
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ code: 'too-many-units', field: 'units', rule: { rule: 'joint-branch' } }),
      );
    given([])
      .when(formCommand({ units: [CODES[0], CODES[0].toLowerCase()] }))
      .thenRejectsWith((e) => expect(e).toMatchObject({ code: 'duplicate-unit', field: 'units.1' }));
  });

  it('refuses a unit that must have its own branch, one without members or a record, one held elsewhere', () => {
    given([])
      .when(formCommand(), { units: held(CODES[1], null, 3) })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({
          code: 'unit-needs-own-branch',
          field: 'units.1',
          rule: { rule: 'branch-threshold' },
        }),
      );
    given([])
      .when(formCommand(), { units: held(CODES[2], null, 0) })
      .thenRejectsWith((e) => expect(e).toMatchObject({ code: 'unit-without-members', field: 'units.2' }));
    given([])
      .when(formCommand({ units: [CODES[0], '91330203MA2JB0083E'] }))
      .thenRejectsWith((e) => expect(e).toMatchObject({ code: 'unit-not-recorded', field: 'units.1' }));
    given([])
      .when(formCommand(), { units: held(CODES[0], 'jb-2') })
      .thenRejects('unit-in-another-joint-branch', 'validation');
    given([])
      .when(formCommand({ units: [CODES[0], '123'] }))
      .thenRejectsWith((e) => expect(e).toMatchObject({ code: 'invalid-credit-code', field: 'units.1' }));
  });

  it('checks its name, superior organisation, secretary, dates and term, naming the field', () => {
    given([])
      .when(formCommand({ name: ' ' }))
      .thenRejectsWith((e) => expect(e.field).toBe('name'));
    given([])
      .when(formCommand({ secretary: '' }))
      .thenRejectsWith((e) => expect(e.field).toBe('secretary'));
    given([])
      .when(formCommand({ foundedOn: '2027-01-01' }))
      .thenRejects('date-in-future');
    given([])
      .when(formCommand({ termStartedOn: '2024-06-30' }))
      .thenRejects('term-before-founding');
    given([])
      .when(formCommand({ termYears: 6 }))
      .thenRejectsWith((e) => expect(e).toMatchObject({ field: 'termYears', rule: { rule: 'term-length' } }));
    given([formed]).when(formCommand()).thenRejects('already-formed', 'validation');
  });

  it('takes a unit up to the fifth and refuses the sixth', () => {
    given([formed])
      .when({ type: 'AddJointBranchUnit', creditCode: CODES[3], recordedBy: 'party.lin' })
      .then([joined(3)]);
    given([formed, joined(3), joined(4)])
      .when({ type: 'AddJointBranchUnit', creditCode: CODES[5], recordedBy: 'party.lin' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({
          code: 'too-many-units',
          message: { zh: expect.stringContaining('不超过5个') },
        }),
      );
    given([formed])
      .when({ type: 'AddJointBranchUnit', creditCode: CODES[1], recordedBy: 'party.lin' })
      .thenRejects('already-a-unit', 'validation');
    given([formed])
      .when(
        { type: 'AddJointBranchUnit', creditCode: CODES[3], recordedBy: 'party.lin' },
        { units: held(CODES[3], null, 4) },
      )
      .thenRejects('unit-needs-own-branch');
    given([formed])
      .when(
        { type: 'AddJointBranchUnit', creditCode: CODES[3], recordedBy: 'party.lin' },
        { units: held(CODES[3], 'jb-2') },
      )
      .thenRejects('unit-in-another-joint-branch');
    given([])
      .when({ type: 'AddJointBranchUnit', creditCode: CODES[3], recordedBy: 'party.lin' })
      .thenRejects('not-formed', 'not-found');
  });

  it('lets a unit leave while at least two stay', () => {
    given([formed])
      .when({ type: 'RemoveJointBranchUnit', creditCode: CODES[2], recordedBy: 'party.lin' })
      .then([
        {
          type: 'JointBranchUnitLeft',
          data: {
            jointBranchId: 'jb-1',
            creditCode: CODES[2],
            leftOn: '2026-12-02',
            recordedBy: 'party.lin',
          },
        },
      ]);
    given([formed])
      .when({ type: 'RemoveJointBranchUnit', creditCode: CODES[4], recordedBy: 'party.lin' })
      .thenRejects('not-a-unit');
    given([
      formed,
      {
        type: 'JointBranchUnitLeft',
        data: { jointBranchId: 'jb-1', creditCode: CODES[2], leftOn: '2026-12-02', recordedBy: 'p' },
      },
    ])
      .when({ type: 'RemoveJointBranchUnit', creditCode: CODES[1], recordedBy: 'party.lin' })
      .thenRejects('too-few-units', 'validation');
  });

  it('takes and releases each unit’s reservation with the joint branch’s events; streams have their own ids', () => {
    const taken = membershipEventsOf(formed);
    expect(taken.map((t) => t.creditCode)).toEqual([CODES[0], CODES[1], CODES[2]]);
    const state = taken.map((t) => t.event).reduce(evolveJointBranchMembership, { jointBranchId: null });
    expect(state.jointBranchId).toBe('jb-1');
    expect(jointBranchIdOfStream(jointBranchStreamId('jb-1'))).toBe('jb-1');
    expect(jointBranchIdOfStream(jointBranchUnitStreamId(CODES[0]))).toBeNull();
  });
});
