import type { CentreEventDetails, CentreEventEvent } from './centre-event.events';

export type RegistrationStatus = 'registered' | 'waiting' | 'withdrawn';

export interface CentreEventRegistration {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly seq: number;
  readonly status: RegistrationStatus;
  readonly checkInCode: string;
  readonly checkedIn: boolean;
  readonly rating: number | null;
}

export type CentreEventState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'scheduled' | 'cancelled' | 'closed';
      readonly eventId: string;
      readonly details: CentreEventDetails;
      /** Every registration ever taken, in `seq` order (withdrawn ones stay: an enterprise registers once). */
      readonly registrations: readonly CentreEventRegistration[];
    };

export const initialCentreEventState = (): CentreEventState => ({ status: 'absent' });

const detailsOf = (data: CentreEventDetails): CentreEventDetails => ({
  kind: data.kind,
  title: data.title,
  description: data.description,
  place: data.place,
  areaCode: data.areaCode,
  startsAt: data.startsAt,
  endsAt: data.endsAt,
  capacity: data.capacity,
  audience: data.audience,
});

export const evolveCentreEvent = (state: CentreEventState, event: CentreEventEvent): CentreEventState => {
  if (event.type === 'CentreEventScheduled')
    return {
      status: 'scheduled',
      eventId: event.data.eventId,
      details: detailsOf(event.data),
      registrations: [],
    };
  if (state.status === 'absent') return state;
  const update = (creditCode: string, change: Partial<CentreEventRegistration>): CentreEventState => ({
    ...state,
    registrations: state.registrations.map((r) => (r.creditCode === creditCode ? { ...r, ...change } : r)),
  });
  switch (event.type) {
    case 'CentreEventDetailsChanged':
      return { ...state, details: detailsOf(event.data) };
    case 'CentreEventRegistrationTaken':
      return {
        ...state,
        registrations: [
          ...state.registrations,
          {
            creditCode: event.data.creditCode,
            enterpriseName: event.data.enterpriseName,
            seq: event.data.seq,
            status: event.data.status,
            checkInCode: event.data.checkInCode,
            checkedIn: false,
            rating: null,
          },
        ],
      };
    case 'CentreEventRegistrationWithdrawn':
      return update(event.data.creditCode, { status: 'withdrawn' });
    case 'CentreEventWaitingListPromoted':
      return update(event.data.creditCode, { status: 'registered' });
    case 'CentreEventCheckedIn':
      return update(event.data.creditCode, { checkedIn: true });
    case 'CentreEventFeedbackGiven':
      return update(event.data.creditCode, { rating: event.data.rating });
    case 'CentreEventCancelled':
      return { ...state, status: 'cancelled' };
    case 'CentreEventClosed':
      return { ...state, status: 'closed' };
    default:
      return state;
  }
};

export const registeredCount = (registrations: readonly CentreEventRegistration[]): number =>
  registrations.filter((r) => r.status === 'registered').length;

/** The waiting list, first come first. */
export const waitingList = (
  registrations: readonly CentreEventRegistration[],
): readonly CentreEventRegistration[] =>
  [...registrations.filter((r) => r.status === 'waiting')].sort((a, b) => a.seq - b.seq);
