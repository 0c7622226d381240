import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/** Who goes first: the elderly (老年人) and visitors with an appointment (预约) are priority tickets. */
export type TicketPriority = 'ordinary' | 'elderly' | 'appointment';

/** What a visit produced, linked by id so a centre sees what each visit achieved. */
export type VisitOutcomeKind = 'request' | 'objection' | 'repair' | 'registration';

export type TicketTaken = DomainEvent<
  'TicketTaken',
  {
    readonly ticketId: string;
    readonly centreId: string;
    readonly day: string;
    readonly serviceId: string;
    /** Prefix and the day's sequence of the service, e.g. A007. */
    readonly number: string;
    readonly sequence: number;
    readonly priority: TicketPriority;
    /** Unguessable: printed on the ticket, it is what lets the visitor rate (the number alone is not). */
    readonly code: string;
    readonly takenAt: string;
    readonly takenBy: string;
  }
>;

export type TicketCalled = DomainEvent<
  'TicketCalled',
  {
    readonly ticketId: string;
    readonly counterId: string;
    readonly calledAt: string;
    /** Seconds from taking the ticket (or from the transfer) to this call. */
    readonly waitedSeconds: number;
    /** Older tickets this counter could have called and passed over (the call-order rule bounds it). */
    readonly passedOver: readonly string[];
    readonly calledBy: string;
  }
>;

export type TicketRecalled = DomainEvent<
  'TicketRecalled',
  {
    readonly ticketId: string;
    readonly counterId: string;
    readonly recalledAt: string;
    readonly calledBy: string;
  }
>;

export type TicketServiceStarted = DomainEvent<
  'TicketServiceStarted',
  { readonly ticketId: string; readonly counterId: string; readonly startedAt: string; readonly by: string }
>;

export type TicketFinished = DomainEvent<
  'TicketFinished',
  {
    readonly ticketId: string;
    readonly counterId: string;
    readonly serviceId: string;
    readonly finishedAt: string;
    /** Seconds waited before the first call, and served from the call (or the start) to the finish. */
    readonly waitedSeconds: number;
    readonly servedSeconds: number;
    /** China-local hour (0–23) the ticket was taken, for the per-hour statistics. */
    readonly hour: number;
    readonly by: string;
  }
>;

export type TicketNoShow = DomainEvent<
  'TicketNoShow',
  { readonly ticketId: string; readonly counterId: string; readonly at: string; readonly by: string }
>;

export type TicketTransferred = DomainEvent<
  'TicketTransferred',
  {
    readonly ticketId: string;
    readonly fromCounterId: string;
    readonly toCounterId: string;
    readonly at: string;
    readonly by: string;
  }
>;

export type VisitOutcomeLinked = DomainEvent<
  'VisitOutcomeLinked',
  {
    readonly ticketId: string;
    readonly kind: VisitOutcomeKind;
    readonly refId: string;
    /** The centre checked the id against its own replica (requests); other kinds are taken as given. */
    readonly verified: boolean;
    readonly linkedAt: string;
    readonly by: string;
  }
>;

export type TicketRated = DomainEvent<
  'TicketRated',
  { readonly ticketId: string; readonly serviceId: string; readonly rating: number; readonly ratedAt: string }
>;

/** Every event of a centre-day's queue stream; private to the service centre. */
export type QueueDayEvent =
  | TicketTaken
  | TicketCalled
  | TicketRecalled
  | TicketServiceStarted
  | TicketFinished
  | TicketNoShow
  | TicketTransferred
  | VisitOutcomeLinked
  | TicketRated;
