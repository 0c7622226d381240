import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { STAFF_ROLES } from '@qinqing/identity/domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request, Response } from 'express';
import { Allow } from '../../access/access.decorators';
import { authenticationRequired } from '../../access/access-denied';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { identityOf } from '../../access/request-identity';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { clearSessionCookie, SESSION_COOKIES } from '../../sessions/session-cookies';
import { ChangeOwnPasswordHandler } from './change-own-password.handler';
import { type ChangeOwnPasswordBody, changeOwnPasswordSchema } from './change-own-password.schema';

@ApiTags('identity')
@Controller('auth')
export class ChangeOwnPasswordController {
  constructor(
    private readonly handler: ChangeOwnPasswordHandler,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Changes the caller's password. Every session of the account ends, this one too: sign in again. */
  @Post('password')
  @Allow(...STAFF_ROLES)
  @HttpCode(204)
  @ApiZodBody(changeOwnPasswordSchema)
  async change(
    @ZodBody(changeOwnPasswordSchema) body: ChangeOwnPasswordBody,
    @RequestCommandMetadata() metadata: CommandMetadata,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const username = identityOf(request)?.session?.subjectName ?? null;
    // Staff identity forwarded by a gateway carries no session: password changes happen at the gateway.
    if (username === null) throw authenticationRequired();
    await this.handler.change(username, body, metadata);
    clearSessionCookie(response, SESSION_COOKIES.staff, this.options.cookieSecure);
  }
}
