import type { JointBranchEvent, JointBranchMembershipEvent, JointBranchUnit } from './joint-branch.events';

export type JointBranchState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'formed';
      readonly jointBranchId: string;
      readonly name: string;
      readonly units: readonly JointBranchUnit[];
    };

export const initialJointBranchState = (): JointBranchState => ({ status: 'absent' });

export const evolveJointBranch = (state: JointBranchState, event: JointBranchEvent): JointBranchState => {
  switch (event.type) {
    case 'JointBranchFormed':
      return {
        status: 'formed',
        jointBranchId: event.data.jointBranchId,
        name: event.data.name,
        units: event.data.units,
      };
    case 'JointBranchUnitJoined':
      return state.status === 'formed' ? { ...state, units: [...state.units, event.data.unit] } : state;
    case 'JointBranchUnitLeft':
      return state.status === 'formed'
        ? { ...state, units: state.units.filter((u) => u.creditCode !== event.data.creditCode) }
        : state;
    default:
      return state;
  }
};

/** A unit's reservation: the joint branch it belongs to now, or null. */
export interface JointBranchMembershipState {
  readonly jointBranchId: string | null;
}

export const evolveJointBranchMembership = (
  state: JointBranchMembershipState,
  event: JointBranchMembershipEvent,
): JointBranchMembershipState => {
  switch (event.type) {
    case 'JointBranchMembershipTaken':
      return { jointBranchId: event.data.jointBranchId };
    case 'JointBranchMembershipReleased':
      return state.jointBranchId === event.data.jointBranchId ? { jointBranchId: null } : state;
    default:
      return state;
  }
};
