import type { ClockKind } from '../../values/clock-policy';

/*
 * Order ids are derived from the request and what raised the order, never random: a scheduler run or a rating
 * that is retried cannot mint a second order for the same fact.
 */

/** The n-th order raised by a missed `clock` deadline (1-based). */
export const supervisionOrderId = (requestId: string, clock: ClockKind, n: number): string =>
  `${requestId}-${clock}-${n}`;

/** The review a poor rating opens: a request is rated once, so it has at most one. */
export const reviewOrderId = (requestId: string): string => `${requestId}-review`;
