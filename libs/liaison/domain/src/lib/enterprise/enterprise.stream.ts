/** Stream ids of enterprises come from here, never built inline: one stream per 统一社会信用代码. */
const PREFIX = 'liaison-enterprise-';

export const enterpriseStreamId = (creditCode: string): string => `${PREFIX}${creditCode}`;

/** The credit code of one of its streams, or null for another aggregate's stream. */
export const enterpriseIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
