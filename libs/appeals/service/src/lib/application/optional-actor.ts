import { identityOf } from '@qinqing/shared/identity';
import type { Actor } from '@qinqing/shared/identity-domain';
import type { Request } from 'express';

/** On a public route: the caller's actor when it sent credentials, else null. */
export const optionalActor = (request: Request): Actor | null => identityOf(request)?.actor ?? null;

/** Whom a rate limit counts: the walk-in session or device when there is one, else the network address. */
export const clientKey = (request: Request): string => {
  const actor = optionalActor(request);
  if (actor?.kind === 'kiosk-enterprise') return `session:${actor.sessionId}`;
  if (actor?.kind === 'kiosk-device') return `device:${actor.deviceId}`;
  return `ip:${request.ip ?? 'unknown'}`;
};
