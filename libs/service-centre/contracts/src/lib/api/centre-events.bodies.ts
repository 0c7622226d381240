import { z } from 'zod';
import { fromDecimalDigits } from '@qinqing/shared/contracts-kit';
import { pageLimit } from '@qinqing/shared/contracts-kit';

/** The `limit` of every keyset-paged events list: 1–100, 20 when absent. */
const limit = pageLimit({ defaultLimit: 20 });

const audienceBody = z
  .object({
    industries: z.array(z.string().max(10)).max(40).default([]),
    areaCodes: z.array(z.string().max(12)).max(40).default([]),
    sizes: z.array(z.string().max(10)).max(10).default([]),
  })
  .nullable()
  .default(null);

/**
 * `POST /api/service-centre/events` and `PUT /api/service-centre/events/{id}`: shapes only; the decider checks
 * the values (kind, times, capacity 1–500, audience) and names the field.
 */
export const centreEventDetailsBody = z.object({
  kind: z.string().max(40),
  title: z.string().max(400),
  description: z.string().max(4000).nullable().default(null),
  place: z.string().max(400),
  areaCode: z.string().max(12),
  startsAt: z.string().max(40),
  endsAt: z.string().max(40),
  capacity: z.union([z.number(), z.string().max(8)]),
  audience: audienceBody,
});

export type CentreEventDetailsBody = z.infer<typeof centreEventDetailsBody>;

export const cancelCentreEventBody = z.object({ reason: z.string().max(800) });
export type CancelCentreEventBody = z.infer<typeof cancelCentreEventBody>;

/** Staff register an enterprise by its 统一社会信用代码. */
export const registerEnterpriseBody = z.object({ creditCode: z.string().max(40) });
export type RegisterEnterpriseBody = z.infer<typeof registerEnterpriseBody>;

/** Staff check a registration in by its code, scanned from the QR or typed. */
export const checkInBody = z.object({ code: z.string().max(40) });
export type CheckInBody = z.infer<typeof checkInBody>;

export const feedbackBody = z.object({
  rating: z.union([z.number(), z.string().max(4)]),
  comment: z.string().max(2000).nullable().default(null),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;

const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f-]{1,40}$/u;
const cursorMessage = 'after 须为上一页的 next 值 / after is the previous page’s next value';

/** The instant of a cursor is a real one (2026-02-30 matches the pattern but is no date). */
const realInstant = (cursor: string): boolean => {
  const instant = cursor.slice(0, 24);
  const parsed = new Date(instant);
  return (
    !Number.isNaN(parsed.getTime()) && parsed.getUTCFullYear() >= 1900 && parsed.toISOString() === instant
  );
};
const eventCursor = z.string().regex(CURSOR, cursorMessage).refine(realInstant, cursorMessage);

/** `GET …/events?after=&limit=&scope=`: by start, then id; `upcoming` (default) or `past`. */
export const listCentreEventsQuery = z.object({
  after: eventCursor.optional(),
  limit,
  scope: z
    .enum(['upcoming', 'past'], { message: 'scope 须为 upcoming 或 past / scope is upcoming or past' })
    .default('upcoming'),
});
export type ListCentreEventsQuery = z.infer<typeof listCentreEventsQuery>;

/** `GET …/events/{id}/registrations?after=&limit=`: in registration order (`seq`). */
export const listRegistrationsQuery = z.object({
  after: fromDecimalDigits(
    z.coerce
      .number({ message: cursorMessage })
      .int({ message: cursorMessage })
      .min(0, { message: cursorMessage })
      .optional(),
  ),
  limit,
});
export type ListRegistrationsQuery = z.infer<typeof listRegistrationsQuery>;

/** `GET …/kiosk/my-registrations?after=&limit=`: newest event first. */
export const listMyRegistrationsQuery = z.object({
  after: eventCursor.optional(),
  limit,
});
export type ListMyRegistrationsQuery = z.infer<typeof listMyRegistrationsQuery>;

export type CentreEventKindName = 'symposium' | 'policy-briefing' | 'course' | 'legal-service';
export type CentreEventStatusName = 'scheduled' | 'cancelled' | 'closed';

export interface CentreEventAudienceView {
  readonly industries: readonly string[];
  readonly areaCodes: readonly string[];
  readonly sizes: readonly string[];
}

export interface CentreEventView {
  readonly eventId: string;
  readonly kind: CentreEventKindName;
  readonly title: string;
  readonly description: string;
  readonly place: string;
  readonly areaCode: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly capacity: number;
  readonly audience: CentreEventAudienceView;
  readonly status: CentreEventStatusName;
  readonly registered: number;
  readonly waiting: number;
  readonly attended: number;
  readonly cancelReason: string | null;
}

export interface CentreEventPage {
  readonly items: readonly CentreEventView[];
  readonly next: string | null;
}

/**
 * Feedback as staff see it: the spread of ratings and the comments (in text order), without who gave them —
 * and only from three answers on, once the event takes no more (`withheld` says why not yet; the count is
 * always there). See docs/service-centre.md, "Feedback".
 */
export interface CentreEventFeedbackSummary {
  readonly count: number;
  readonly withheld: 'too-few' | 'still-open' | null;
  /** The smallest group whose figures are shown. */
  readonly minimumGroup: number;
  readonly meanRating: number | null;
  /** Ratings 1…5: how many gave each; null while withheld. */
  readonly byRating: readonly [number, number, number, number, number] | null;
  readonly comments: readonly string[];
}

export interface CentreEventDetailView extends CentreEventView {
  readonly feedback: CentreEventFeedbackSummary;
}

export type RegistrationStatusName = 'registered' | 'waiting' | 'withdrawn';

export interface RegistrationView {
  readonly seq: number;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly status: RegistrationStatusName;
  readonly channel: 'kiosk' | 'console';
  readonly registeredAt: string;
  readonly checkedInAt: string | null;
}

export interface RegistrationPage {
  readonly items: readonly RegistrationView[];
  readonly next: number | null;
}

/** What a registration answers: the place or the waiting list, and the check-in code (shown once to staff). */
export interface RegistrationAnswer {
  readonly eventId: string;
  readonly creditCode: string;
  readonly status: RegistrationStatusName;
  /** Position on the waiting list (1 = next), null with a place. */
  readonly waitingPosition: number | null;
  readonly checkInCode: string;
}

export interface CheckInAnswer {
  readonly eventId: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly checkedInAt: string;
}

/** An upcoming event at the kiosk, with the identified enterprise's own registration, if any. */
export interface KioskEventView extends CentreEventView {
  readonly myStatus: RegistrationStatusName | null;
}

export interface KioskEventPage {
  readonly items: readonly KioskEventView[];
  readonly next: string | null;
}

/** "My registrations" (我的报名): the event, my status, the check-in code, and a cancellation's reason. */
export interface MyRegistrationView {
  readonly event: CentreEventView;
  readonly status: RegistrationStatusName;
  readonly checkInCode: string | null;
  readonly checkedInAt: string | null;
  readonly rating: number | null;
  /** The event has started or ended and this enterprise attended but has not rated it. */
  readonly mayGiveFeedback: boolean;
}

export interface MyRegistrationPage {
  readonly items: readonly MyRegistrationView[];
  readonly next: string | null;
}
