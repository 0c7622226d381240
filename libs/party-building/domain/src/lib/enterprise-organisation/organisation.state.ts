import type { OrganisationEvent, OrganisationFacts } from './organisation.events';
import type { RequiredForm } from '../organisation-form/organisation-form';

/** An open alert: the organisation the counts require is not in place. */
export interface OpenAlert {
  readonly requiredForm: RequiredForm;
  readonly raisedOn: string;
  readonly dueOn: string;
  readonly escalatedOn: string | null;
}

export type OrganisationState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'recorded';
      readonly facts: OrganisationFacts;
      readonly records: number;
      readonly alert: OpenAlert | null;
      /** Reminders already given, as `<termEndsOn>/<months>`: one of each per term. */
      readonly reminders: readonly string[];
    };

export const initialOrganisationState = (): OrganisationState => ({ status: 'absent' });

export const reminderKey = (termEndsOn: string, monthsBefore: number): string =>
  `${termEndsOn}/${monthsBefore}`;

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
      return state.status === 'recorded'
        ? { ...state, facts, records: state.records + 1 }
        : { status: 'recorded', facts, records: 1, alert: null, reminders: [] };
    }
    case 'OrganisationAlertRaised':
      if (state.status !== 'recorded') return state;
      return {
        ...state,
        alert: {
          requiredForm: event.data.requiredForm,
          raisedOn: event.data.raisedOn,
          dueOn: event.data.dueOn,
          escalatedOn: null,
        },
      };
    case 'OrganisationAlertEscalated':
      if (state.status !== 'recorded' || state.alert === null) return state;
      return { ...state, alert: { ...state.alert, escalatedOn: event.data.escalatedOn } };
    case 'OrganisationAlertResolved':
      return state.status === 'recorded' ? { ...state, alert: null } : state;
    case 'TermReminderDue':
      if (state.status !== 'recorded') return state;
      return {
        ...state,
        reminders: [...state.reminders, reminderKey(event.data.termEndsOn, event.data.monthsBefore)],
      };
    default:
      return state;
  }
};
