import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  decideObjectionBody,
  type DecideObjectionBody,
  type ObjectionAnswer,
} from '@qinqing/credit/contracts';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { CreditCasesService } from '../../application/credit-cases.service';
import { CREDIT_OFFICERS } from '../../application/credit-roles';

/**
 * The credit officer decides an objection: the record stands (维持), is corrected (更正, through the record's
 * own correction, its reason the decision) or is withdrawn (撤销), each with reasons the enterprise sees.
 */
@ApiTags('credit')
@Controller('credit/objections')
export class DecideObjectionController {
  constructor(private readonly cases: CreditCasesService) {}

  @Post(':objectionId/decision')
  @HttpCode(201)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({
    summary: 'Decide an objection: upheld, corrected (with changes) or withdrawn, with reasons',
  })
  @ApiZodBody(decideObjectionBody)
  async decide(
    @Param('objectionId') objectionId: string,
    @ZodBody(decideObjectionBody) body: DecideObjectionBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<ObjectionAnswer> {
    const state = await this.cases.decideObjection(
      objectionId,
      {
        outcome: body.outcome,
        reasons: body.reasons,
        changes: body.changes ?? {},
        decidedBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'decide-objection'),
    );
    return {
      objectionId,
      documentNumber: state.documentNumber,
      creditCode: state.creditCode,
      filedOn: state.filedOn,
      dueOn: state.dueOn,
      status: 'decided',
      outcome: state.outcome,
    };
  }
}
