import type { Request } from 'express';
import type { ActorResolution } from '../resolution/actor-resolver';

const IDENTITY = Symbol('qinqing.identity');

type RequestWithIdentity = Request & { [IDENTITY]?: ActorResolution };

/** Set once per request by the access guard. */
export const attachIdentity = (request: Request, resolution: ActorResolution): void => {
  (request as RequestWithIdentity)[IDENTITY] = resolution;
};

/** The guard's resolution of this request, or null on a route the guard let through without resolving. */
export const identityOf = (request: Request): ActorResolution | null =>
  (request as RequestWithIdentity)[IDENTITY] ?? null;
