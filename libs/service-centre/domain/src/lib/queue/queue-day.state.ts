import type { QueueDayEvent, TicketPriority, VisitOutcomeKind } from './queue-day.events';

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'finished' | 'no-show';

export interface Ticket {
  readonly ticketId: string;
  readonly serviceId: string;
  readonly number: string;
  readonly priority: TicketPriority;
  readonly code: string;
  readonly takenAt: string;
  readonly hour: number;
  readonly status: TicketStatus;
  /** The counter calling or serving it; while waiting after a transfer, the counter it was sent to. */
  readonly counterId: string | null;
  readonly transferredTo: string | null;
  /** When it started waiting for its next call: taken, or transferred. */
  readonly waitingSince: string;
  /** Times a later ticket was called first at a counter that could have called this one. */
  readonly passedOver: number;
  readonly firstCalledAt: string | null;
  readonly waitedSeconds: number | null;
  readonly calledAt: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly outcomes: readonly { readonly kind: VisitOutcomeKind; readonly refId: string }[];
  readonly rating: number | null;
}

/** One call shown on the hall display (calls and re-calls, newest last). */
export interface HallCall {
  readonly seq: number;
  readonly ticketId: string;
  readonly number: string;
  readonly counterId: string;
  readonly at: string;
}

export interface QueueDayState {
  /** Tickets in the order they were taken. */
  readonly tickets: readonly Ticket[];
  /** The last sequence given per service today. */
  readonly sequences: Readonly<Record<string, number>>;
  /** The latest calls, at most RECENT_CALLS of them. */
  readonly calls: readonly HallCall[];
  readonly callCount: number;
  /** Served seconds of the latest finished visits per service (at most RECENT_SERVICE_TIMES each). */
  readonly recentServiceSeconds: Readonly<Record<string, readonly number[]>>;
}

export const RECENT_CALLS = 8;
export const RECENT_SERVICE_TIMES = 10;

export const initialQueueDayState = (): QueueDayState => ({
  tickets: [],
  sequences: {},
  calls: [],
  callCount: 0,
  recentServiceSeconds: {},
});

const secondsBetween = (from: string, to: string): number =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

export const queueSecondsBetween = secondsBetween;

const update = (state: QueueDayState, ticketId: string, change: (t: Ticket) => Ticket): QueueDayState => ({
  ...state,
  tickets: state.tickets.map((t) => (t.ticketId === ticketId ? change(t) : t)),
});

const withCall = (state: QueueDayState, call: Omit<HallCall, 'seq'>): QueueDayState => ({
  ...state,
  callCount: state.callCount + 1,
  calls: [...state.calls, { ...call, seq: state.callCount + 1 }].slice(-RECENT_CALLS),
});

/** China-local hour of an instant (UTC+8 all year). */
export const chinaHourOf = (iso: string): number => (new Date(Date.parse(iso)).getUTCHours() + 8) % 24;

export const evolveQueueDay = (state: QueueDayState, event: QueueDayEvent): QueueDayState => {
  switch (event.type) {
    case 'TicketTaken': {
      const d = event.data;
      return {
        ...state,
        sequences: { ...state.sequences, [d.serviceId]: d.sequence },
        tickets: [
          ...state.tickets,
          {
            ticketId: d.ticketId,
            serviceId: d.serviceId,
            number: d.number,
            priority: d.priority,
            code: d.code,
            takenAt: d.takenAt,
            hour: chinaHourOf(d.takenAt),
            status: 'waiting',
            counterId: null,
            transferredTo: null,
            waitingSince: d.takenAt,
            passedOver: 0,
            firstCalledAt: null,
            waitedSeconds: null,
            calledAt: null,
            startedAt: null,
            finishedAt: null,
            outcomes: [],
            rating: null,
          },
        ],
      };
    }
    case 'TicketCalled': {
      const d = event.data;
      const passed = new Set(d.passedOver);
      const called = update(state, d.ticketId, (t) => ({
        ...t,
        status: 'called',
        counterId: d.counterId,
        transferredTo: null,
        calledAt: d.calledAt,
        firstCalledAt: t.firstCalledAt ?? d.calledAt,
        waitedSeconds: t.waitedSeconds ?? d.waitedSeconds,
      }));
      const ticket = called.tickets.find((t) => t.ticketId === d.ticketId);
      return withCall(
        {
          ...called,
          tickets: called.tickets.map((t) =>
            passed.has(t.ticketId) ? { ...t, passedOver: t.passedOver + 1 } : t,
          ),
        },
        { ticketId: d.ticketId, number: ticket?.number ?? '', counterId: d.counterId, at: d.calledAt },
      );
    }
    case 'TicketRecalled': {
      const ticket = state.tickets.find((t) => t.ticketId === event.data.ticketId);
      return withCall(state, {
        ticketId: event.data.ticketId,
        number: ticket?.number ?? '',
        counterId: event.data.counterId,
        at: event.data.recalledAt,
      });
    }
    case 'TicketServiceStarted':
      return update(state, event.data.ticketId, (t) => ({
        ...t,
        status: 'serving',
        startedAt: event.data.startedAt,
      }));
    case 'TicketFinished': {
      const d = event.data;
      const recent = [...(state.recentServiceSeconds[d.serviceId] ?? []), d.servedSeconds].slice(
        -RECENT_SERVICE_TIMES,
      );
      return {
        ...update(state, d.ticketId, (t) => ({ ...t, status: 'finished', finishedAt: d.finishedAt })),
        recentServiceSeconds: { ...state.recentServiceSeconds, [d.serviceId]: recent },
      };
    }
    case 'TicketNoShow':
      return update(state, event.data.ticketId, (t) => ({
        ...t,
        status: 'no-show',
        finishedAt: event.data.at,
      }));
    case 'TicketTransferred':
      return update(state, event.data.ticketId, (t) => ({
        ...t,
        status: 'waiting',
        counterId: null,
        transferredTo: event.data.toCounterId,
        waitingSince: event.data.at,
        calledAt: null,
        startedAt: null,
      }));
    case 'VisitOutcomeLinked':
      return update(state, event.data.ticketId, (t) => ({
        ...t,
        outcomes: [...t.outcomes, { kind: event.data.kind, refId: event.data.refId }],
      }));
    case 'TicketRated':
      return update(state, event.data.ticketId, (t) => ({ ...t, rating: event.data.rating }));
    default:
      return state;
  }
};
