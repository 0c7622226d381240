/**
 * Stream ids of a policy's notices come from here, never built inline. Not under `service-centre-policy-`: that
 * prefix is the policy's own stream, and `policyIdOfStream` would read a notices stream as a policy.
 */
const PREFIX = 'service-centre-push-notices-';

export const policyNoticesStreamId = (policyId: string): string => `${PREFIX}${policyId}`;

/** The policy id of a notices stream, or null for another stream. */
export const policyIdOfNoticesStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
