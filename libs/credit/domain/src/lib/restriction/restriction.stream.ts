/** Stream ids of restrictions come from here, never built inline: one stream per integrity record. */
const PREFIX = 'credit-restriction-';

/** `key` is `documentNumberKey(...)` of the record the restrictions derive from. */
export const restrictionStreamId = (key: string): string => `${PREFIX}${key}`;

/** The document-number key of a restriction stream, or null for another aggregate's stream. */
export const documentNumberKeyOfRestrictionStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;

/**
 * The id of a record's `ordinal`-th restriction (1, 2, … — a correction that moves the period imposes anew):
 * derived, not drawn, so a redelivered command decides the same id.
 */
export const restrictionIdOf = (key: string, ordinal: number): string => `${key}#${ordinal}`;
