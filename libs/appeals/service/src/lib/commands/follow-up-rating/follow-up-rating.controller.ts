import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { appealDecisionBody, callbackBody, reasonBody, rectificationBody } from '@qinqing/appeals/contracts';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { asSupervisor, asUnitStaff } from '../../application/request-actor.guards';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { RequestIdParam } from '../../application/request-id.param';

/**
 * 好差评 after the rating (issue 11 item 13): the supervision office's 回访, the department's 整改 report, and
 * the department's 申诉 against a rating with the supervisor's decision.
 */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class FollowUpRatingController {
  constructor(private readonly runner: RequestCommandRunner) {}

  @Post('callback')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({
    summary:
      '回访 by the supervision office: after a poor rating, or for an answer left unrated; records the enterprise’s own answer',
  })
  @ApiZodBody(callbackBody)
  callback(
    @RequestIdParam() requestId: string,
    @ZodBody(callbackBody) body: z.infer<typeof callbackBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'callback', (by) => ({
      type: 'RecordCallback',
      answer: body.answer,
      note: body.note,
      by: asSupervisor(by),
    }));
  }

  @Post('rectification')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: '整改: the handling department reports its rectification after a poor rating' })
  @ApiZodBody(rectificationBody)
  rectification(
    @RequestIdParam() requestId: string,
    @ZodBody(rectificationBody) body: z.infer<typeof rectificationBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'rectification', (by) => ({
      type: 'ReportRectification',
      note: body.note,
      by: asUnitStaff(by),
    }));
  }

  @Post('rating-appeal')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: '申诉: the handling department appeals a poor rating it believes mistaken' })
  @ApiZodBody(reasonBody)
  appeal(
    @RequestIdParam() requestId: string,
    @ZodBody(reasonBody) body: z.infer<typeof reasonBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'rating-appeal', (by) => ({
      type: 'AppealRating',
      reason: body.reason,
      by: asUnitStaff(by),
    }));
  }

  @Post('rating-appeal/decision')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({
    summary: 'The supervisor upholds (the rating is set aside) or rejects a 申诉, with reasons',
  })
  @ApiZodBody(appealDecisionBody)
  decide(
    @RequestIdParam() requestId: string,
    @ZodBody(appealDecisionBody) body: z.infer<typeof appealDecisionBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'rating-appeal-decision', (by) => ({
      type: 'DecideRatingAppeal',
      upheld: body.upheld,
      reason: body.reason,
      by: asSupervisor(by),
    }));
  }
}
