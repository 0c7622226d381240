import type { ObjectionEvent, ObjectionOutcome } from './objection.events';

export type ObjectionState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'open' | 'decided' | 'retracted';
      readonly objectionId: string;
      readonly documentNumber: string;
      readonly creditCode: string;
      readonly filedOn: string;
      readonly dueOn: string;
      readonly outcome: ObjectionOutcome | null;
    };

export const initialObjectionState = (): ObjectionState => ({ status: 'absent' });

export const evolveObjection = (state: ObjectionState, event: ObjectionEvent): ObjectionState => {
  switch (event.type) {
    case 'ObjectionFiled':
      return {
        status: 'open',
        objectionId: event.data.objectionId,
        documentNumber: event.data.documentNumber,
        creditCode: event.data.creditCode,
        filedOn: event.data.filedOn,
        dueOn: event.data.dueOn,
        outcome: null,
      };
    case 'ObjectionDecided':
      return state.status === 'absent' ? state : { ...state, status: 'decided', outcome: event.data.outcome };
    case 'ObjectionRetracted':
      return state.status === 'absent' ? state : { ...state, status: 'retracted' };
    default:
      return state;
  }
};
