import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type IntegrityRecordAnswer,
  recordIntegrityBody,
  type RecordIntegrityBody,
} from '@qinqing/credit/contracts';
import { documentNumberKey, integrityRecordDecider, integrityRecordStreamId } from '@qinqing/credit/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { answerOf } from '../integrity-record-answer';

/** One decision into an enterprise's integrity file; its document number (文书号) names it, once (409). */
@ApiTags('credit')
@Controller('credit/records')
export class RecordIntegrityController {
  constructor(@Inject(COMMAND_HANDLER) private readonly commands: CommandHandler) {}

  @Post()
  @HttpCode(201)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({ summary: 'Record a decision (penalty, bribery, …, praise, honour) in an integrity file' })
  @ApiZodBody(recordIntegrityBody)
  async record(
    @ZodBody(recordIntegrityBody) body: RecordIntegrityBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<IntegrityRecordAnswer> {
    const { documentNumber, severity, ...facts } = body;
    const result = await this.commands.handle(
      integrityRecordDecider,
      integrityRecordStreamId(documentNumberKey(documentNumber)),
      {
        type: 'RecordIntegrity',
        documentNumber,
        facts: { ...facts, severity: severity ?? null },
        source: 'staff',
        recordedBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'record-integrity'),
    );
    return answerOf(result.state);
  }
}
