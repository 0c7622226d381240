/** Stream ids of enterprises' party organisations come from here, never built inline: one per enterprise. */
const PREFIX = 'party-building-organisation-';

export const organisationStreamId = (creditCode: string): string => `${PREFIX}${creditCode.toUpperCase()}`;

/** The credit code of one of its streams, or null for another aggregate's stream. */
export const creditCodeOfOrganisationStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
