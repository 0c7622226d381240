import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_KEY_RELEASED,
  IDEMPOTENCY_KEY_RESERVED,
  classifySlot,
  decodeReservationState,
  judgeReservation,
  locateRun,
  reservationStreamId,
} from './idempotency-reservation';
import type {
  IdempotencyKeyReserved,
  ReservationAttempt,
  ReservationState,
  ReservedEventsState,
} from './idempotency-reservation';

const reservation: IdempotencyKeyReserved = {
  idempotencyKey: 'key-1',
  streamId: 'order-1',
  firstRevision: 3,
  count: 2,
  eventIds: ['e1', 'e2'],
  reservedAt: '2025-03-01T08:00:00.000Z',
};
const reserved: ReservationState = { kind: 'reserved', revision: 0, reservation };
const reservedAt = new Date(reservation.reservedAt);
const later = (ms: number): Date => new Date(reservedAt.getTime() + ms);

const stored: ReservedEventsState = { kind: 'stored', firstRevision: 3 };
const missing: ReservedEventsState = { kind: 'missing' };
const superseded: ReservedEventsState = { kind: 'superseded' };
const sameAppend: ReservationAttempt = { streamId: 'order-1', firstRevision: 3, eventIds: ['e1', 'e2'] };
const otherAppend: ReservationAttempt = { streamId: 'order-1', firstRevision: 3, eventIds: ['e7', 'e8'] };

const judge = (
  attempt: ReservationAttempt,
  events: ReservedEventsState,
  now = later(1_000),
  state: ReservationState = reserved,
) => judgeReservation({ state, events, attempt, now, leaseMs: 30_000 });

describe('reservation stream naming', () => {
  it('is qinqing-idempotency-<sha256 of the key in hex>', () => {
    const hash = createHash('sha256').update('cmd-42', 'utf8').digest('hex');
    expect(reservationStreamId('cmd-42')).toBe(`qinqing-idempotency-${hash}`);
    expect(reservationStreamId('cmd-42')).toMatch(/^qinqing-idempotency-[0-9a-f]{64}$/);
  });

  it('hashes the key as UTF-8, so any key gives a plain, fixed-length name', () => {
    expect(reservationStreamId('投诉-2025/03 #1')).toMatch(/^qinqing-idempotency-[0-9a-f]{64}$/);
    expect(reservationStreamId('a')).not.toBe(reservationStreamId('A'));
  });
});

describe('decodeReservationState', () => {
  it('reads a reservation and a release', () => {
    expect(
      decodeReservationState('key-1', { type: IDEMPOTENCY_KEY_RESERVED, data: reservation, revision: 4 }),
    ).toEqual({ kind: 'reserved', revision: 4, reservation });
    expect(
      decodeReservationState('key-1', {
        type: IDEMPOTENCY_KEY_RELEASED,
        data: { idempotencyKey: 'key-1', releasedAt: '2025-03-01T08:00:01.000Z' },
        revision: 5,
      }),
    ).toEqual({ kind: 'released', revision: 5 });
  });

  it('refuses foreign events, malformed data and another key', () => {
    expect(() => decodeReservationState('key-1', { type: 'Other', data: {}, revision: 0 })).toThrow(
      /Unexpected/,
    );
    expect(() =>
      decodeReservationState('key-1', {
        type: IDEMPOTENCY_KEY_RESERVED,
        data: { ...reservation, eventIds: [] },
        revision: 0,
      }),
    ).toThrow(/Malformed/);
    expect(() =>
      decodeReservationState('key-2', { type: IDEMPOTENCY_KEY_RESERVED, data: reservation, revision: 0 }),
    ).toThrow(/another key/);
  });
});

describe('judgeReservation', () => {
  it('replays a retried append whose events are stored where it expects them', () => {
    expect(judge(sameAppend, stored)).toBe('replay');
    expect(judge({ ...sameAppend, firstRevision: null }, stored)).toBe('replay');
  });

  it('refuses the same events at another place or in another stream as duplicate event ids', () => {
    expect(judge({ ...sameAppend, firstRevision: 9 }, stored)).toBe('duplicate-event-ids');
    expect(judge({ ...sameAppend, streamId: 'order-2' }, missing)).toBe('duplicate-event-ids');
  });

  it('lets a retry of its own unfinished append proceed (the expected revision then decides)', () => {
    expect(judge(sameAppend, missing)).toBe('proceed');
    expect(judge(sameAppend, superseded)).toBe('proceed');
    expect(judge({ ...sameAppend, firstRevision: 5 }, missing)).toBe('take-over');
  });

  it('refuses another append while the key holder has stored its events', () => {
    expect(judge(otherAppend, stored, later(10 * 60_000))).toBe('key-used');
  });

  it('takes over at once when the holder can no longer succeed: released, or its slot taken', () => {
    expect(judge(otherAppend, missing, later(0), { kind: 'released', revision: 1 })).toBe('take-over');
    expect(judge(otherAppend, superseded, later(0))).toBe('take-over');
  });

  it('treats a holder with missing events as in flight until the lease ends (the crash window)', () => {
    expect(judge(otherAppend, missing, later(29_999))).toBe('key-used');
    expect(judge(otherAppend, missing, later(30_000))).toBe('take-over');
  });
});

describe('locating reserved events', () => {
  const events = ['a', 'e1', 'e2', 'b'].map((eventId, streamRevision) => ({ eventId, streamRevision }));

  it('finds a consecutive run in order', () => {
    expect(locateRun(events, ['e1', 'e2'])).toEqual([events[1], events[2]]);
    expect(locateRun(events, ['e2', 'e1'])).toBeNull();
    expect(locateRun(events, ['e1', 'b'])).toBeNull();
    expect(locateRun(events, ['zz'])).toBeNull();
  });

  it('classifies the slot at the expected revision', () => {
    expect(classifySlot(events.slice(1, 3), ['e1', 'e2'])).toEqual({ kind: 'stored', firstRevision: 1 });
    expect(classifySlot([], ['e1', 'e2'])).toEqual({ kind: 'missing' });
    expect(classifySlot(events.slice(0, 2), ['e1', 'e2'])).toEqual({ kind: 'superseded' });
    expect(() => classifySlot(events.slice(1, 2), ['e1', 'e2'])).toThrow(/partly/);
  });
});
