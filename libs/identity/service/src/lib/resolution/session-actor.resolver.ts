import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { CLOCK } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { SESSION_COOKIES, sessionCookie } from '../sessions/session-cookies';
import { SessionStore } from '../sessions/session.store';
import type { ActorResolution, ActorResolver } from './actor-resolver';

/**
 * The embedded app's resolver: credentials are server-side sessions named by cookies.
 *
 * A browser holding a kiosk device cookie is a kiosk, and is resolved as one first: the walk-in's
 * enterprise actor when a walk-in session of that same device is open, else the device itself. A staff
 * session cookie left behind in a kiosk's browser therefore never turns a walk-in into staff. Anything
 * else is resolved by its staff session cookie.
 */
@Injectable()
export class SessionActorResolver implements ActorResolver {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async resolve(request: Request): Promise<ActorResolution> {
    const now = this.clock.now();
    let ended = false;

    const deviceToken = sessionCookie(request, SESSION_COOKIES.kioskDevice);
    if (deviceToken !== null) {
      const device = await this.sessions.use(deviceToken, 'kiosk-device', now);
      if (device.status === 'active') {
        const walkInToken = sessionCookie(request, SESSION_COOKIES.kioskWalkIn);
        if (walkInToken === null)
          return { actor: device.session.actor, ended: false, session: device.session };
        const walkIn = await this.sessions.use(walkInToken, 'kiosk-walk-in', now);
        if (walkIn.status === 'active' && walkIn.session.deviceId === device.session.subjectId) {
          return { actor: walkIn.session.actor, ended: false, session: walkIn.session };
        }
        // The walk-in is over (or belongs to another kiosk): the kiosk is back to its start screen.
        return { actor: device.session.actor, ended: walkIn.status !== 'active', session: device.session };
      }
      ended = device.status === 'ended';
    }

    const staffToken = sessionCookie(request, SESSION_COOKIES.staff);
    if (staffToken !== null) {
      const staff = await this.sessions.use(staffToken, 'staff', now);
      if (staff.status === 'active')
        return { actor: staff.session.actor, ended: false, session: staff.session };
      ended ||= staff.status === 'ended';
    }
    return { actor: null, ended, session: null };
  }
}
