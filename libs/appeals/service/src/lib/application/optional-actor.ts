import { clientAddressOf, identityOf } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import type { RequestingClient } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';

/** On a public route: the caller's actor when it sent credentials, else null. */
export const optionalActor = (request: Request): Actor | null => identityOf(request)?.actor ?? null;

/**
 * Whom a rate limit counts: the kiosk device when the request comes from a kiosk (a walk-in session is
 * free to open, so it is no unit of budget), and the network address in every case.
 */
export const requestingClient = (request: Request): RequestingClient => {
  const actor = optionalActor(request);
  const deviceId =
    actor?.kind === 'kiosk-enterprise' || actor?.kind === 'kiosk-device' ? actor.deviceId : null;
  return { deviceId, address: clientAddressOf(request) };
};
