import { Controller, ForbiddenException, HttpCode, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { rateBody, reopenBody } from '@qinqing/appeals/contracts';
import { Public } from '@qinqing/identity/access';
import type { FeedbackProof } from '@qinqing/appeals/domain';
import { type Actor, systemActor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { optionalActor, requestingClient } from '../../application/optional-actor';
import { asEnterprise } from '../../application/request-actor.guards';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { RequestIdParam } from '../../application/request-id.param';
import { ReceiptVerifier } from '../../application/receipt-verifier.service';

const proofRequired = () =>
  new UnauthorizedException({
    error: 'receipt-proof-required',
    message: {
      zh: '请输入回执码和手机号后四位，或在自助终端上登记企业身份',
      en: 'Give the receipt code and the last four phone digits, or identify your enterprise at the kiosk',
    },
  });

/** Staff see receipt codes and phone numbers while working a request; that must not let them rate it. */
const staffMayNotGiveFeedback = () =>
  new ForbiddenException({
    error: 'staff-cannot-give-feedback',
    message: {
      zh: '评价和重新办理只能由提出诉求的企业本人提交（好差评由企业评价），工作人员登录状态下不能提交',
      en: 'Only the filing enterprise rates or reopens a request (好差评); it cannot be done from a staff session',
    },
  });

/**
 * The enterprise rates the answer or asks to reopen it (好差评). Only the filing enterprise may (DOMAIN.md
 * §2): proven by an identified kiosk session of that enterprise, or by the receipt code with the phone's
 * last four digits — never from a staff session, even with a valid receipt proof, since staff handling the
 * request can read both. The event records which proof was given.
 */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class GiveFeedbackController {
  constructor(
    private readonly runner: RequestCommandRunner,
    private readonly receipts: ReceiptVerifier,
  ) {}

  @Post('rate')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Rate the handling on five levels (非常满意 … 非常不满意), once, within the window',
  })
  @ApiZodBody(rateBody)
  async rate(
    @RequestIdParam() requestId: string,
    @ZodBody(rateBody) body: z.infer<typeof rateBody>,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    const { actor, proven, proof } = await this.standing(requestId, body, request);
    return this.runner.run(
      requestId,
      actor,
      request,
      'rate',
      (by) => ({
        type: 'RateRequest',
        rating: body.rating,
        comment: body.comment,
        proof,
        by: asEnterprise(by),
      }),
      proven,
    );
  }

  @Post('reopen')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Ask for the request to be handled again (within the window, a limited number of times)',
  })
  @ApiZodBody(reopenBody)
  async reopen(
    @RequestIdParam() requestId: string,
    @ZodBody(reopenBody) body: z.infer<typeof reopenBody>,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    const { actor, proven, proof } = await this.standing(requestId, body, request);
    return this.runner.run(
      requestId,
      actor,
      request,
      'reopen',
      (by) => ({ type: 'ReopenRequest', reason: body.reason, proof, by: asEnterprise(by) }),
      proven,
    );
  }

  /** Who is giving feedback, and the receipt proof when that is how they showed it is theirs. */
  private async standing(
    requestId: string,
    body: { receiptCode?: string | undefined; phoneLast4?: string | undefined },
    request: Request,
  ): Promise<{ actor: Actor; proven?: { creditCode: string }; proof: FeedbackProof }> {
    const actor = optionalActor(request);
    if (actor?.kind === 'staff') throw staffMayNotGiveFeedback();
    if (body.receiptCode !== undefined && body.phoneLast4 !== undefined) {
      const receipt = await this.receipts.verify(
        { receiptCode: body.receiptCode, phoneLast4: body.phoneLast4 },
        requestingClient(request),
      );
      if (receipt.requestId !== requestId) throw proofRequired();
      const atKiosk = actor?.kind === 'kiosk-enterprise' || actor?.kind === 'kiosk-device';
      // Without a session the event metadata records the receipt holder; the enterprise is in the event data.
      return {
        actor: actor ?? systemActor('receipt-holder'),
        proven: { creditCode: receipt.creditCode },
        proof: atKiosk ? 'kiosk-receipt' : 'track-page',
      };
    }
    if (actor?.kind === 'kiosk-enterprise' && actor.enterprise !== null) {
      return { actor, proof: 'kiosk-walk-in' };
    }
    throw proofRequired();
  }
}
