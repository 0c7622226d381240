import type { EnterpriseEvent } from './enterprise.events';
import type { EnterpriseDetails, EnterpriseSize } from './enterprise.values';

export type EnterpriseState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'registered';
      readonly creditCode: string;
      readonly details: EnterpriseDetails;
      readonly size: EnterpriseSize;
    };

export const initialEnterpriseState = (): EnterpriseState => ({ status: 'absent' });

/** Folds one event into the state. Total over every event `decide` emits (the decider spec checks it). */
export const evolveEnterprise = (state: EnterpriseState, event: EnterpriseEvent): EnterpriseState => {
  switch (event.type) {
    case 'EnterpriseRegistered': {
      const { creditCode, size, registeredBy: _by, registeredAt: _at, ...details } = event.data;
      return { status: 'registered', creditCode, details, size };
    }
    case 'EnterpriseDetailsCorrected':
      if (state.status !== 'registered') return state;
      return { ...state, details: { ...state.details, ...event.data.changes }, size: event.data.size };
    default:
      return state;
  }
};
