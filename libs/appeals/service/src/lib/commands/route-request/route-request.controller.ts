import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { handOffBody, reasonBody } from '@qinqing/appeals/contracts';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { asUnitStaff } from '../../application/request-actor.guards';
import { RequestIdParam } from '../../application/request-id.param';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { UnitDirectory, unknownDepartment } from '../../application/unit-directory.service';

/** 首问负责制: the owner hands off to a named department, which accepts or sends it back once with a reason. */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class RouteRequestController {
  constructor(
    private readonly runner: RequestCommandRunner,
    private readonly units: UnitDirectory,
  ) {}

  @Post('hand-off')
  @HttpCode(200)
  @Allow('service-staff', 'department-handler')
  @ApiOperation({ summary: 'Hand the request off to a competent department (owner unit only)' })
  @ApiZodBody(handOffBody)
  async handOff(
    @RequestIdParam() requestId: string,
    @ZodBody(handOffBody) body: z.infer<typeof handOffBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    if (!(await this.units.isDepartment(body.toDepartmentId))) {
      throw unknownDepartment('toDepartmentId', body.toDepartmentId);
    }
    return this.runner.run(requestId, actor, request, 'hand-off', (by) => ({
      type: 'HandOffRequest',
      toDepartmentId: body.toDepartmentId,
      note: body.note,
      by: asUnitStaff(by),
    }));
  }

  @Post('accept')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: 'Accept a request handed to your department; it owns it from now on' })
  accept(
    @RequestIdParam() requestId: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'accept', (by) => ({
      type: 'AcceptRequest',
      by: asUnitStaff(by),
    }));
  }

  @Post('send-back')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: 'Send a misrouted request back, once, with a reason, within the limit' })
  @ApiZodBody(reasonBody)
  sendBack(
    @RequestIdParam() requestId: string,
    @ZodBody(reasonBody) body: z.infer<typeof reasonBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'send-back', (by) => ({
      type: 'SendBackRequest',
      reason: body.reason,
      by: asUnitStaff(by),
    }));
  }
}
