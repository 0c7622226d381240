/** Stream ids of objections come from here, never built inline: one stream per objection. */
const PREFIX = 'credit-objection-';

export const objectionStreamId = (objectionId: string): string => `${PREFIX}${objectionId}`;

/** The objection id of one of its streams, or null for another aggregate's stream. */
export const objectionIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
