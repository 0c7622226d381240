import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ObjectionAnswer } from '@qinqing/credit/contracts';
import {
  type Actor,
  actorId,
  Allow,
  commandMetadataFor,
  CurrentActor,
  requireIdentifiedEnterprise,
} from '@qinqing/identity/access';
import type { Request } from 'express';
import { CreditCasesService } from '../../application/credit-cases.service';

/** The enterprise takes back (撤回) its own objection while it is open; another's is a 404. */
@ApiTags('credit')
@Controller('credit/objections')
export class RetractObjectionController {
  constructor(private readonly cases: CreditCasesService) {}

  @Post(':objectionId/retraction')
  @HttpCode(201)
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'The identified enterprise takes back its own open objection' })
  async retract(
    @Param('objectionId') objectionId: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<ObjectionAnswer> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const result = await this.cases.onObjection(
      objectionId,
      {
        type: 'RetractObjection',
        objectionId,
        creditCode,
        by: { role: 'kiosk-enterprise', id: actorId(actor) },
      },
      commandMetadataFor(request, actor, 'retract-objection'),
    );
    const state = result.state;
    if (state.status === 'absent') throw new Error('A retracted objection exists');
    return {
      objectionId,
      documentNumber: state.documentNumber,
      creditCode: state.creditCode,
      filedOn: state.filedOn,
      dueOn: state.dueOn,
      status: 'retracted',
    };
  }
}
