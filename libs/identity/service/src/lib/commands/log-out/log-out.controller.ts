import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { CLOCK } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { Public } from '../../access/access.decorators';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { clearSessionCookie, SESSION_COOKIES, sessionCookie } from '../../sessions/session-cookies';
import { SessionStore } from '../../sessions/session.store';

@ApiTags('identity')
@Controller('auth')
export class LogOutController {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * Ends the staff session server-side and clears its cookie. Public and idempotent: a browser whose
   * session already expired can still clear its cookie.
   */
  @Post('logout')
  @Public()
  @HttpCode(204)
  async logOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionCookie(request, SESSION_COOKIES.staff);
    if (token !== null) await this.sessions.revoke(token, this.clock.now(), 'logout');
    clearSessionCookie(response, SESSION_COOKIES.staff, this.options.cookieSecure);
  }
}
