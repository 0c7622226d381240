import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { clientAddressOf } from '../../access/client-address';
import { Public } from '../../access/access.decorators';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { deviceSessionLifetime } from '../../sessions/session-lifetimes';
import { SESSION_COOKIES, setSessionCookie } from '../../sessions/session-cookies';
import { actorView, sessionView } from '../../views/actor.view';
import { OpenDeviceSessionHandler } from './open-device-session.handler';
import { type OpenDeviceSessionBody, openDeviceSessionSchema } from './open-device-session.schema';

/**
 * Kiosk provisioning. The kiosk runs a web app in a browser an administrator sets up once: they open the
 * provisioning screen and enter the device credential, and from then on the browser holds an HttpOnly
 * device cookie. Chosen over an `Authorization: Device …` header because a browser app could only send
 * that header by keeping the secret where scripts can read it (localStorage); the cookie keeps it out
 * of reach of any script, and SameSite=Strict keeps other sites from using it.
 */
@ApiTags('kiosk')
@Controller('kiosk')
export class OpenDeviceSessionController {
  constructor(
    private readonly handler: OpenDeviceSessionHandler,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Post('device-session')
  @Public()
  @HttpCode(200)
  @ApiZodBody(openDeviceSessionSchema)
  async open(
    @ZodBody(openDeviceSessionSchema) body: OpenDeviceSessionBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    response.setHeader('Cache-Control', 'no-store');
    const { token, session, actor } = await this.handler.open(body.credential, clientAddressOf(request));
    setSessionCookie(response, SESSION_COOKIES.kioskDevice, token, {
      secure: this.options.cookieSecure,
      maxAgeMs: deviceSessionLifetime(this.options).absoluteMs,
    });
    return { actor: actorView(actor), session: sessionView(session) };
  }
}
