import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/** A unit of a joint branch as its own organisation record showed it when it joined: counts, never persons. */
export interface JointBranchUnit {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
}

/**
 * A joint branch (联合党支部) was formed by units that each have fewer than three full members (支部工作条例
 * 第五条): two to five of them, with its founding date, superior organisation, secretary and term.
 */
export type JointBranchFormed = DomainEvent<
  'JointBranchFormed',
  {
    readonly jointBranchId: string;
    readonly name: string;
    readonly units: readonly JointBranchUnit[];
    readonly foundedOn: string;
    readonly superiorOrganisation: string;
    /** The secretary, by name: shown to party-building staff and supervisors only, never published. */
    readonly secretary: string;
    readonly termStartedOn: string;
    readonly termYears: number;
    readonly termEndsOn: string;
    readonly formedBy: string;
    readonly formedAt: string;
  }
>;

export type JointBranchUnitJoined = DomainEvent<
  'JointBranchUnitJoined',
  {
    readonly jointBranchId: string;
    readonly unit: JointBranchUnit;
    readonly joinedOn: string;
    readonly recordedBy: string;
  }
>;

export type JointBranchUnitLeft = DomainEvent<
  'JointBranchUnitLeft',
  {
    readonly jointBranchId: string;
    readonly creditCode: string;
    readonly leftOn: string;
    readonly recordedBy: string;
  }
>;

/** Every event of a joint branch's stream; private to party building (the mapper publishes counts and codes). */
export type JointBranchEvent = JointBranchFormed | JointBranchUnitJoined | JointBranchUnitLeft;

/**
 * The unit's reservation (one stream per enterprise): it belongs to this joint branch from now on. Appended in
 * the same atomic append as the joint branch's event, so two joint branches can never both take a unit.
 */
export type JointBranchMembershipTaken = DomainEvent<
  'JointBranchMembershipTaken',
  { readonly creditCode: string; readonly jointBranchId: string; readonly takenOn: string }
>;

export type JointBranchMembershipReleased = DomainEvent<
  'JointBranchMembershipReleased',
  { readonly creditCode: string; readonly jointBranchId: string; readonly releasedOn: string }
>;

export type JointBranchMembershipEvent = JointBranchMembershipTaken | JointBranchMembershipReleased;
