import type { OrganisationEvent, OrganisationFacts } from './organisation.events';

export type OrganisationState =
  | { readonly status: 'absent' }
  | { readonly status: 'recorded'; readonly facts: OrganisationFacts; readonly records: number };

export const initialOrganisationState = (): OrganisationState => ({ status: 'absent' });

/** Folds one event into the state. Total over every event `decide` emits (the decider spec checks it). */
export const evolveOrganisation = (state: OrganisationState, event: OrganisationEvent): OrganisationState => {
  switch (event.type) {
    case 'OrganisationRecorded': {
      const {
        requiredForm: _r,
        mayAlsoForm: _m,
        inPlace: _i,
        recordedBy: _b,
        recordedAt: _a,
        ...facts
      } = event.data;
      return { status: 'recorded', facts, records: state.status === 'recorded' ? state.records + 1 : 1 };
    }
    default:
      return state;
  }
};
