import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { decideRepairBody, type DecideRepairBody, type RepairAnswer } from '@qinqing/credit/contracts';
import { type DecideRepair, parseRepairApplicationId } from '@qinqing/credit/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
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
    const named = parseRepairApplicationId(applicationId);
    if (named === null) {
      throw new DomainRejectionError({
        kind: 'not-found',
        code: 'application-not-found',
        message: {
          zh: `没有编号为 ${applicationId} 的信用修复申请`,
          en: `No repair application has id ${applicationId}`,
        },
      });
    }
    const command: DecideRepair = {
      type: 'DecideRepair',
      applicationId,
      outcome: body.outcome,
      reasons: body.reasons,
      decidedBy: actorId(actor),
    };
    const state = await this.cases.checkRepair(named.documentKey, command);
    const applied = state.applications.find((candidate) => candidate.applicationId === applicationId);
    const { documentNumber, creditCode } = state;
    if (applied === undefined || documentNumber === null || creditCode === null) {
      throw new Error('A checked repair application exists');
    }
    const metadata = commandMetadataFor(request, actor, 'decide-repair');
    if (body.outcome === 'granted') {
      await this.cases.onRecord(
        documentNumber,
        { type: 'RepairRecord', documentNumber, applicationId, repairedBy: actorId(actor) },
        metadata,
      );
    }
    await this.cases.onRepair(named.documentKey, command, metadata);
    return {
      applicationId,
      documentNumber,
      creditCode,
      appliedOn: applied.appliedOn,
      dueOn: applied.dueOn,
      status: body.outcome,
    };
  }
}
