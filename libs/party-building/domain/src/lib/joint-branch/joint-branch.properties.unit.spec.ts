import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOINT_BRANCH_UNITS,
  type JointBranchCommand,
  jointBranchDecider,
  type JointBranchUnitStanding,
  membershipEventsOf,
} from './joint-branch.decide';
import type { JointBranchState } from './joint-branch.state';
import { evolveJointBranchMembership, type JointBranchMembershipState } from './joint-branch.state';

const now = new Date('2026-12-02T02:00:00.000Z');
const CODES = [
  '91330203MA2JB0016G',
  '91330203MA2JB0024B',
  '91330203MA2JB00326',
  '91330203MA2JB00401',
  '91330203MA2JB0059X',
  '91330203MA2JB0067Q',
  '91330203MA2JB0075K',
  '91330203MA2JB0083E',
  '91330203MA2JB00919',
] as const;
const BRANCHES = ['jb-a', 'jb-b', 'jb-c'] as const;

const step = fc.record({
  branch: fc.constantFrom(...BRANCHES),
  kind: fc.constantFrom('form', 'add', 'remove'),
  units: fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 7 }),
  fullMembers: fc.integer({ min: 0, max: 4 }),
});

/**
 * The service's loop in miniature: each command is decided on its joint branch with the units' reservations as
 * read, and the joint branch's events and the reservations they take or release are applied together.
 */
describe('joint branch properties', () => {
  it('never holds more than five units, and never lets two joint branches hold one unit', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const branches = new Map<string, JointBranchState>();
        const reservations = new Map<string, JointBranchMembershipState>();
        for (const s of steps) {
          const units = new Map<string, JointBranchUnitStanding>(
            CODES.map((code, index) => [
              code,
              {
                // One unit's counts vary per step: sometimes it must have its own branch.
                record: {
                  enterpriseName: code,
                  fullMembers: index === 0 ? s.fullMembers : 1,
                  probationaryMembers: 0,
                },
                jointBranchId: reservations.get(code)?.jointBranchId ?? null,
              },
            ]),
          );
          const first = s.units[0] ?? CODES[0];
          const command: JointBranchCommand =
            s.kind === 'form'
              ? {
                  type: 'FormJointBranch',
                  jointBranchId: s.branch,
                  name: s.branch,
                  units: s.units,
                  foundedOn: '2024-01-01',
                  superiorOrganisation: '上级党组织',
                  secretary: '书记',
                  termStartedOn: '2024-01-01',
                  formedBy: 'p',
                }
              : s.kind === 'add'
                ? { type: 'AddJointBranchUnit', creditCode: first, recordedBy: 'p' }
                : { type: 'RemoveJointBranchUnit', creditCode: first, recordedBy: 'p' };
          const state = branches.get(s.branch) ?? jointBranchDecider.initialState();
          const decision = jointBranchDecider.decide(command, state, { now, branchTermYears: 3, units });
          if (decision.outcome !== 'accepted') continue;
          branches.set(s.branch, decision.events.reduce(jointBranchDecider.evolve, state));
          for (const event of decision.events)
            for (const taken of membershipEventsOf(event))
              reservations.set(
                taken.creditCode,
                evolveJointBranchMembership(
                  reservations.get(taken.creditCode) ?? { jointBranchId: null },
                  taken.event,
                ),
              );
        }
        const holders = new Map<string, string>();
        for (const [id, state] of branches) {
          if (state.status !== 'formed') continue;
          expect(state.units.length).toBeLessThanOrEqual(JOINT_BRANCH_UNITS.max);
          expect(state.units.length).toBeGreaterThanOrEqual(JOINT_BRANCH_UNITS.min);
          for (const unit of state.units) {
            expect(holders.get(unit.creditCode)).toBeUndefined();
            holders.set(unit.creditCode, id);
            expect(unit.fullMembers).toBeLessThan(3);
            expect(reservations.get(unit.creditCode)?.jointBranchId).toBe(id);
          }
        }
        for (const [code, reservation] of reservations)
          expect(reservation.jointBranchId).toBe(holders.get(code) ?? null);
      }),
      { numRuns: 300 },
    );
  });
});
