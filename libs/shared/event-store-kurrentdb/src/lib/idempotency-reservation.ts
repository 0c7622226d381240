import { createHash } from 'node:crypto';
import { z } from 'zod';
import { IDEMPOTENCY_STREAM_PREFIX } from './stream-naming';

/**
 * Idempotency keys on KurrentDB. KurrentDB has no secondary index and (before 25.1) no multi-stream
 * transaction, so a key is claimed by appending `IdempotencyKeyReserved` to a stream named after the key's
 * SHA-256 with `NO_STREAM`: the stream-creation check makes exactly one claimant win. The business events are
 * appended afterwards, in a second write. See README.md for what that gap means.
 */

export const IDEMPOTENCY_KEY_RESERVED = 'IdempotencyKeyReserved';
/** Written when the business append was refused (nothing stored), so the key is free again at once. */
export const IDEMPOTENCY_KEY_RELEASED = 'IdempotencyKeyReleased';

/** `qinqing-idempotency-<sha256(key) in hex>`: fixed length and free of characters a stream name dislikes. */
export const reservationStreamId = (idempotencyKey: string): string =>
  `${IDEMPOTENCY_STREAM_PREFIX}${createHash('sha256').update(idempotencyKey, 'utf8').digest('hex')}`;

const idempotencyKeyReservedSchema = z.object({
  idempotencyKey: z.string(),
  streamId: z.string(),
  /** Revision the first event gets; null when appended with 'any' (then the events are found by id). */
  firstRevision: z.number().int().nonnegative().nullable(),
  count: z.number().int().positive(),
  eventIds: z.array(z.string()).min(1),
  reservedAt: z.iso.datetime(),
});

const idempotencyKeyReleasedSchema = z.object({
  idempotencyKey: z.string(),
  releasedAt: z.iso.datetime(),
});

export type IdempotencyKeyReserved = z.infer<typeof idempotencyKeyReservedSchema>;
export type IdempotencyKeyReleased = z.infer<typeof idempotencyKeyReleasedSchema>;

/** The last event of a reservation stream. */
export type ReservationState =
  | { readonly kind: 'reserved'; readonly revision: number; readonly reservation: IdempotencyKeyReserved }
  | { readonly kind: 'released'; readonly revision: number };

/** Reads a reservation stream's last event; throws when it is not one of ours or names another key. */
export const decodeReservationState = (
  idempotencyKey: string,
  event: { readonly type: string; readonly data: unknown; readonly revision: number },
): ReservationState => {
  const schema =
    event.type === IDEMPOTENCY_KEY_RESERVED
      ? idempotencyKeyReservedSchema
      : event.type === IDEMPOTENCY_KEY_RELEASED
        ? idempotencyKeyReleasedSchema
        : null;
  if (schema === null) throw new Error(`Unexpected ${event.type} event in an idempotency stream`);
  const parsed = schema.safeParse(event.data);
  if (!parsed.success) throw new Error(`Malformed ${event.type}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.idempotencyKey !== idempotencyKey) {
    throw new Error(`Idempotency stream for ${JSON.stringify(idempotencyKey)} holds another key`);
  }
  return 'streamId' in parsed.data
    ? { kind: 'reserved', revision: event.revision, reservation: parsed.data }
    : { kind: 'released', revision: event.revision };
};

/** Where the events a reservation names stand in their stream. */
export type ReservedEventsState =
  /** All of them are stored, the first at this revision. */
  | { readonly kind: 'stored'; readonly firstRevision: number }
  /** Other events hold the revision they expected: that append was refused and can never succeed. */
  | { readonly kind: 'superseded' }
  /** Not there: the append is still in flight, or its process died after reserving. */
  | { readonly kind: 'missing' };

/** The append that wants the key. */
export interface ReservationAttempt {
  readonly streamId: string;
  readonly firstRevision: number | null;
  readonly eventIds: readonly string[];
}

export type ReservationVerdict =
  /** This very append (same events, same place) already happened: return the stored events. */
  | 'replay'
  /** Our own earlier reservation for these same events: append them; the expected revision decides. */
  | 'proceed'
  /** The reservation is dead (released, superseded, or older than the lease): overwrite it, then append. */
  | 'take-over'
  /** Another append holds the key: IdempotencyKeyUsedError. */
  | 'key-used'
  /** The same event ids were stored, or are reserved, elsewhere: DuplicateEventIdError. */
  | 'duplicate-event-ids';

export interface ReservationJudgement {
  readonly state: ReservationState;
  readonly events: ReservedEventsState;
  readonly attempt: ReservationAttempt;
  readonly now: Date;
  /** How long a reservation whose events are missing is presumed to belong to an append still in flight. */
  readonly leaseMs: number;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** What an append must do when its key's reservation stream already exists. */
export const judgeReservation = ({
  state,
  events,
  attempt,
  now,
  leaseMs,
}: ReservationJudgement): ReservationVerdict => {
  if (state.kind === 'released') return 'take-over';
  const { reservation } = state;
  if (sameIds(reservation.eventIds, attempt.eventIds)) {
    if (reservation.streamId !== attempt.streamId) return 'duplicate-event-ids';
    if (events.kind === 'stored') {
      return attempt.firstRevision === null || attempt.firstRevision === events.firstRevision
        ? 'replay'
        : 'duplicate-event-ids';
    }
    return reservation.firstRevision === attempt.firstRevision ? 'proceed' : 'take-over';
  }
  if (events.kind === 'stored') return 'key-used';
  if (events.kind === 'superseded') return 'take-over';
  const age = now.getTime() - Date.parse(reservation.reservedAt);
  return age >= leaseMs ? 'take-over' : 'key-used';
};

/**
 * Finds `eventIds` as a consecutive run, in order, in a stream's events (for reservations made with 'any',
 * whose revision was not known in advance). Returns the run or null.
 */
export const locateRun = <E extends { readonly eventId: string }>(
  streamEvents: readonly E[],
  eventIds: readonly string[],
): E[] | null => {
  const start = streamEvents.findIndex((event) => event.eventId === eventIds[0]);
  if (start < 0) return null;
  const run = streamEvents.slice(start, start + eventIds.length);
  return sameIds(
    run.map((event) => event.eventId),
    eventIds,
  )
    ? run
    : null;
};

/** Classifies the events found at a reservation's expected revision (read with maxCount = count). */
export const classifySlot = (
  slot: readonly { readonly eventId: string; readonly streamRevision: number }[],
  eventIds: readonly string[],
): ReservedEventsState => {
  const first = slot[0];
  if (first === undefined) return { kind: 'missing' };
  if (
    sameIds(
      slot.map((event) => event.eventId),
      eventIds,
    )
  ) {
    return { kind: 'stored', firstRevision: first.streamRevision };
  }
  if (first.eventId !== eventIds[0]) return { kind: 'superseded' };
  // KurrentDB appends are atomic: finding our first event without the rest means the reservation is wrong.
  throw new Error(`Reserved events ${eventIds.join(', ')} are only partly where their reservation says`);
};
