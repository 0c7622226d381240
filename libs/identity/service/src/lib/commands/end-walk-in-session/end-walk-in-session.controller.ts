import { Controller, Delete, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { CLOCK } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { Allow } from '../../access/access.decorators';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { clearSessionCookie, SESSION_COOKIES, sessionCookie } from '../../sessions/session-cookies';
import { SessionStore } from '../../sessions/session.store';

@ApiTags('kiosk')
@Controller('kiosk')
export class EndWalkInSessionController {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * The visitor is done ("finish" or the idle timer on screen): the walk-in session ends and its
   * enterprise details are forgotten; the kiosk is a bare device again. Idempotent.
   */
  @Delete('sessions/current')
  @Allow('kiosk-enterprise', 'kiosk-device')
  @HttpCode(204)
  async end(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionCookie(request, SESSION_COOKIES.kioskWalkIn);
    if (token !== null) await this.sessions.revoke(token, this.clock.now(), 'walk-in-ended');
    clearSessionCookie(response, SESSION_COOKIES.kioskWalkIn, this.options.cookieSecure);
  }
}
