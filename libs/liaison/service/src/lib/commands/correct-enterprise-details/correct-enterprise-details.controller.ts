import { Controller, HttpCode, Inject, Param, Patch, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { correctEnterpriseBody, type CorrectEnterpriseDetailsBody } from '@qinqing/liaison/contracts';
import {
  type EnterpriseDetails,
  enterpriseDecider,
  type EnterpriseSize,
  enterpriseStreamId,
} from '@qinqing/liaison/domain';
import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { requireKnownArea } from '../../application/area-check';
import { directoryActor } from '../../application/directory-actor';
import { DivisionDirectory } from '@qinqing/shared/divisions';

/** Correct an enterprise's details: only what changes is recorded (the same body twice records nothing). */
@ApiTags('enterprises')
@Controller('enterprises')
export class CorrectEnterpriseDetailsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    private readonly divisions: DivisionDirectory,
  ) {}

  @Patch(':creditCode')
  @HttpCode(200)
  @Allow('administrator', 'service-staff')
  @ApiOperation({ summary: 'Correct details of an enterprise; the registered area by an administrator only' })
  @ApiZodBody(correctEnterpriseBody)
  async correct(
    @Param('creditCode') rawCode: string,
    @ZodBody(correctEnterpriseBody) body: CorrectEnterpriseDetailsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{
    readonly creditCode: string;
    readonly changed: readonly string[];
    readonly size: EnterpriseSize;
  }> {
    const creditCode = normaliseCreditCode(rawCode).slice(0, 30);
    requireKnownArea(this.divisions, body.areaCode);
    const result = await this.commands.handle(
      enterpriseDecider,
      enterpriseStreamId(creditCode),
      {
        type: 'CorrectEnterpriseDetails',
        creditCode,
        changes: body as Partial<EnterpriseDetails>,
        by: directoryActor(actor),
      },
      commandMetadataFor(request, actor, 'correct-enterprise-details'),
    );
    const changed = result.events.flatMap((event) =>
      event.type === 'EnterpriseDetailsCorrected'
        ? Object.keys((event.data as { changes: object }).changes)
        : [],
    );
    return { creditCode, changed, size: result.state.status === 'registered' ? result.state.size : null };
  }
}
