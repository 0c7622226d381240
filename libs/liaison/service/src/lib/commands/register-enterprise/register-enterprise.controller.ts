import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { registerEnterpriseBody, type RegisterEnterpriseBody } from '@qinqing/liaison/contracts';
import { enterpriseDecider, type EnterpriseSize, enterpriseStreamId } from '@qinqing/liaison/domain';
import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { requireKnownArea } from '../../application/area-check';
import { directoryActor } from '../../application/directory-actor';
import { DivisionDirectory } from '@qinqing/shared/divisions';

/**
 * 企业名录: register an enterprise under its credit code. Administrators keep the directory; service staff
 * register the walk-ins they meet at the centre whose enterprise is not in it yet (only an administrator
 * names another area than the credit code's — the domain rule).
 */
@ApiTags('enterprises')
@Controller('enterprises')
export class RegisterEnterpriseController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    private readonly divisions: DivisionDirectory,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('administrator', 'service-staff')
  @ApiOperation({ summary: 'Register an enterprise in the directory; the same credit code again is a 409' })
  @ApiZodBody(registerEnterpriseBody)
  async register(
    @ZodBody(registerEnterpriseBody) body: RegisterEnterpriseBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly creditCode: string; readonly size: EnterpriseSize }> {
    const creditCode = normaliseCreditCode(body.creditCode);
    const { creditCode: _code, areaCode, ...details } = body;
    if (areaCode !== undefined && areaCode.trim() !== creditCode.slice(2, 8))
      requireKnownArea(this.divisions, areaCode);
    const result = await this.commands.handle(
      enterpriseDecider,
      enterpriseStreamId(creditCode),
      {
        type: 'RegisterEnterprise',
        creditCode,
        details: { ...details, ...(areaCode === undefined ? {} : { areaCode }) },
        by: directoryActor(actor),
      },
      commandMetadataFor(request, actor, 'register-enterprise'),
    );
    return { creditCode, size: result.state.status === 'registered' ? result.state.size : null };
  }
}
