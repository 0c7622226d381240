import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Clock, IdGenerator } from '@qinqing/shared/event-sourcing';
import { type Actor, actorRole, type KioskEnterpriseActor } from '@qinqing/identity/domain';
import { CLOCK, ID_GENERATOR } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { Allow } from '../../access/access.decorators';
import { roleNotAllowed } from '../../access/access-denied';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { walkInSessionLifetime } from '../../sessions/session-lifetimes';
import { SESSION_COOKIES, sessionCookie, setSessionCookie } from '../../sessions/session-cookies';
import { SessionStore } from '../../sessions/session.store';
import { actorView, sessionView } from '../../views/actor.view';

@ApiTags('kiosk')
@Controller('kiosk')
export class StartWalkInSessionController {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * A walk-in touches "start": an anonymous enterprise session on this kiosk, ending after a few idle
   * minutes. Starting while a previous visitor's session is still open ends that one first.
   */
  @Post('sessions')
  @Allow('kiosk-device', 'kiosk-enterprise')
  @HttpCode(201)
  async start(
    @CurrentActor() kiosk: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    // The guard admits kiosk roles only; a signed identity token could still carry another kind.
    if (kiosk.kind !== 'kiosk-device' && kiosk.kind !== 'kiosk-enterprise')
      throw roleNotAllowed(actorRole(kiosk));
    const now = this.clock.now();
    const previous = sessionCookie(request, SESSION_COOKIES.kioskWalkIn);
    if (previous !== null) await this.sessions.revoke(previous, now, 'next-walk-in');
    const actor: KioskEnterpriseActor = {
      kind: 'kiosk-enterprise',
      sessionId: this.ids.next(),
      deviceId: kiosk.deviceId,
      centreId: kiosk.centreId,
      enterprise: null,
    };
    const { token, session } = await this.sessions.create({
      kind: 'kiosk-walk-in',
      subjectId: actor.sessionId,
      deviceId: actor.deviceId,
      actor,
      now,
      lifetime: walkInSessionLifetime(this.options),
    });
    setSessionCookie(response, SESSION_COOKIES.kioskWalkIn, token, { secure: this.options.cookieSecure });
    response.setHeader('Cache-Control', 'no-store');
    return { actor: actorView(actor), session: sessionView(session) };
  }
}
