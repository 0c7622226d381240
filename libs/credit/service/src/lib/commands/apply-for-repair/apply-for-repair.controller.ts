import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  applyForRepairBody,
  type ApplyForRepairBody,
  CREDIT_COMMITMENT_TEXT,
  type RepairAnswer,
} from '@qinqing/credit/contracts';
import { documentNumberKey, type RepairApplied } from '@qinqing/credit/domain';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { caseActorOf } from '../../application/case-actor';
import { CreditCasesService } from '../../application/credit-cases.service';
import { CASE_FILERS } from '../../application/credit-roles';

/**
 * 信用修复申请: the enterprise (at the kiosk, its own records only) or a credit officer for it applies; the
 * decider checks the conditions of 《信用修复管理办法》 and the signed commitment, and sets the due date.
 */
@ApiTags('credit')
@Controller('credit/repairs')
export class ApplyForRepairController {
  constructor(private readonly cases: CreditCasesService) {}

  @Post()
  @HttpCode(201)
  @Allow(...CASE_FILERS)
  @ApiOperation({
    summary: 'Apply for the repair of a record, with correction evidence and the signed credit commitment',
  })
  @ApiZodBody(applyForRepairBody)
  async apply(
    @ZodBody(applyForRepairBody) body: ApplyForRepairBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RepairAnswer> {
    const { by, creditCode } = caseActorOf(actor, body.creditCode);
    const documentKey = documentNumberKey(body.documentNumber);
    const result = await this.cases.onRepair(
      documentKey,
      {
        type: 'ApplyForRepair',
        documentNumber: body.documentNumber,
        documentKey,
        record: await this.cases.recordStanding(body.documentNumber),
        creditCode,
        correctionEvidence: body.correctionEvidence,
        commitment: body.commitment,
        currentCommitmentVersion: CREDIT_COMMITMENT_TEXT.version,
        by,
      },
      commandMetadataFor(request, actor, 'apply-for-repair'),
    );
    const applied = result.events.find((event) => event.type === 'RepairApplied')
      ?.data as RepairApplied['data'];
    return {
      applicationId: applied.applicationId,
      documentNumber: applied.documentNumber,
      creditCode: applied.creditCode,
      appliedOn: applied.appliedOn,
      dueOn: applied.dueOn,
      status: 'pending',
    };
  }
}
