import type { Actor } from '@qinqing/identity/domain';
import type { Request } from 'express';
import type { ActiveSession } from '../sessions/session.store';

/** Who a request acts for, as far as its credentials tell. */
export interface ActorResolution {
  readonly actor: Actor | null;
  /**
   * The request carried a credential that used to be valid (expired, revoked, logged out): answer
   * "sign in again" rather than "you may not".
   */
  readonly ended: boolean;
  /** The server-side session behind the actor, when the resolver uses sessions. */
  readonly session: ActiveSession | null;
  /** The caller's address as vouched for by a gateway's signed token; absent when the socket tells it. */
  readonly clientAddress?: string;
}

export const NO_ACTOR: ActorResolution = { actor: null, ended: false, session: null };

/**
 * Turns a request's credentials into an actor. The embedded app resolves session and device cookies
 * (SessionActorResolver); a service behind the gateway resolves a signed identity token
 * (SignedTokenActorResolver). The access guard and everything downstream only see the Actor.
 */
export interface ActorResolver {
  resolve(request: Request): Promise<ActorResolution>;
}
