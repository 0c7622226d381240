/** Stream ids of records come from here, never built inline. */
const PREFIX = 'credit-record-';

export const recordStreamId = (recordId: string): string => `${PREFIX}${recordId}`;

/** The record id of one of its streams, or null for another aggregate's stream. */
export const recordIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
