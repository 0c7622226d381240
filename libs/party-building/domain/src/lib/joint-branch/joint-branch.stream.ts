/** Stream ids of joint branches and of their units' reservations come from here, never built inline. */
const BRANCH_PREFIX = 'party-building-joint-branch-';
const UNIT_PREFIX = 'party-building-joint-branch-unit-';

export const jointBranchStreamId = (jointBranchId: string): string => `${BRANCH_PREFIX}${jointBranchId}`;

/** One reservation stream per enterprise: which joint branch, if any, it belongs to. */
export const jointBranchUnitStreamId = (creditCode: string): string =>
  `${UNIT_PREFIX}${creditCode.toUpperCase()}`;

/** The joint branch's id of one of its streams, or null for another stream (a unit's reservation included). */
export const jointBranchIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(BRANCH_PREFIX) && !streamId.startsWith(UNIT_PREFIX)
    ? streamId.slice(BRANCH_PREFIX.length)
    : null;
