/** Stream ids of integrity records come from here, never built inline: one stream per document number. */
const PREFIX = 'credit-record-';

/** `key` is `documentNumberKey(...)`: one document number, one stream, so it is recorded once. */
export const integrityRecordStreamId = (key: string): string => `${PREFIX}${key}`;

/** The document-number key of one of its streams, or null for another aggregate's stream. */
export const documentNumberKeyOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
