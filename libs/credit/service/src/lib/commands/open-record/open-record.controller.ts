import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { openRecordBody, type OpenRecordBody } from '@qinqing/credit/contracts';
import { recordDecider, recordStreamId } from '@qinqing/credit/domain';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';

/** One use case, one slice: the body is checked (400 names the field), the decider rules, the stream records. */
@ApiTags('credit')
@Controller('credit/records')
export class OpenRecordController {
  constructor(@Inject(COMMAND_HANDLER) private readonly commands: CommandHandler) {}

  @Post()
  @HttpCode(201)
  // Deny by default: name here who may open one (the roles of identity's STAFF_ROLES the rule allows).
  @Allow('administrator')
  @ApiOperation({ summary: 'Open a record; a second open of the same id is a 409' })
  @ApiZodBody(openRecordBody)
  async open(
    @ZodBody(openRecordBody) body: OpenRecordBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly recordId: string }> {
    await this.commands.handle(
      recordDecider,
      recordStreamId(body.recordId),
      { type: 'OpenRecord', recordId: body.recordId, title: body.title, openedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'open-record'),
    );
    return { recordId: body.recordId };
  }
}
