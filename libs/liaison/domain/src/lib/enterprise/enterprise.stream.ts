/** Stream ids of enterprises come from here, never built inline. */
const PREFIX = 'liaison-enterprise-';

export const enterpriseStreamId = (enterpriseId: string): string => `${PREFIX}${enterpriseId}`;

/** The enterprise id of one of its streams, or null for another aggregate's stream. */
export const enterpriseIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
