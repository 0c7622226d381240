import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  correctRecordBody,
  type CorrectRecordBody,
  type IntegrityRecordAnswer,
} from '@qinqing/credit/contracts';
import { documentNumberKey, integrityRecordDecider, integrityRecordStreamId } from '@qinqing/credit/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { answerOf } from '../integrity-record-answer';

/** A correction is a new event with its reason; the record's earlier events stay as they were. */
@ApiTags('credit')
@Controller('credit/records')
export class CorrectRecordController {
  constructor(@Inject(COMMAND_HANDLER) private readonly commands: CommandHandler) {}

  @Post('corrections')
  @HttpCode(201)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({ summary: 'Correct a record (by document number) with a reason; nothing is erased' })
  @ApiZodBody(correctRecordBody)
  async correct(
    @ZodBody(correctRecordBody) body: CorrectRecordBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<IntegrityRecordAnswer> {
    const result = await this.commands.handle(
      integrityRecordDecider,
      integrityRecordStreamId(documentNumberKey(body.documentNumber)),
      {
        type: 'CorrectRecord',
        documentNumber: body.documentNumber,
        changes: body.changes,
        reason: body.reason,
        correctedBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'correct-record'),
    );
    return answerOf(result.state);
  }
}
