import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  escalateBody,
  informBody,
  pauseBody,
  planOutcomeBody,
  replyBody,
  resolveBody,
} from '@qinqing/appeals/contracts';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { asUnitStaff } from '../../application/request-actor.guards';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { RequestIdParam } from '../../application/request-id.param';

/**
 * Handling by the owner (J 三(六)): reply, pause while waiting for the enterprise, and the three outcomes —
 * resolve at this level (限时办结), report to a higher level (限时报出), or inform that it cannot be handled
 * and why (限时告知).
 */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class HandleRequestController {
  constructor(private readonly runner: RequestCommandRunner) {}

  @Post('reply')
  @HttpCode(200)
  @Allow('service-staff', 'department-handler')
  @ApiOperation({ summary: 'Reply to the enterprise (settles the reply clock)' })
  @ApiZodBody(replyBody)
  reply(
    @RequestIdParam() requestId: string,
    @ZodBody(replyBody) body: z.infer<typeof replyBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'reply', (by) => ({
      type: 'ReplyToEnterprise',
      message: body.message,
      by: asUnitStaff(by),
    }));
  }

  @Post('pause')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({
    summary:
      'Pause the clocks for a listed cause (e.g. waiting for documents); longer than the policy allows needs a supervisor',
  })
  @ApiZodBody(pauseBody)
  pause(
    @RequestIdParam() requestId: string,
    @ZodBody(pauseBody) body: z.infer<typeof pauseBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'pause', (by) => ({
      type: 'PauseClock',
      cause: body.cause,
      reason: body.reason,
      by: asUnitStaff(by),
    }));
  }

  @Post('resume')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: 'Resume the clocks; due dates move by the working days paused' })
  resume(
    @RequestIdParam() requestId: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'resume', (by) => ({
      type: 'ResumeClock',
      by: asUnitStaff(by),
    }));
  }

  @Post('plan-outcome')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({
    summary:
      '拟上报上级 / 拟告知: record that the request needs a higher level or cannot be handled; that clock then goes overdue by time (督办)',
  })
  @ApiZodBody(planOutcomeBody)
  planOutcome(
    @RequestIdParam() requestId: string,
    @ZodBody(planOutcomeBody) body: z.infer<typeof planOutcomeBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'plan-outcome', (by) => ({
      type: 'PlanOutcome',
      outcome: body.outcome,
      note: body.note,
      by: asUnitStaff(by),
    }));
  }

  @Post('resolve')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: '限时办结: resolved at this level, with the answer to the enterprise' })
  @ApiZodBody(resolveBody)
  resolve(
    @RequestIdParam() requestId: string,
    @ZodBody(resolveBody) body: z.infer<typeof resolveBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'resolve', (by) => ({
      type: 'ResolveRequest',
      answer: body.answer,
      by: asUnitStaff(by),
    }));
  }

  @Post('escalate')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: '限时报出: reported to a higher level, with its reference' })
  @ApiZodBody(escalateBody)
  escalate(
    @RequestIdParam() requestId: string,
    @ZodBody(escalateBody) body: z.infer<typeof escalateBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'escalate', (by) => ({
      type: 'EscalateRequest',
      upperLevelUnit: body.upperLevelUnit,
      upperLevelReference: body.upperLevelReference,
      note: body.note,
      by: asUnitStaff(by),
    }));
  }

  @Post('inform')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: '限时告知: cannot be handled; the enterprise is told why and on what basis' })
  @ApiZodBody(informBody)
  inform(
    @RequestIdParam() requestId: string,
    @ZodBody(informBody) body: z.infer<typeof informBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'inform', (by) => ({
      type: 'InformCannotHandle',
      reason: body.reason,
      basis: body.basis,
      by: asUnitStaff(by),
    }));
  }
}
