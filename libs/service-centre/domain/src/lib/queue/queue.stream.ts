/** Stream ids of the walk-in queue come from here, never built inline. */
const SETUP_PREFIX = 'service-centre-queue-setup-';
const DAY_PREFIX = 'service-centre-queue-day-';

/** One set-up stream per centre: its services and counters. */
export const queueSetupStreamId = (centreId: string): string => `${SETUP_PREFIX}${centreId}`;

/**
 * One stream per centre and day: every ticket of the day. Numbering is decided on it with optimistic
 * concurrency, so two kiosks taking a ticket at once never get the same number and none is skipped.
 */
export const queueDayStreamId = (centreId: string, day: string): string => `${DAY_PREFIX}${day}-${centreId}`;

export const centreOfQueueSetupStream = (streamId: string): string | null =>
  streamId.startsWith(SETUP_PREFIX) ? streamId.slice(SETUP_PREFIX.length) : null;

/** The centre and day of a queue-day stream, or null for another stream. */
export const queueDayOfStream = (streamId: string): { centreId: string; day: string } | null => {
  if (!streamId.startsWith(DAY_PREFIX)) return null;
  const rest = streamId.slice(DAY_PREFIX.length);
  const day = rest.slice(0, 10);
  const centreId = rest.slice(11);
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) && centreId.length > 0 ? { centreId, day } : null;
};
