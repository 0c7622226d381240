/** Stream ids of the centre's events (活动) come from here, never built inline: one stream per event. */
const PREFIX = 'service-centre-event-';

export const centreEventStreamId = (eventId: string): string => `${PREFIX}${eventId}`;

/** The event's id of one of its streams, or null for another stream. */
export const centreEventIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
