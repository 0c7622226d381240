/** Pledge stream ids come from here, never built inline: one stream per signed pledge. */
const PREFIX = 'credit-pledge-';

export const pledgeStreamId = (pledgeId: string): string => `${PREFIX}${pledgeId}`;

export const pledgeIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
