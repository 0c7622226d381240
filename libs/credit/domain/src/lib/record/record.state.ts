import type { RecordEvent } from './record.events';

export type RecordState =
  | { readonly status: 'absent' }
  | { readonly status: 'open'; readonly recordId: string; readonly title: string };

export const initialRecordState = (): RecordState => ({ status: 'absent' });

/** Folds one event into the state. Total over every event `decide` emits (the decider spec checks it). */
export const evolveRecord = (state: RecordState, event: RecordEvent): RecordState => {
  switch (event.type) {
    case 'RecordOpened':
      return { status: 'open', recordId: event.data.recordId, title: event.data.title };
    default:
      return state;
  }
};
