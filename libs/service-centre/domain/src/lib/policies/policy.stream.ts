/** Stream ids of policies come from here, never built inline. */
const PREFIX = 'service-centre-policy-';

export const policyStreamId = (policyId: string): string => `${PREFIX}${policyId}`;

/** The policy id of a policy stream, or null for another stream. */
export const policyIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
