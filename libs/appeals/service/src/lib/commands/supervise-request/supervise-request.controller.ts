import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  closeOrderBody,
  pauseExtensionBody,
  reasonBody,
  rehandlingBody,
  supervisionNoteBody,
} from '@qinqing/appeals/contracts';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { asSupervisor } from '../../application/request-actor.guards';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { RequestIdParam } from '../../application/request-id.param';

/** 效能督查: extensions for complex cases, and acting on supervision orders (督办). */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class SuperviseRequestController {
  constructor(private readonly runner: RequestCommandRunner) {}

  @Post('extension')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({
    summary: 'Approve the one extension of a complex case (resolve limit up to 30 working days)',
  })
  @ApiZodBody(reasonBody)
  extend(
    @RequestIdParam() requestId: string,
    @ZodBody(reasonBody) body: z.infer<typeof reasonBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'extension', (by) => ({
      type: 'ApproveExtension',
      reason: body.reason,
      by: asSupervisor(by),
    }));
  }

  @Post('pause/extension')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({
    summary:
      'Let the current pause stop the clocks for longer than the policy allows without approval (within the per-request cap)',
  })
  @ApiZodBody(pauseExtensionBody)
  extendPause(
    @RequestIdParam() requestId: string,
    @ZodBody(pauseExtensionBody) body: z.infer<typeof pauseExtensionBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, `pause-extension:${body.upToWorkingDays}`, (by) => ({
      type: 'ApprovePauseExtension',
      upToWorkingDays: body.upToWorkingDays,
      reason: body.reason,
      by: asSupervisor(by),
    }));
  }

  @Post('supervision/exclusion')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({
    summary: '核减: approve that a justified 告知 or an 报出 leaves the resolution-rate denominator',
  })
  @ApiZodBody(reasonBody)
  exclude(
    @RequestIdParam() requestId: string,
    @ZodBody(reasonBody) body: z.infer<typeof reasonBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, 'rate-exclusion', (by) => ({
      type: 'ApproveRateExclusion',
      reason: body.reason,
      by: asSupervisor(by),
    }));
  }

  @Post('supervision/rehandling')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({ summary: 'Order the department to handle the request again' })
  @ApiZodBody(rehandlingBody)
  rehandle(
    @RequestIdParam() requestId: string,
    @ZodBody(rehandlingBody) body: z.infer<typeof rehandlingBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, `rehandling:${body.orderId}`, (by) => ({
      type: 'OrderRehandling',
      orderId: body.orderId,
      instruction: body.instruction,
      by: asSupervisor(by),
    }));
  }

  @Post('supervision/notes')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({ summary: 'Add a note to a supervision order' })
  @ApiZodBody(supervisionNoteBody)
  note(
    @RequestIdParam() requestId: string,
    @ZodBody(supervisionNoteBody) body: z.infer<typeof supervisionNoteBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, `supervision-note:${body.orderId}`, (by) => ({
      type: 'AddSupervisionNote',
      orderId: body.orderId,
      note: body.note,
      by: asSupervisor(by),
    }));
  }

  @Post('supervision/close')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({
    summary: '督办销号: close a supervision order with its outcome (整改完成 / 问责建议) and conclusion',
  })
  @ApiZodBody(closeOrderBody)
  close(
    @RequestIdParam() requestId: string,
    @ZodBody(closeOrderBody) body: z.infer<typeof closeOrderBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, `supervision-close:${body.orderId}`, (by) => ({
      type: 'CloseSupervisionOrder',
      orderId: body.orderId,
      outcome: body.outcome,
      conclusion: body.conclusion,
      by: asSupervisor(by),
    }));
  }
}
