import type { RestrictionEvent, RestrictionImposed } from './restriction.events';
import type { ClosingLiftReason } from './restriction.values';

export type Restriction = RestrictionImposed['data'];

/**
 * A record's restrictions: the one in force (at most one at a time), how many were imposed (the next id's
 * ordinal), the time of the latest facts followed, and whether a repair or withdrawal closed them for good.
 */
export interface RestrictionState {
  readonly current: Restriction | null;
  readonly imposed: number;
  readonly factsAt: string | null;
  readonly closedBy: ClosingLiftReason | null;
}

export const initialRestrictionState = (): RestrictionState => ({
  current: null,
  imposed: 0,
  factsAt: null,
  closedBy: null,
});

export const evolveRestriction = (state: RestrictionState, event: RestrictionEvent): RestrictionState => {
  switch (event.type) {
    case 'RestrictionImposed':
      return { ...state, current: event.data, imposed: state.imposed + 1, factsAt: event.data.factsAt };
    case 'RestrictionLifted':
      return {
        ...state,
        current: null,
        factsAt: event.data.factsAt ?? state.factsAt,
        closedBy: event.data.reason === 'record-corrected' ? state.closedBy : event.data.reason,
      };
    default:
      return state;
  }
};
