import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CentreEventAudience, CentreEventKind } from './centre-event.values';

/** What an event is: shown to enterprises at the kiosk and to staff. */
export interface CentreEventDetails {
  readonly kind: CentreEventKind;
  readonly title: string;
  readonly description: string;
  readonly place: string;
  /** GB/T 2260 code of the area the event is held in (6 or 9 digits): the health index counts by it. */
  readonly areaCode: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly capacity: number;
  readonly audience: CentreEventAudience;
}

/** An organiser scheduled an event (活动) of the centre. */
export type CentreEventScheduled = DomainEvent<
  'CentreEventScheduled',
  CentreEventDetails & {
    readonly eventId: string;
    readonly scheduledBy: string;
    readonly scheduledAt: string;
  }
>;

/** The organiser changed the details; the registrations stand (a larger capacity promotes from the waiting list). */
export type CentreEventDetailsChanged = DomainEvent<
  'CentreEventDetailsChanged',
  CentreEventDetails & { readonly eventId: string; readonly changedBy: string; readonly changedAt: string }
>;

/**
 * An enterprise registered: with a place (`registered`) or on the waiting list (`waiting`). `seq` orders the
 * registrations of the event (the waiting list is promoted by it). The check-in code was drawn by the service
 * from a CSPRNG; it is shown only to the enterprise and used once.
 */
export type CentreEventRegistrationTaken = DomainEvent<
  'CentreEventRegistrationTaken',
  {
    readonly eventId: string;
    readonly creditCode: string;
    readonly enterpriseName: string;
    readonly seq: number;
    readonly status: 'registered' | 'waiting';
    readonly checkInCode: string;
    readonly channel: 'kiosk' | 'console';
    readonly registeredAt: string;
  }
>;

/** An enterprise withdrew its registration (or the organiser withdrew it for it). */
export type CentreEventRegistrationWithdrawn = DomainEvent<
  'CentreEventRegistrationWithdrawn',
  { readonly eventId: string; readonly creditCode: string; readonly withdrawnAt: string }
>;

/** A place freed: the first on the waiting list takes it. */
export type CentreEventWaitingListPromoted = DomainEvent<
  'CentreEventWaitingListPromoted',
  { readonly eventId: string; readonly creditCode: string; readonly promotedAt: string }
>;

export type CentreEventCheckedIn = DomainEvent<
  'CentreEventCheckedIn',
  {
    readonly eventId: string;
    readonly creditCode: string;
    readonly channel: 'kiosk' | 'console';
    readonly checkedInAt: string;
  }
>;

export type CentreEventFeedbackGiven = DomainEvent<
  'CentreEventFeedbackGiven',
  {
    readonly eventId: string;
    readonly creditCode: string;
    /** 1 (very dissatisfied) … 5 (very satisfied). */
    readonly rating: number;
    readonly comment: string;
    readonly givenAt: string;
  }
>;

/** A notice to one registered (or waiting) enterprise, self-contained so a message box can show it as is. */
export interface CentreEventCancellationNotice {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly wasWaiting: boolean;
}

/** The organiser cancelled the event with a reason; every registered and waiting enterprise is told. */
export type CentreEventCancelled = DomainEvent<
  'CentreEventCancelled',
  {
    readonly eventId: string;
    readonly kind: CentreEventKind;
    readonly title: string;
    readonly place: string;
    readonly startsAt: string;
    readonly reason: string;
    readonly notices: readonly CentreEventCancellationNotice[];
    readonly cancelledBy: string;
    readonly cancelledAt: string;
  }
>;

/** The event was held and closed: counts for the record and the health index, nothing personal. */
export type CentreEventClosed = DomainEvent<
  'CentreEventClosed',
  {
    readonly eventId: string;
    readonly kind: CentreEventKind;
    readonly areaCode: string;
    readonly startsAt: string;
    readonly capacity: number;
    readonly registered: number;
    readonly attended: number;
    readonly feedbackCount: number;
    /** Mean rating, two decimals; null without feedback. */
    readonly meanRating: number | null;
    readonly closedBy: string;
    readonly closedAt: string;
  }
>;

/** Every event of an event's stream; private to the service centre (the mapper publishes the closing counts). */
export type CentreEventEvent =
  | CentreEventScheduled
  | CentreEventDetailsChanged
  | CentreEventRegistrationTaken
  | CentreEventRegistrationWithdrawn
  | CentreEventWaitingListPromoted
  | CentreEventCheckedIn
  | CentreEventFeedbackGiven
  | CentreEventCancelled
  | CentreEventClosed;
