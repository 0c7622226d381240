import type { Request } from 'express';
import type { IdentityTokenVerifier } from '../identity-token/identity-token';
import { type ActorResolution, type ActorResolver, NO_ACTOR } from './actor-resolver';

/** The header a gateway sets after authenticating the caller; services strip nothing, they verify. */
export const IDENTITY_TOKEN_HEADER = 'x-qinqing-identity';

/**
 * For a service behind the gateway (distributed mode): the actor is whatever a verified identity token
 * says, and nothing else. An absent, forged, malformed or expired token gives no actor.
 */
export class SignedTokenActorResolver implements ActorResolver {
  constructor(private readonly verifier: IdentityTokenVerifier) {}

  async resolve(request: Request): Promise<ActorResolution> {
    const header = request.headers[IDENTITY_TOKEN_HEADER];
    if (header === undefined) return NO_ACTOR;
    // Two copies of the header mean someone added one on the way: trust neither.
    if (Array.isArray(header)) return { actor: null, ended: false, session: null };
    const verified = this.verifier.verify(header);
    if (verified.ok) {
      return {
        actor: verified.actor,
        ended: false,
        session: null,
        ...(verified.clientAddress === null ? {} : { clientAddress: verified.clientAddress }),
      };
    }
    return { actor: null, ended: verified.reason === 'expired', session: null };
  }
}
