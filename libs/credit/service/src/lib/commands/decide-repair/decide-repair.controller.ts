import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { decideRepairBody, type DecideRepairBody, type RepairAnswer } from '@qinqing/credit/contracts';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { CreditCasesService } from '../../application/credit-cases.service';
import { CREDIT_OFFICERS } from '../../application/credit-roles';

/**
 * The credit officer decides a repair application. Granted, the record's publication ends early (终止公示) by
 * its own event, which the restrictions and the board react to; refused, the reasons say what is missing and
 * the enterprise may apply again.
 */
@ApiTags('credit')
@Controller('credit/repairs')
export class DecideRepairController {
  constructor(private readonly cases: CreditCasesService) {}

  @Post(':applicationId/decision')
  @HttpCode(201)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({
    summary: 'Decide a repair application: granted (publication ends) or refused, with reasons',
  })
  @ApiZodBody(decideRepairBody)
  async decide(
    @Param('applicationId') applicationId: string,
    @ZodBody(decideRepairBody) body: DecideRepairBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RepairAnswer> {
    const { state, application } = await this.cases.decideRepair(
      applicationId,
      { outcome: body.outcome, reasons: body.reasons, decidedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'decide-repair'),
    );
    return {
      applicationId,
      documentNumber: state.documentNumber ?? '',
      creditCode: state.creditCode ?? '',
      appliedOn: application.appliedOn,
      dueOn: application.dueOn,
      status: body.outcome,
    };
  }
}
