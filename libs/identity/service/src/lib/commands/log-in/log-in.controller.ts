import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { Public } from '../../access/access.decorators';
import { clientAddressOf } from '../../access/client-address';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { correlationIdOf } from '../../request-context';
import { SESSION_COOKIES, sessionCookie, setSessionCookie } from '../../sessions/session-cookies';
import { SessionStore } from '../../sessions/session.store';
import { actorView, sessionView } from '../../views/actor.view';
import { LogInHandler } from './log-in.handler';
import { type LogInBody, logInSchema } from './log-in.schema';

@ApiTags('identity')
@Controller('auth')
export class LogInController {
  constructor(
    private readonly handler: LogInHandler,
    private readonly sessions: SessionStore,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * Staff login: sets the HttpOnly, SameSite=Strict session cookie. 401 for a wrong username or password
   * (the same answer for both); 429 with Retry-After while this client must wait after failed logins
   * (the same answer whatever the username, whatever the password).
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiZodBody(logInSchema)
  async logIn(
    @ZodBody(logInSchema) body: LogInBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    response.setHeader('Cache-Control', 'no-store');
    const { token, session, actor } = await this.handler.logIn(
      body,
      correlationIdOf(request),
      clientAddressOf(request),
    );
    // A previous session in this browser is ended rather than left to expire.
    const previous = sessionCookie(request, SESSION_COOKIES.staff);
    if (previous !== null) await this.sessions.revoke(previous, session.createdAt, 'replaced-by-login');
    setSessionCookie(response, SESSION_COOKIES.staff, token, { secure: this.options.cookieSecure });
    return { actor: actorView(actor), session: sessionView(session) };
  }
}
