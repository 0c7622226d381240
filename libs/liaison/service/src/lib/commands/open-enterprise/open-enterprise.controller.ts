import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { openEnterpriseBody, type OpenEnterpriseBody } from '@qinqing/liaison/contracts';
import { enterpriseDecider, enterpriseStreamId } from '@qinqing/liaison/domain';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';

/** One use case, one slice: the body is checked (400 names the field), the decider rules, the stream records. */
@ApiTags('liaison')
@Controller('liaison/enterprises')
export class OpenEnterpriseController {
  constructor(@Inject(COMMAND_HANDLER) private readonly commands: CommandHandler) {}

  @Post()
  @HttpCode(201)
  // Deny by default: name here who may open one (the roles of identity's STAFF_ROLES the rule allows).
  @Allow('administrator')
  @ApiOperation({ summary: 'Open a enterprise; a second open of the same id is a 409' })
  @ApiZodBody(openEnterpriseBody)
  async open(
    @ZodBody(openEnterpriseBody) body: OpenEnterpriseBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly enterpriseId: string }> {
    await this.commands.handle(
      enterpriseDecider,
      enterpriseStreamId(body.enterpriseId),
      {
        type: 'OpenEnterprise',
        enterpriseId: body.enterpriseId,
        title: body.title,
        openedBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'open-enterprise'),
    );
    return { enterpriseId: body.enterpriseId };
  }
}
