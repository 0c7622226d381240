import type { EnterpriseEvent } from './enterprise.events';

export type EnterpriseState =
  | { readonly status: 'absent' }
  | { readonly status: 'open'; readonly enterpriseId: string; readonly title: string };

export const initialEnterpriseState = (): EnterpriseState => ({ status: 'absent' });

/** Folds one event into the state. Total over every event `decide` emits (the decider spec checks it). */
export const evolveEnterprise = (state: EnterpriseState, event: EnterpriseEvent): EnterpriseState => {
  switch (event.type) {
    case 'EnterpriseOpened':
      return { status: 'open', enterpriseId: event.data.enterpriseId, title: event.data.title };
    default:
      return state;
  }
};
