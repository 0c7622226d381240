import type { DisclosurePeriod } from '../disclosure/disclosure-period';
import type { IntegrityRecordEvent, RecordFacts } from './integrity-record.events';
import type { Polarity } from './integrity-record.values';

export type IntegrityRecordState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'recorded';
      readonly documentNumber: string;
      readonly facts: RecordFacts;
      readonly polarity: Polarity;
      readonly disclosure: DisclosurePeriod | null;
      /** How many corrections it has had; each one is an event of its own, none is erased. */
      readonly corrections: number;
      /** The `publicUntil` whose end was recorded; publication has ended while it equals the current one. */
      readonly endedPublicUntil: string | null;
      /** The day it was withdrawn (撤销); null while it stands. */
      readonly withdrawnOn: string | null;
      /** The day its repair was granted and the application granted; null until then. */
      readonly repaired: { readonly on: string; readonly applicationId: string } | null;
      /** The objection whose decision withdrew it; null while it stands. */
      readonly withdrawnByObjection: string | null;
    };

export const initialIntegrityRecordState = (): IntegrityRecordState => ({ status: 'absent' });

const factsOf = (data: RecordFacts): RecordFacts => ({
  kind: data.kind,
  severity: data.severity,
  issuingAuthority: data.issuingAuthority,
  decidedOn: data.decidedOn,
  legalBasis: data.legalBasis,
  evidenceReference: data.evidenceReference,
  creditCode: data.creditCode,
  enterpriseName: data.enterpriseName,
  penaltyCategory: data.penaltyCategory,
  penaltyContent: data.penaltyContent,
});

/** Folds one event into the state. Total over every event `decide` emits (the decider spec checks it). */
export const evolveIntegrityRecord = (
  state: IntegrityRecordState,
  event: IntegrityRecordEvent,
): IntegrityRecordState => {
  switch (event.type) {
    case 'IntegrityRecorded':
      return {
        status: 'recorded',
        documentNumber: event.data.documentNumber,
        facts: factsOf(event.data),
        polarity: event.data.polarity,
        disclosure: event.data.disclosure,
        corrections: 0,
        endedPublicUntil: null,
        withdrawnOn: null,
        repaired: null,
        withdrawnByObjection: null,
      };
    case 'RecordCorrected':
      if (state.status !== 'recorded') return state;
      return {
        ...state,
        facts: factsOf(event.data),
        polarity: event.data.polarity,
        disclosure: event.data.disclosure,
        corrections: state.corrections + 1,
      };
    case 'PublicationEnded':
      if (state.status !== 'recorded') return state;
      return { ...state, endedPublicUntil: event.data.publicUntil };
    case 'RecordWithdrawn':
      if (state.status !== 'recorded') return state;
      return { ...state, withdrawnOn: event.data.withdrawnOn, withdrawnByObjection: event.data.objectionId };
    case 'RecordRepaired':
      if (state.status !== 'recorded') return state;
      return { ...state, repaired: { on: event.data.repairedOn, applicationId: event.data.applicationId } };
    default:
      return state;
  }
};
